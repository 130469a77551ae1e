package org.peacetalks.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;

/** The representations a description document is offered in, and Accept-header negotiation among them. */
enum Formats {
    TURTLE("text/turtle", "ttl", RDFFormat.TURTLE_PRETTY),
    JSONLD("application/ld+json", "jsonld", RDFFormat.JSONLD11),
    RDFXML("application/rdf+xml", "rdf", RDFFormat.RDFXML_PRETTY),
    NTRIPLES("application/n-triples", "nt", RDFFormat.NTRIPLES),
    TRIG("application/trig", "trig", RDFFormat.TRIG_PRETTY),
    HTML("text/html", "html", null);

    final String mediaType;
    final String extension;
    final RDFFormat rdf;

    Formats(String mediaType, String extension, RDFFormat rdf) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.rdf = rdf;
    }

    Lang lang() { return rdf == null ? null : rdf.getLang(); }

    static Formats byExtension(String ext) {
        for (Formats f : values()) if (f.extension.equals(ext)) return f;
        return null;
    }

    /**
     * The offered format the Accept header prefers, or null when it accepts none
     * (406). A missing or unparseable header counts as {@code *}{@code /*}, for
     * which Turtle is served; browsers, which rank text/html first, get pages.
     */
    static Formats negotiate(String accept) {
        if (accept == null || accept.isBlank()) return TURTLE;
        Formats best = null;
        double bestQ = 0;
        int bestSpecificity = -1;
        List<String[]> ranges = new ArrayList<>();
        for (String part : accept.split(",")) {
            String[] bits = part.trim().split(";");
            String range = bits[0].trim().toLowerCase(Locale.ROOT);
            if (!range.contains("/")) continue;
            double q = 1;
            for (int i = 1; i < bits.length; i++) {
                String b = bits[i].trim();
                if (b.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(b.substring(2));
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            ranges.add(new String[] {range, Double.toString(q)});
        }
        if (ranges.isEmpty()) return TURTLE;
        for (Formats f : values()) {
            for (String[] r : ranges) {
                String range = r[0];
                double q = Double.parseDouble(r[1]);
                int specificity = range.equals(f.mediaType) ? 2 : range.equals(f.mediaType.split("/")[0] + "/*") ? 1 : range.equals("*/*") ? 0 : -1;
                if (specificity < 0 || q <= 0) continue;
                // among equal q, an exact type beats a wildcard; among wildcards, declaration order (Turtle first)
                if (q > bestQ || (q == bestQ && specificity > bestSpecificity)) {
                    best = f;
                    bestQ = q;
                    bestSpecificity = specificity;
                }
            }
        }
        return best;
    }
}
