package org.peacetalks.annotate;

/**
 * Whether the source affirms the proposition, denies it, or only relays it
 * without endorsing it ("reports suggest …", "was reported to have …", a
 * journalist asking about "reports that …").
 */
public enum Polarity { AFFIRMED, DENIED, REPORTED }
