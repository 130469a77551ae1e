package org.peacetalks.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;

/**
 * Bounds the sentences the CoreNLP pipeline sees. Tagging, NER and above all
 * SUTime grow faster than linearly with sentence length: a 5,000-character
 * sentence took 8 s, a 100,000-character one 434 s of CPU and then a
 * StackOverflowError. A sentence longer than the limit is split at whitespace
 * into parts of at most the limit (the space becomes a line break, which always
 * ends a sentence in our pipeline); a stretch with no whitespace to split at is
 * blanked and so left out of annotation. Either way the text keeps its length,
 * so every character offset still refers to the article text.
 * <pre>{@code
 * SentenceGuard.Result r = SentenceGuard.standard().guard(text);
 * r.text();      // what to parse
 * r.warnings();  // "sentence at offset 120: 100000 characters (limit 1000): split into 101 parts"
 * }</pre>
 */
public final class SentenceGuard {
    /** Longest sentence, in characters, that is parsed whole; the seeds' longest is 625. */
    public static final int DEFAULT_MAX_SENTENCE_CHARS = 1000;

    /** What to parse, and one warning (with the character offset) per sentence changed. */
    public record Result(String text, List<String> warnings) {}

    private static volatile SentenceGuard standard;

    private final int maxChars;
    private final StanfordCoreNLP splitter;

    private SentenceGuard(int maxChars, Properties pipeline) {
        if (maxChars < 10) throw new IllegalArgumentException("sentence limit must be at least 10 characters: " + maxChars);
        this.maxChars = maxChars;
        // the pipeline's own tokenizer and sentence splitter settings, so sentences are the ones it will see; no models
        Properties p = new Properties();
        pipeline.stringPropertyNames().stream().filter(k -> k.startsWith("tokenize.") || k.startsWith("ssplit."))
            .forEach(k -> p.setProperty(k, pipeline.getProperty(k)));
        p.setProperty("annotators", "tokenize,ssplit");
        this.splitter = new StanfordCoreNLP(p);
    }

    /** A guard with the limit {@code maxChars} and the sentence splitting of {@code pipeline.properties}. */
    public static SentenceGuard of(int maxChars) {
        return new SentenceGuard(maxChars, NlpPipeline.properties());
    }

    /** The guard with {@value #DEFAULT_MAX_SENTENCE_CHARS} characters, made on first use. */
    public static SentenceGuard standard() {
        SentenceGuard g = standard;
        if (g == null) {
            synchronized (SentenceGuard.class) {
                if (standard == null) standard = of(DEFAULT_MAX_SENTENCE_CHARS);
                g = standard;
            }
        }
        return g;
    }

    public int maxChars() { return maxChars; }

    public Result guard(String text) {
        if (!hasLongLine(text)) return new Result(text, List.of());
        Annotation a = new Annotation(text);
        splitter.annotate(a);
        char[] out = text.toCharArray();
        List<String> warnings = new ArrayList<>();
        for (CoreMap s : a.get(CoreAnnotations.SentencesAnnotation.class)) {
            int begin = s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int end = s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            if (end - begin <= maxChars) continue;
            int parts = 1, blanked = 0;
            int start = begin;
            while (end - start > maxChars) {
                int cut = -1;
                for (int i = start + maxChars; i > start; i--) {
                    if (Character.isWhitespace(out[i])) { cut = i; break; }
                }
                if (cut < 0) {
                    // no whitespace within the limit: blank up to the next whitespace (or the sentence end)
                    int from = start;
                    while (from < end && Character.isWhitespace(out[from])) from++;
                    int stop = from;
                    while (stop < end && !Character.isWhitespace(out[stop])) stop++;
                    for (int i = from; i < stop; i++) out[i] = ' ';
                    blanked += stop - from;
                    start = stop;
                    continue;
                }
                out[cut] = '\n';
                parts++;
                start = cut + 1;
            }
            String what = blanked == 0 ? "split into " + parts + " parts"
                : "split into " + parts + " parts, " + blanked + " characters without a space left out of annotation";
            warnings.add("sentence at offset " + text.codePointCount(0, begin) + ": " + (end - begin) + " characters (limit "
                + maxChars + "): " + what);
        }
        return new Result(new String(out), List.copyOf(warnings));
    }

    /** A sentence never spans a line break (ssplit.newlineIsSentenceBreak = always), so short lines mean short sentences. */
    private boolean hasLongLine(String text) {
        int lineStart = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                if (i - lineStart > maxChars) return true;
                lineStart = i + 1;
            }
        }
        return false;
    }
}
