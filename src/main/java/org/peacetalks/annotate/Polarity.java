package org.peacetalks.annotate;

/** Whether the source affirms the proposition or denies it. */
public enum Polarity { AFFIRMED, DENIED }
