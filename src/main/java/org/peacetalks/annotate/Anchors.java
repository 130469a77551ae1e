package org.peacetalks.annotate;

/** Finds an exact quote in an article's text. */
public final class Anchors {
    private Anchors() {}

    /** Thrown when a quote is missing or ambiguous; the caller adds the file and line. */
    public static final class AnchorException extends RuntimeException {
        public AnchorException(String message) { super(message); }
    }

    /**
     * The span of the {@code occurrence}-th (1-based) exact occurrence of
     * {@code quote}; with {@code occurrence} null the quote must occur once.
     */
    public static Span find(String text, String quote, Integer occurrence) {
        if (quote == null || quote.isEmpty()) throw new AnchorException("empty anchor");
        int count = 0;
        int at = -1;
        int wanted = occurrence == null ? 1 : occurrence;
        for (int i = text.indexOf(quote); i >= 0; i = text.indexOf(quote, i + 1)) {
            count++;
            if (count == wanted) at = i;
        }
        if (count == 0) throw new AnchorException("anchor quote not found in the article text: \"" + abbreviate(quote) + "\"");
        if (occurrence == null && count > 1)
            throw new AnchorException("anchor quote occurs " + count + " times; add 'occurrence:' to choose one: \"" + abbreviate(quote) + "\"");
        if (at < 0) throw new AnchorException("anchor quote occurs only " + count + " times, not " + wanted + ": \"" + abbreviate(quote) + "\"");
        return Span.ofChars(text, at, at + quote.length());
    }

    static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }
}
