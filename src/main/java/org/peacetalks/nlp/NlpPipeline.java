package org.peacetalks.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.function.Supplier;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;

/**
 * The Stanford CoreNLP pipeline extraction runs on (tokenize, ssplit, pos, lemma,
 * ner, depparse; settings in {@code pipeline.properties}). Loading takes seconds
 * and gigabytes, so a process holds one, {@link #shared()}; {@link #parse} may be
 * called from several threads at once.
 */
public final class NlpPipeline {
    static final String PROPERTIES = "pipeline.properties";
    private static volatile NlpPipeline shared;
    private static final ThreadLocal<Consumer<String>> WARNINGS = new ThreadLocal<>();
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(NlpPipeline.class);

    private final StanfordCoreNLP corenlp;
    private final long loadMillis;

    private NlpPipeline(Properties props) {
        long t0 = System.nanoTime();
        this.corenlp = new StanfordCoreNLP(props);
        this.loadMillis = (System.nanoTime() - t0) / 1_000_000;
    }

    /** The settings of the project's pipeline, from {@code pipeline.properties}. */
    public static Properties properties() {
        Properties p = new Properties();
        try (InputStream in = NlpPipeline.class.getResourceAsStream(PROPERTIES)) {
            if (in == null) throw new IllegalStateException("missing resource " + PROPERTIES);
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    /** The process's pipeline, loaded on first use. */
    public static NlpPipeline shared() {
        NlpPipeline p = shared;
        if (p == null) {
            synchronized (NlpPipeline.class) {
                if (shared == null) shared = new NlpPipeline(properties());
                p = shared;
            }
        }
        return p;
    }

    /**
     * Runs {@code work} (which parses, on this thread) with its parse warnings, such as
     * a sentence split by the {@link SentenceGuard}, going to {@code sink} instead of the log.
     */
    public static <T> T withWarnings(Consumer<String> sink, Supplier<T> work) {
        Consumer<String> before = WARNINGS.get();
        WARNINGS.set(sink);
        try {
            return work.get();
        } finally {
            WARNINGS.set(before);
        }
    }

    /** A pipeline with other settings (the benchmark's stock pipeline). */
    public static NlpPipeline of(Properties props) { return new NlpPipeline(props); }

    public long loadMillis() { return loadMillis; }

    /**
     * Parses {@code text}, its sentences bounded by {@link SentenceGuard#standard()}
     * (offsets are unchanged; a split sentence is reported). Relative and year-less dates are resolved against
     * {@code published} only; with no publication date they stay unresolved
     * (SUTime then normalises "February 17" to XXXX-02-17), never against today.
     */
    public CoreDocument parse(String text, LocalDate published) {
        SentenceGuard.Result guarded = SentenceGuard.standard().guard(text);
        Consumer<String> sink = WARNINGS.get();
        for (String w : guarded.warnings()) {
            if (sink != null) sink.accept(w);
            else LOG.warn(w);
        }
        Annotation a = new Annotation(guarded.text());
        if (published != null) a.set(CoreAnnotations.DocDateAnnotation.class, published.toString());
        corenlp.annotate(a);
        return new CoreDocument(a);
    }
}
