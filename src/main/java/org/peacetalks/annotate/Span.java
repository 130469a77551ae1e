package org.peacetalks.annotate;

/**
 * A span of an article's text in Unicode code points, end exclusive, as the
 * W3C Web Annotation TextPositionSelector counts them.
 */
public record Span(int start, int end) implements Comparable<Span> {
    public Span {
        if (start < 0 || end < start) throw new IllegalArgumentException("bad span " + start + ".." + end);
    }

    public boolean overlaps(Span o) { return start < o.end && o.start < end; }

    public boolean contains(Span o) { return start <= o.start && o.end <= end; }

    public int length() { return end - start; }

    /** The covered text of {@code text}, converting code points to UTF-16 indices. */
    public String of(String text) {
        int b = text.offsetByCodePoints(0, start);
        int e = text.offsetByCodePoints(b, end - start);
        return text.substring(b, e);
    }

    /** The span of UTF-16 range {@code [from, to)} of {@code text}. */
    public static Span ofChars(String text, int from, int to) {
        int s = text.codePointCount(0, from);
        return new Span(s, s + text.codePointCount(from, to));
    }

    @Override
    public int compareTo(Span o) {
        return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
    }
}
