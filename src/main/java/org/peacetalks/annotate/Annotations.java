package org.peacetalks.annotate;

import java.util.List;

/** Everything annotated in one article. */
public record Annotations(List<String> mentions, List<SourceGroup> sourceGroups, List<Claim> claims) {
    public static final Annotations NONE = new Annotations(List.of(), List.of(), List.of());

    public Annotations {
        mentions = List.copyOf(mentions);
        sourceGroups = List.copyOf(sourceGroups);
        claims = List.copyOf(claims);
    }
}
