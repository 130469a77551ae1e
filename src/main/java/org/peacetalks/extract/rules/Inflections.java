package org.peacetalks.extract.rules;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The written forms of an English verb from its lemma, so a lexicon lists each
 * verb once (as the lemmatiser gives it) and the surface readers still find
 * "said", "says", "saying". Regular forms are derived here; a verb whose forms
 * are not regular ("say": said; "admit": admitted, admitting) lists them in the
 * rule file, and they are added to the derived ones.
 */
public final class Inflections {
    private Inflections() {}

    /** The lemma, its third person singular, past and -ing forms, and any listed {@code irregular} ones. */
    public static Set<String> of(String lemma, Map<String, List<String>> irregular) {
        Set<String> out = new LinkedHashSet<>();
        out.add(lemma);
        out.add(thirdPerson(lemma));
        List<String> listed = irregular.getOrDefault(lemma, List.of());
        // a listed form replaces the derived past or participle it stands for ("said", not "sayed")
        boolean ownPast = listed.stream().anyMatch(f -> !f.endsWith("ing"));
        boolean ownGerund = listed.stream().anyMatch(f -> f.endsWith("ing"));
        if (!ownPast) out.add(past(lemma));
        if (!ownGerund) out.add(gerund(lemma));
        out.addAll(listed);
        return out;
    }

    static String thirdPerson(String v) {
        if (v.matches(".*(s|sh|ch|x|z|o)")) return v + "es";
        if (v.matches(".*[^aeiou]y")) return v.substring(0, v.length() - 1) + "ies";
        return v + "s";
    }

    static String past(String v) {
        if (v.endsWith("e")) return v + "d";
        if (v.matches(".*[^aeiou]y")) return v.substring(0, v.length() - 1) + "ied";
        return v + "ed";
    }

    static String gerund(String v) {
        if (v.endsWith("ie")) return v.substring(0, v.length() - 2) + "ying";
        if (v.endsWith("e") && !v.endsWith("ee") && !v.endsWith("ye") && !v.endsWith("oe")) return v.substring(0, v.length() - 1) + "ing";
        return v + "ing";
    }
}
