package org.peacetalks.annotate;

/**
 * A person or organisation that extraction found but the reference data does not
 * know: stored in the article's graph with {@code pt:candidate true} until curated.
 * {@code type} is the IRI of a pt: class (pt:Person, pt:Organisation, ...).
 */
public record CandidateEntity(String iri, String type, String label, Span firstMention) {}
