package org.peacetalks.extract.rules;

/**
 * One declared sentence shape. {@code id} ends the IRI of the rule
 * ({@code pt:method} of the claims it makes); {@code confidence} is the
 * confidence its claims carry when no learned decision gives one, NaN for a
 * shape whose claims always carry a model's probability; {@code declaredAt}
 * is "file:line".
 */
public record Rule(String id, double confidence, String comment, String declaredAt) {
    public boolean learned() { return Double.isNaN(confidence); }
}
