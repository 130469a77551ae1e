package org.peacetalks.extract;

import java.time.LocalDate;

import org.peacetalks.annotate.DateValue;

/**
 * SUTime's normalised dates as claim dates. SUTime resolves relative dates
 * against the document date we give it — the publication date, or none — so a
 * value is only ever relative to the article. A year-less date ("February 17")
 * that SUTime places after the publication date is kept without its year: the
 * text does not say which year it means.
 */
final class Dates {
    private Dates() {}

    /** The article's publication date when it is a full date, else null: the only date relative dates resolve against. */
    static LocalDate published(org.peacetalks.corpus.Article a) {
        DateValue d = a.metadata().datePublished();
        return d == null || !d.lexical().matches("\\d{4}-\\d{2}-\\d{2}") ? null : LocalDate.parse(d.lexical());
    }

    /** The date value of {@code surface} normalised as {@code timex}, or null when it is not a calendar date. */
    static DateValue value(String surface, String timex, LocalDate published) {
        if (timex == null) return null;
        String t = timex.strip();
        if (t.matches("XXXX-\\d{2}-\\d{2}")) return DateValue.parse("--" + t.substring(5));
        DateValue v = DateValue.parse(t);
        if (v == null) return null;
        boolean yearInText = surface.matches(".*\\b\\d{4}\\b.*");
        if (!yearInText && published == null) return null;  // resolved against something other than the article
        if (!yearInText && t.matches("\\d{4}-\\d{2}-\\d{2}") && LocalDate.parse(t).isAfter(published))
            return DateValue.parse("--" + t.substring(5));
        return v;
    }
}
