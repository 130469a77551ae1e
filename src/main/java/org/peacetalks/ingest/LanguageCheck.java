package org.peacetalks.ingest;

import java.util.Locale;
import java.util.Set;

/**
 * Is a text English? The share of its words that are common English function
 * words is about 0.4–0.5 in English news prose and near zero in other languages
 * (even those written in Latin script), which makes a cheap, dependable test.
 */
public final class LanguageCheck {
    static final double MIN_SHARE = 0.15;
    static final int MIN_WORDS = 20;
    private static final Set<String> FUNCTION_WORDS = Set.of("the", "of", "and", "to", "a", "in", "that", "is", "was", "for",
        "on", "with", "as", "by", "it", "at", "from", "he", "his", "be", "are", "were", "has", "have", "had", "not", "but",
        "this", "which", "its", "an", "or", "they", "their", "would", "will", "said", "who", "been", "also", "there", "than");

    private LanguageCheck() {}

    /** Share of words that are English function words (0..1); -1 when too short to judge. */
    public static double englishShare(String text) {
        String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}']+");
        int n = 0, hits = 0;
        for (String w : words) {
            if (w.isEmpty()) continue;
            n++;
            if (FUNCTION_WORDS.contains(w)) hits++;
        }
        return n < MIN_WORDS ? -1 : (double) hits / n;
    }

    public static boolean isEnglish(String text) {
        double s = englishShare(text);
        return s < 0 || s >= MIN_SHARE;
    }
}
