package org.peacetalks.annotate;

import java.util.List;

/**
 * Where a claim was made and what it rests on, beyond its source and intermediaries:
 * the event at which and the document in which the source said it, the data sets,
 * maps or documents it is based on, the whole quotation when the evidence anchor is
 * only part of it, and the curator's note. All optional; entity fields hold full IRIs.
 */
public record ClaimProvenance(String statedAt, String statedIn, List<String> basedOn, String fullQuotation, String note) {
    public static final ClaimProvenance NONE = new ClaimProvenance(null, null, List.of(), null, null);

    public ClaimProvenance {
        basedOn = List.copyOf(basedOn);
    }

    /** Entity IRIs this provenance refers to, for reference checks. */
    public List<String> references() {
        java.util.ArrayList<String> out = new java.util.ArrayList<>(basedOn);
        if (statedAt != null) out.add(statedAt);
        if (statedIn != null) out.add(statedIn);
        return out;
    }
}
