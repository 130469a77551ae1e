package org.peacetalks.annotate;

import java.util.ArrayList;
import java.util.List;

/**
 * What the text adds to a claim's proposition: the event at which a position was
 * held (a round of talks) and when, how far-reaching it is ("limited" versus
 * "major"), and the other proposition of the same article it is exchanged for.
 * Kept beside the proposition rather than in it, so a claim's IRI (a hash of its
 * span, source, polarity and proposition) does not change when a detail is added.
 * {@code localId} and {@code inExchangeFor} are ids local to one article's annotations.
 */
public record PropositionDetail(String localId, String heldAt, DateValue heldOn, Degree degree, String degreeText,
                                String inExchangeFor) {
    public static final PropositionDetail NONE = new PropositionDetail(null, null, null, null, null, null);

    /** The scope of a concession, demand or provision as the text qualifies it. */
    public enum Degree { LIMITED, MAJOR, COMPLETE }

    public List<String> references() {
        List<String> out = new ArrayList<>();
        if (heldAt != null) out.add(heldAt);
        return out;
    }

    public boolean isEmpty() { return equals(NONE); }
}
