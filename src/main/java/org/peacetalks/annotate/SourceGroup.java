package org.peacetalks.annotate;

import java.util.List;

/**
 * Anonymous sources as one actor: the article's own description of them
 * ("five senior current and former Kremlin sources"), how many, whose.
 */
public record SourceGroup(String iri, String description, Span span, Integer count, List<String> affiliations) {}
