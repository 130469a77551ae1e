package org.peacetalks.ingest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds republications: MinHash signatures over word 5-shingles estimate the
 * Jaccard similarity of two texts, so a copy with site furniture around it
 * (or light edits) still matches its original while articles on the same
 * story, which share phrases but not paragraphs, do not.
 */
public final class NearDuplicates {
    /** Estimated Jaccard similarity at or above which a text is a republication. */
    public static final double THRESHOLD = 0.8;
    static final int SHINGLE = 5;
    static final int HASHES = 128;

    private final Map<String, int[]> signatures = new LinkedHashMap<>();

    /** Registers a stored article by its id. */
    public void add(String id, String text) {
        signatures.put(id, signature(text));
    }

    /** The most similar registered article at or above the threshold, if any. */
    public Optional<Match> match(String text) {
        int[] sig = signature(text);
        Match best = null;
        for (Map.Entry<String, int[]> e : signatures.entrySet()) {
            double s = similarity(sig, e.getValue());
            if (s >= THRESHOLD && (best == null || s > best.similarity())) best = new Match(e.getKey(), s);
        }
        return Optional.ofNullable(best);
    }

    public record Match(String id, double similarity) {}

    static double similarity(int[] a, int[] b) {
        int same = 0;
        for (int i = 0; i < a.length; i++) if (a[i] == b[i]) same++;
        return (double) same / a.length;
    }

    static int[] signature(String text) {
        Set<Long> shingles = shingles(text);
        int[] sig = new int[HASHES];
        java.util.Arrays.fill(sig, Integer.MAX_VALUE);
        for (long sh : shingles) {
            for (int i = 0; i < HASHES; i++) {
                int h = (int) (mix(sh + 0x9E3779B97F4A7C15L * (i + 1)) >>> 33);
                if (h < sig[i]) sig[i] = h;
            }
        }
        return sig;
    }

    /** Word 5-shingles of the lowercased text with punctuation and quote styles ignored, each as a 64-bit hash. */
    public static Set<Long> shingles(String text) {
        String norm = text.toLowerCase(Locale.ROOT).replaceAll("[’‘`]", "'").replaceAll("[^\\p{L}\\p{N}' ]+", " ");
        List<String> words = new ArrayList<>();
        for (String w : norm.split("\\s+")) if (!w.isEmpty()) words.add(w);
        Set<Long> out = new HashSet<>();
        for (int i = 0; i + SHINGLE <= words.size(); i++) {
            out.add(hash64(String.join(" ", words.subList(i, i + SHINGLE))));
        }
        if (out.isEmpty() && !words.isEmpty()) out.add(hash64(String.join(" ", words)));
        return out;
    }

    private static long hash64(String s) {
        long h = 0xcbf29ce484222325L;
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            h ^= b;
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    /** SplitMix64 finaliser: spreads bits so each seeded variant acts as an independent hash. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
