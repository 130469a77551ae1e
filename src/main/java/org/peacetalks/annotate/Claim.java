package org.peacetalks.annotate;

import java.util.ArrayList;
import java.util.List;

/**
 * One attributed claim: who is said to have said what, through whom, in which
 * words. {@code source} is the article IRI itself for the article's own voice.
 * {@code method} is {@code pt:Curated} or the IRI of the rule that fired.
 */
public record Claim(
        Span evidence,
        String source,
        SourceKind sourceKind,
        List<String> via,
        String verb,
        List<String> quotations,
        Certainty certainty,
        Polarity polarity,
        DateValue date,
        String dateText,
        Proposition proposition,
        String method,
        double confidence,
        Origin origin,
        ClaimProvenance provenance,
        PropositionDetail detail) {

    /** A claim with no provenance or proposition detail beyond its attribution. */
    public Claim(Span evidence, String source, SourceKind sourceKind, List<String> via, String verb, List<String> quotations,
                 Certainty certainty, Polarity polarity, DateValue date, String dateText, Proposition proposition, String method,
                 double confidence, Origin origin) {
        this(evidence, source, sourceKind, via, verb, quotations, certainty, polarity, date, dateText, proposition, method,
            confidence, origin, ClaimProvenance.NONE, PropositionDetail.NONE);
    }

    public Claim {
        if (provenance == null) provenance = ClaimProvenance.NONE;
        if (detail == null) detail = PropositionDetail.NONE;
        via = List.copyOf(via);
        quotations = List.copyOf(quotations);
        if (confidence < 0 || confidence > 1) throw new IllegalArgumentException("confidence outside [0,1]: " + confidence);
    }

    /** This claim with {@code d} as its proposition detail. */
    public Claim withDetail(PropositionDetail d) {
        return new Claim(evidence, source, sourceKind, via, verb, quotations, certainty, polarity, date, dateText, proposition,
            method, confidence, origin, provenance, d);
    }

    public boolean directQuote() { return !quotations.isEmpty() && sourceKind != SourceKind.OWN_VOICE; }

    /** Entity IRIs this claim refers to (source, intermediaries, proposition). */
    public List<String> references() {
        List<String> out = new ArrayList<>(via);
        out.add(source);
        out.addAll(proposition.references());
        out.addAll(provenance.references());
        out.addAll(detail.references());
        return out;
    }
}
