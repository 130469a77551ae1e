package org.peacetalks.annotate;

/**
 * A source a claim rests on that is not an actor ("open-source data on the front
 * line"): a data set or a map, described in the article's own words at {@code span}.
 */
public record InformationSource(String iri, Kind kind, String description, Span span) {
    public enum Kind { DATASET, MAP }
}
