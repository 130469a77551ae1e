package org.peacetalks.spark;

import java.io.Serializable;
import java.util.List;

import org.peacetalks.util.InputException;

/** What the job's stages pass between them: small, Java-serialisable rows (no parsed article crosses a task boundary). */
public final class Rows {
    private Rows() {}

    /**
     * Where one article is: the file's position in the input list, the line in it (1 for a
     * whole-file article), and for a JSON line its byte offset and length, so the extraction
     * stage reads that line alone again.
     */
    public record Place(int file, String path, String name, int line, long offset, int length) implements Serializable, Comparable<Place> {
        /** Input order: the order ingest reads articles in. */
        @Override public int compareTo(Place o) {
            return file != o.file ? Integer.compare(file, o.file) : Integer.compare(line, o.line);
        }

        boolean jsonLine() { return length >= 0; }

        /** Input order as one number: file, then line. */
        long order() { return ((long) file << 32) | line; }

        /** The article's origin as ingest names it: the file, and the line for a JSON line. */
        String origin() { return jsonLine() ? name + ":" + line : name; }
    }

    /** An article that passed cleaning and its checks, with its word 5-shingles (hashed) for republication detection. */
    record Prepared(Place place, String id, long[] shingles) implements Serializable {}

    /** The earliest near-duplicate of an article, and their similarity. */
    record Link(String original, double similarity) implements Serializable {}

    /** What the extraction stage needs of the whole corpus: republication links by article id, and every article's IRI. */
    record Plan(java.util.Map<String, Link> links, java.util.Set<String> articleIris) implements Serializable {}

    /** A failed article (or file): where, and the problem, in ingest's message format. */
    public record Failure(Place place, String file, int line, int column, String problem, String message) implements Serializable {
        static Failure of(Place place, InputException e) {
            // a JSON line's refusal after parsing names it "feed.jsonl:4": the row gives file and line apart
            if (e.line() <= 0 && place.jsonLine() && (place.name() + ":" + place.line()).equals(e.file()))
                return new Failure(place, place.name(), place.line(), -1, e.problem(), e.getMessage());
            return new Failure(place, e.file(), e.line(), e.column(), e.problem(), e.getMessage());
        }

        /** One row of failures.tsv: file, line, column (empty when unknown) and the message. */
        String tsv() {
            return clean(file) + "\t" + (line > 0 ? line : "") + "\t" + (column > 0 ? column : "") + "\t" + clean(problem);
        }
    }

    /**
     * One article through extraction: its N-Quads (all of its named graph) or its failure,
     * with the counts and notes ingest reports.
     */
    record Extracted(Place place, String origin, String id, String nquads, int claims, String republicationOf,
                     List<String> notes, String breakdown, Failure failure) implements Serializable {
        boolean ok() { return failure == null; }

        /** One row of articles.tsv: origin, article id, claims, original (if a republication), breakdown, notes. */
        String tsv() {
            return clean(origin) + "\t" + id + "\t" + claims + "\t" + (republicationOf == null ? "" : republicationOf) + "\t"
                + clean(breakdown) + "\t" + clean(String.join(" | ", notes));
        }
    }

    /** TSV cells hold no tab or newline. */
    static String clean(String s) {
        return s == null ? "" : s.replaceAll("[\\t\\r\\n]+", " ");
    }
}
