package org.peacetalks.annotate;

import java.util.List;

/**
 * Everything annotated in one article, including entities first met in it
 * (candidates), sources that are not actors (data sets, maps) and the reports the
 * article as a whole is derived from. {@code territories} are the mentioned
 * places at issue in the war (the territory layer of the corpus guidelines): a
 * capital named as a seat of government or a venue of talks is mentioned but is
 * not among them; empty where no one has told them apart.
 */
public record Annotations(List<String> mentions, List<SourceGroup> sourceGroups, List<Claim> claims,
                          List<CandidateEntity> candidates, List<InformationSource> informationSources,
                          List<String> derivedFrom, List<String> territories) {
    public static final Annotations NONE = new Annotations(List.of(), List.of(), List.of(), List.of());

    public Annotations {
        mentions = List.copyOf(mentions);
        sourceGroups = List.copyOf(sourceGroups);
        claims = List.copyOf(claims);
        candidates = List.copyOf(candidates);
        informationSources = List.copyOf(informationSources);
        derivedFrom = List.copyOf(derivedFrom);
        territories = List.copyOf(territories);
    }

    /** Annotations whose territories at issue have not been told apart from other places. */
    public Annotations(List<String> mentions, List<SourceGroup> sourceGroups, List<Claim> claims,
                       List<CandidateEntity> candidates, List<InformationSource> informationSources, List<String> derivedFrom) {
        this(mentions, sourceGroups, claims, candidates, informationSources, derivedFrom, List.of());
    }

    /** The same annotations with {@code atIssue} as the territories at issue (each one of the mentions). */
    public Annotations withTerritories(List<String> atIssue) {
        for (String t : atIssue)
            if (!mentions.contains(t)) throw new IllegalArgumentException("territory at issue is not mentioned: " + t);
        return new Annotations(mentions, sourceGroups, claims, candidates, informationSources, derivedFrom, atIssue);
    }

    /** Annotations without non-actor sources or article-level derivation (what extraction produces). */
    public Annotations(List<String> mentions, List<SourceGroup> sourceGroups, List<Claim> claims,
                       List<CandidateEntity> candidates) {
        this(mentions, sourceGroups, claims, candidates, List.of(), List.of());
    }

    /** Curated annotations: no candidates, every entity is in the reference data. */
    public Annotations(List<String> mentions, List<SourceGroup> sourceGroups, List<Claim> claims) {
        this(mentions, sourceGroups, claims, List.of());
    }
}
