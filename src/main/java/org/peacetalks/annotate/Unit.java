package org.peacetalks.annotate;

/** Units of figures, mapped to QUDT unit IRIs in RDF. */
public enum Unit {
    COUNT("count", "http://qudt.org/vocab/unit/NUM"),
    KM("km", "http://qudt.org/vocab/unit/KiloM"),
    KM2("km2", "http://qudt.org/vocab/unit/KiloM2"),
    PERCENT("percent", "http://qudt.org/vocab/unit/PERCENT");

    public final String word;
    public final String iri;

    Unit(String word, String iri) {
        this.word = word;
        this.iri = iri;
    }

    public static Unit ofWord(String w) {
        for (Unit u : values()) if (u.word.equals(w)) return u;
        return null;
    }
}
