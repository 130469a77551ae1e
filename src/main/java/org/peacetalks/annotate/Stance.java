package org.peacetalks.annotate;

/** A negotiating stance; OFFER covers offers and concessions. */
public enum Stance { DEMAND, OFFER, ACCEPTANCE, REJECTION, REDLINE }
