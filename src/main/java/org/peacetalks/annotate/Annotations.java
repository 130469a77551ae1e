package org.peacetalks.annotate;

import java.util.List;

/** Everything annotated in one article, including entities first met in it (candidates). */
public record Annotations(List<String> mentions, List<SourceGroup> sourceGroups, List<Claim> claims,
                          List<CandidateEntity> candidates) {
    public static final Annotations NONE = new Annotations(List.of(), List.of(), List.of(), List.of());

    public Annotations {
        mentions = List.copyOf(mentions);
        sourceGroups = List.copyOf(sourceGroups);
        claims = List.copyOf(claims);
        candidates = List.copyOf(candidates);
    }

    /** Curated annotations: no candidates, every entity is in the reference data. */
    public Annotations(List<String> mentions, List<SourceGroup> sourceGroups, List<Claim> claims) {
        this(mentions, sourceGroups, claims, List.of());
    }
}
