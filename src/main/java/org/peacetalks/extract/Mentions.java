package org.peacetalks.extract;

import java.util.List;
import java.util.Set;

/** Finding linked mentions by position (UTF-16 ranges) and kind, for the sentence rules. */
final class Mentions {
    private Mentions() {}

    /** The first mention of one of {@code iris} starting in [from, to]. */
    static Gazetteer.Mention first(List<Gazetteer.Mention> ms, Set<String> iris, int from, int to) {
        for (Gazetteer.Mention m : ms) if (m.from() >= from && m.from() <= to && iris.contains(m.iri())) return m;
        return null;
    }

    /** The last mention of one of {@code iris} lying within [from, to]. */
    static Gazetteer.Mention last(List<Gazetteer.Mention> ms, Set<String> iris, int from, int to) {
        Gazetteer.Mention best = null;
        for (Gazetteer.Mention m : ms) if (m.from() >= from && m.to() <= to && iris.contains(m.iri())) best = m;
        return best;
    }
}
