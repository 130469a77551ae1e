package org.peacetalks.annotate;

/** Where an annotation came from (file and line), for error messages and provenance. */
public record Origin(String file, int line) {
    @Override
    public String toString() { return line > 0 ? file + ":" + line : file; }
}
