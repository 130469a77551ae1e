package org.peacetalks.annotate;

/** How firmly the source puts a claim: hedges ('reportedly', 'may') lower it. */
public enum Certainty { CERTAIN, PROBABLE, POSSIBLE }
