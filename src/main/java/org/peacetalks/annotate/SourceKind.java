package org.peacetalks.annotate;

/** Whose voice a claim is in: the article's own, a named source, or anonymous sources. */
public enum SourceKind { OWN_VOICE, NAMED, ANONYMOUS }
