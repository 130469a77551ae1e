package org.peacetalks.bench;

import java.io.PrintStream;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.peacetalks.annotate.Annotator;
import org.peacetalks.corpus.Article;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.process.CoreLabelTokenFactory;
import edu.stanford.nlp.process.PTBTokenizer;

/**
 * Extraction throughput, measured against the stock CoreNLP pipeline in the
 * same process: model loading apart, then tokens per second and peak heap over
 * the seed articles repeated to a token budget, articles in parallel. Tokens are
 * counted with CoreNLP's PTB tokenizer for both pipelines. Prints figures; it
 * asserts nothing (speed is not a test).
 */
public final class Throughput {
    /** One pipeline's figures. */
    public record Run(String name, double loadSeconds, long tokens, int articles, double seconds, long peakHeapBytes) {
        public double tokensPerSecond() { return tokens / seconds; }
    }

    private Throughput() {}

    public static long tokens(String text) {
        PTBTokenizer<CoreLabel> t = new PTBTokenizer<>(new StringReader(text), new CoreLabelTokenFactory(), "invertible=false");
        long n = 0;
        while (t.hasNext()) { t.next(); n++; }
        return n;
    }

    /** The articles repeated, in order, until they hold at least {@code minTokens} tokens. */
    static List<Article> repeated(List<Article> seeds, long minTokens) {
        List<Article> out = new ArrayList<>();
        long n = 0;
        while (n < minTokens) for (Article a : seeds) {
            out.add(a);
            n += tokens(a.text());
            if (n >= minTokens) break;
        }
        return out;
    }

    /** Runs {@code work} on each article on {@code threads} threads; returns elapsed seconds. */
    static double timed(List<Article> articles, int threads, java.util.function.Consumer<Article> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long t0 = System.nanoTime();
            List<Future<?>> fs = new ArrayList<>();
            for (Article a : articles) fs.add(pool.submit(() -> work.accept(a)));
            for (Future<?> f : fs) f.get();
            return (System.nanoTime() - t0) / 1e9;
        } finally {
            pool.shutdownNow();
        }
    }

    static void resetPeaks() {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) if (p.getType() == MemoryType.HEAP) p.resetPeakUsage();
    }

    static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) if (p.getType() == MemoryType.HEAP) sum += p.getPeakUsage().getUsed();
        return sum;
    }

    /** Our pipeline: {@code load} builds the annotator (models included), then the timed run. */
    public static Run ours(java.util.function.Supplier<Annotator> load, List<Article> seeds, long minTokens, int threads) throws Exception {
        resetPeaks();
        long t0 = System.nanoTime();
        Annotator annotator = load.get();
        double loadSeconds = (System.nanoTime() - t0) / 1e9;
        timed(seeds, threads, annotator::annotate);  // warm-up, not timed
        List<Article> work = repeated(seeds, minTokens);
        long tokens = work.stream().mapToLong(a -> tokens(a.text())).sum();
        System.gc();
        resetPeaks();
        double s = timed(work, threads, annotator::annotate);
        return new Run("peacetalks-kg extraction", loadSeconds, tokens, work.size(), s, peakHeap());
    }

    /** The stock pipeline (tokenize … depparse, coref, quote; CoreNLP's default settings) on a sample. */
    public static Run stock(List<Article> seeds, long sampleTokens, int threads) throws Exception {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote");
        System.gc();
        resetPeaks();
        long t0 = System.nanoTime();
        StanfordCoreNLP corenlp = new StanfordCoreNLP(p);
        double loadSeconds = (System.nanoTime() - t0) / 1e9;
        corenlp.annotate(new Annotation("Warm-up: Putin said talks could start, the Kremlin told Reuters."));
        // whole articles, as our pipeline gets them (coref's cost grows with document length), until the budget
        List<Article> sample = new ArrayList<>();
        long n = 0;
        for (Article a : seeds) {
            if (n >= sampleTokens) break;
            sample.add(a);
            n += tokens(a.text());
        }
        double s = timed(sample, threads, a -> corenlp.annotate(new Annotation(a.text())));
        return new Run("stock CoreNLP (…, depparse, coref, quote)", loadSeconds, n, sample.size(), s, peakHeap());
    }

    public static void print(PrintStream out, List<Run> runs, int threads) {
        Runtime rt = Runtime.getRuntime();
        out.printf("machine: %d processors, max heap %d MB, Java %s; %d worker threads%n",
            rt.availableProcessors(), rt.maxMemory() >> 20, System.getProperty("java.version"), threads);
        out.printf("%-42s %8s %9s %9s %9s %10s %12s%n", "pipeline", "load s", "articles", "tokens", "seconds", "tokens/s", "peak heap MB");
        for (Run r : runs)
            out.printf("%-42s %8.1f %9d %9d %9.1f %10.0f %12d%n", r.name(), r.loadSeconds(), r.articles(), r.tokens(), r.seconds(),
                r.tokensPerSecond(), r.peakHeapBytes() >> 20);
        Run ours = runs.get(0);
        if (runs.size() > 1) out.printf("throughput ratio: %.1fx the stock pipeline%n", ours.tokensPerSecond() / runs.get(1).tokensPerSecond());
        out.printf("target 1,500 tokens/s: %s (%.0f tokens/s)%n", ours.tokensPerSecond() >= 1500 ? "met" : "NOT met", ours.tokensPerSecond());
    }
}
