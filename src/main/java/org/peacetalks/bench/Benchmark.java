package org.peacetalks.bench;

import java.io.PrintStream;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import org.apache.jena.graph.Graph;
import org.peacetalks.corpus.Article;
import org.peacetalks.extract.Extractor;
import org.peacetalks.nlp.NlpPipeline;
import org.peacetalks.vocab.PT;

import edu.stanford.nlp.coref.CorefProperties;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.process.CoreLabelTokenFactory;
import edu.stanford.nlp.process.PTBTokenizer;
import edu.stanford.nlp.process.Tokenizer;
import edu.stanford.nlp.process.TokenizerFactory;

/**
 * Extraction speed against the stock CoreNLP pipeline, both in one process and
 * one run: model loading timed apart, then tokens/s and peak heap. It prints
 * figures and asserts nothing; speed belongs to the machine, so it is no test.
 * <p>
 * Tokens are counted once per text by CoreNLP's PTB tokenizer with our
 * pipeline's {@code tokenize.options}, for both pipelines alike, so their
 * tokens/s compare like with like whatever each pipeline tokenizes internally.
 */
public final class Benchmark {
    public static final double TARGET_TOKENS_PER_SECOND = 1_500;
    static final String STOCK_ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote";

    /**
     * One pipeline's figures. The heap is the process's: {@code heapBeforeBytes}
     * is what was in use (after a GC) when the timed run began, already counted in
     * {@code peakHeapBytes}. {@code cpuSeconds} (this process, GC included) and the
     * system's {@code loadAverage} at the end show whether the run had the cores
     * to itself: other engineers' builds on the machine slow it down.
     */
    public record Result(String pipeline, double loadSeconds, int documents, long tokens, double seconds,
                         long heapBeforeBytes, long peakHeapBytes, double cpuSeconds, double loadAverage) {
        public double tokensPerSecond() { return tokens / seconds; }
        public double documentsPerSecond() { return documents / seconds; }
    }

    private final int threads;
    private final PrintStream out;
    private final TokenizerFactory<CoreLabel> tokenizer;
    private final List<String> notes = new ArrayList<>();

    public Benchmark(int threads, PrintStream out) {
        this.threads = threads;
        this.out = out;
        this.tokenizer = PTBTokenizer.factory(new CoreLabelTokenFactory(), NlpPipeline.properties().getProperty("tokenize.options", ""));
    }

    public long tokens(String text) {
        Tokenizer<CoreLabel> t = tokenizer.getTokenizer(new StringReader(text));
        long n = 0;
        for (; t.hasNext(); t.next()) n++;
        return n;
    }

    /** Our pipeline: the shared CoreNLP pipeline plus the extractor, on the seeds repeated to {@code minTokens}. */
    public Result ours(Graph reference, PT.Ids ids, List<Article> seeds, long minTokens) throws Exception {
        out.println("our pipeline: loading CoreNLP (tokenize,ssplit,pos,lemma,ner,depparse) and the extractor ...");
        long t0 = System.nanoTime();
        NlpPipeline.shared();
        long t1 = System.nanoTime();
        Extractor extractor = new Extractor(reference, ids);
        double load = (System.nanoTime() - t0) / 1e9;
        out.printf("  loaded in %.1f s (CoreNLP %.1f s, extractor %.1f s)%n", load, (t1 - t0) / 1e9, load - (t1 - t0) / 1e9);

        // JIT compilation and lazily built state would otherwise be charged to the first articles
        out.printf("  warm-up: one pass over the %d seed articles (not timed)%n", seeds.size());
        runAll(seeds, extractor::annotate);

        List<Article> work = new ArrayList<>();
        long tokens = 0;
        while (tokens < minTokens && !seeds.isEmpty()) for (Article a : seeds) {
            work.add(a);
            tokens += tokens(a.text());
            if (tokens >= minTokens) break;
        }
        out.printf("  timed: %d articles (the seeds repeated), %,d tokens, on %d threads%n", work.size(), tokens, threads);
        List<org.peacetalks.extract.pipeline.Pipeline.Timing> before = extractor.stageTimings();
        Result r = measure("ours: CoreNLP 6 annotators + extraction", load, work, tokens, extractor::annotate);
        // where the time went: each stage's share of the timed runs (thread time summed over the threads)
        List<org.peacetalks.extract.pipeline.Pipeline.Timing> after = extractor.stageTimings();
        long total = 0;
        for (int i = 0; i < after.size(); i++) total += after.get(i).nanos() - before.get(i).nanos();
        StringBuilder shares = new StringBuilder("  stages:");
        for (int i = 0; i < after.size(); i++) {
            long n = after.get(i).nanos() - before.get(i).nanos();
            shares.append(String.format(" %s %.1f%%", after.get(i).stage(), total == 0 ? 0 : 100.0 * n / total));
        }
        out.println(shares);
        return r;
    }

    /**
     * The stock pipeline with CoreNLP's defaults, on a sample of about
     * {@code budget} tokens: whole seed articles, the last one cut after the
     * paragraph that reaches the budget. One document per annotate call.
     */
    public Result stock(List<Article> seeds, long budget) throws Exception {
        // the global annotator cache would hand back models our pipeline loaded, hiding part of the load time
        StanfordCoreNLP.clearAnnotatorPool();
        Properties props = new Properties();
        props.setProperty("annotators", STOCK_ANNOTATORS);
        out.println("stock pipeline: loading CoreNLP (" + STOCK_ANNOTATORS + "), default properties ...");
        long t0 = System.nanoTime();
        StanfordCoreNLP corenlp = new StanfordCoreNLP(props);
        double load = (System.nanoTime() - t0) / 1e9;
        String coref = CorefProperties.algorithm(corenlp.getProperties()).toString().toLowerCase()
            + " coref, " + CorefProperties.mdType(corenlp.getProperties()).toString().toLowerCase() + " mention detection";
        out.printf("  loaded in %.1f s; coref algorithm (CoreNLP's default, its models are in the models jar): %s%n", load, coref);
        notes.add("stock coref algorithm: " + coref);

        List<String> docs = new ArrayList<>();
        long tokens = 0;
        for (Article a : seeds) {
            if (tokens >= budget) break;
            long n = tokens(a.text());
            if (tokens + n <= budget) {
                docs.add(a.text());
                tokens += n;
                continue;
            }
            // the leading paragraphs (one per line) of this article, as one document, up to the budget
            StringBuilder part = new StringBuilder();
            for (String para : a.text().split("\n")) {
                part.append(para).append('\n');
                tokens += tokens(para);
                if (tokens >= budget) break;
            }
            docs.add(part.toString());
        }
        String warmup = seeds.isEmpty() ? "Talks resumed." : seeds.get(0).text().strip().split("\n")[0];
        // longest first, so the threads finish together rather than one idling while another parses a long article
        docs.sort(Comparator.comparingInt(String::length).reversed());
        out.printf("  warm-up: one paragraph, %d tokens (not timed)%n", tokens(warmup));
        corenlp.annotate(new Annotation(warmup));
        out.printf("  timed: a sample of %d documents (whole seed articles, the last cut at a paragraph), %,d tokens,"
            + " one document per annotate call, longest first, on %d threads%n", docs.size(), tokens, threads);
        notes.add(String.format("the stock pipeline ran on a %,d-token sample (--stock-tokens %,d), being far slower;"
            + " one document per annotate call on %d threads", tokens, budget, threads));
        return measure("stock: CoreNLP ...,depparse,coref,quote", load, docs, tokens, text -> corenlp.annotate(new Annotation(text)));
    }

    private <T> Result measure(String name, double load, List<T> docs, long tokens, Consumer<T> work) throws Exception {
        System.gc();
        long before = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        for (MemoryPoolMXBean p : heapPools()) p.resetPeakUsage();
        long cpu0 = processCpuNanos();
        long t0 = System.nanoTime();
        runAll(docs, work);
        double seconds = (System.nanoTime() - t0) / 1e9;
        double cpu = (processCpuNanos() - cpu0) / 1e9;
        long peak = 0;
        for (MemoryPoolMXBean p : heapPools()) peak += p.getPeakUsage().getUsed();
        return new Result(name, load, docs.size(), tokens, seconds, before, peak, cpu,
            ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : 0;
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
    }

    /** Each item on the fixed pool of {@code threads} threads; returns when all are done, rethrowing the first failure. */
    private <T> void runAll(List<T> items, Consumer<T> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> fs = new ArrayList<>();
            for (T item : items) fs.add(pool.submit(() -> work.accept(item)));
            for (Future<?> f : fs) f.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception x ? x : e;
        } finally {
            pool.shutdownNow();
        }
    }

    public void report(List<Result> results) {
        Runtime rt = Runtime.getRuntime();
        String xmx = ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
            .filter(a -> a.startsWith("-Xmx")).reduce((a, b) -> b).orElse("no -Xmx, JVM default");
        out.println();
        out.printf("machine: %d available processors, max heap %,d MB (%s), Java %s (%s)%n", rt.availableProcessors(),
            rt.maxMemory() >> 20, xmx, System.getProperty("java.version"), System.getProperty("java.vm.name"));
        out.println("tokens: counted by CoreNLP's PTBTokenizer with our pipeline's tokenize.options, the same count for both pipelines");
        out.println();
        String row = "%-42s %7s %5s %8s %8s %9s %7s %9s %8s %9s %8s%n";
        out.printf(row, "pipeline", "load s", "docs", "tokens", "seconds", "tokens/s", "docs/s", "heap0 MB", "peak MB", "cpu/wall", "sys load");
        for (Result r : results)
            out.printf(row, r.pipeline(), f1(r.loadSeconds()), r.documents(), String.format("%,d", r.tokens()), f1(r.seconds()),
                String.format("%,.0f", r.tokensPerSecond()), String.format("%.2f", r.documentsPerSecond()),
                String.format("%,d", r.heapBeforeBytes() >> 20), String.format("%,d", r.peakHeapBytes() >> 20),
                String.format("%.2f", r.cpuSeconds() / r.seconds()), String.format("%.2f", r.loadAverage()));
        out.println("heap0: heap in use after a GC as the timed run began, models of earlier phases included;"
            + " peak: sum of the heap pools' peaks during the timed run, an upper bound;");
        out.println("cpu/wall: cores this process kept busy (GC included); sys load: 1-minute load average at the end"
            + " of the run, above the thread count when other processes competed for the CPU");
        out.println();
        Result ours = results.get(0);
        if (results.size() > 1)
            out.printf("throughput ratio: %.1fx the stock pipeline%n", ours.tokensPerSecond() / results.get(1).tokensPerSecond());
        out.printf("target %,.0f tokens/s: %s (%,.0f tokens/s)%n", TARGET_TOKENS_PER_SECOND,
            ours.tokensPerSecond() >= TARGET_TOKENS_PER_SECOND ? "met" : "NOT met", ours.tokensPerSecond());
        for (Result r : results)
            if (r.cpuSeconds() < 0.8 * threads * r.seconds())
                out.printf("note: %s kept only %.2f of %d threads' cores busy (sys load %.2f): CPU shared with other"
                    + " processes or idle threads, so its tokens/s understate the machine%n",
                    r.pipeline().replaceFirst(":.*", ""), r.cpuSeconds() / r.seconds(), threads, r.loadAverage());
        for (String n : notes) out.println("note: " + n);
    }

    private static String f1(double d) { return String.format("%.1f", d); }
}
