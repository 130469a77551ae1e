package org.peacetalks.annotate;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import org.apache.jena.datatypes.xsd.XSDDatatype;

/**
 * A date as precise as the text gives it: a full date, a month of a year, a
 * year, or a month and day with no year (xsd:gMonthDay), which is what a
 * year-less date stays when the article's publication date is unknown.
 */
public record DateValue(String lexical, XSDDatatype datatype) {

    /** Parses 2024-11-20, 2022-03, 2022 or --11-20; null when the form is none of them. */
    public static DateValue parse(String s) {
        if (s == null) return null;
        String t = s.trim();
        try {
            if (t.matches("\\d{4}-\\d{2}-\\d{2}")) { LocalDate.parse(t); return new DateValue(t, XSDDatatype.XSDdate); }
            if (t.matches("\\d{4}-\\d{2}")) { YearMonth.parse(t); return new DateValue(t, XSDDatatype.XSDgYearMonth); }
            if (t.matches("\\d{4}")) { Year.parse(t); return new DateValue(t, XSDDatatype.XSDgYear); }
            if (t.matches("--\\d{2}-\\d{2}")) { MonthDay.parse(t); return new DateValue(t, XSDDatatype.XSDgMonthDay); }
        } catch (DateTimeParseException e) {
            return null;
        }
        return null;
    }

    /**
     * A publication date as a page or feed gives it: a date, a year and month or
     * a year (kept at that precision, never padded to a day), or an ISO date-time,
     * of which the date is kept. Null for anything else, trailing words included.
     */
    public static DateValue parsePublished(String s) {
        if (s == null) return null;
        String t = s.strip();
        DateValue v = parse(t);
        if (v != null) return v.datatype() == XSDDatatype.XSDgMonthDay ? null : v;
        try {
            return of(java.time.OffsetDateTime.parse(t).toLocalDate());
        } catch (DateTimeParseException e) {
            // not with an offset: a local date-time, or nothing
        }
        try {
            return of(java.time.LocalDateTime.parse(t).toLocalDate());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public static DateValue of(LocalDate d) { return new DateValue(d.toString(), XSDDatatype.XSDdate); }
    public static DateValue of(YearMonth ym) { return new DateValue(ym.toString(), XSDDatatype.XSDgYearMonth); }
    public static DateValue ofYear(int y) { return new DateValue(String.format("%04d", y), XSDDatatype.XSDgYear); }
    public static DateValue of(MonthDay md) { return new DateValue(md.toString(), XSDDatatype.XSDgMonthDay); }
}
