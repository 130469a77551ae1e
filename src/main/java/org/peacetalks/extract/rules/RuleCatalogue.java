package org.peacetalks.extract.rules;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.peacetalks.util.InputException;
import org.peacetalks.util.RuleFiles;
import org.peacetalks.vocab.PT;

/**
 * Every sentence shape the extractor may fire, declared once with its id,
 * confidence and comment in the {@code [rules]} section of a rule file:
 * {@code id | confidence | comment}, confidence a decimal in [0, 1] or
 * {@code learned}. A stage asks for a {@link Scope} naming the ids it fires
 * when it is built, so an id used but not declared fails the assembly, not a
 * run; a stage firing an id outside its scope fails at once, naming both.
 */
public final class RuleCatalogue {
    /** The rule files holding declarations, beside the extractor's code. */
    public static final List<String> FILES = List.of("attribution.rules", "blame.rules", "positions.rules", "figures.rules",
        "assessments.rules");
    private static final String DIR = "/org/peacetalks/extract/";
    private static volatile RuleCatalogue shipped;

    private final Map<String, Rule> rules;

    private RuleCatalogue(Map<String, Rule> rules) { this.rules = Collections.unmodifiableMap(rules); }

    /** The catalogue of the rule files shipped with the extractor (read once). */
    public static RuleCatalogue shipped() {
        RuleCatalogue c = shipped;
        if (c == null) {
            synchronized (RuleCatalogue.class) {
                if (shipped == null) {
                    Map<String, List<RuleFiles.Line>> perFile = new LinkedHashMap<>();
                    for (String f : FILES) perFile.put(f, RuleFiles.sections(RuleCatalogue.class, DIR + f).getOrDefault("rules", List.of()));
                    shipped = of(perFile);
                }
                c = shipped;
            }
        }
        return c;
    }

    /** The catalogue of the {@code [rules]} lines of each named file; a malformed or repeated declaration names file:line. */
    public static RuleCatalogue of(Map<String, List<RuleFiles.Line>> perFile) {
        Map<String, Rule> out = new LinkedHashMap<>();
        perFile.forEach((file, lines) -> {
            for (RuleFiles.Line l : lines) {
                String at = file + ":" + l.number();
                String[] f = l.text().split("\\s*\\|\\s*", 3);
                if (f.length != 3 || f[2].isBlank()) throw new InputException(at, "a rule is 'id | confidence | comment', got '" + l.text() + "'");
                String id = f[0].strip();
                if (!id.matches("[a-z][a-z0-9]*(-[a-z0-9]+)*")) throw new InputException(at, "bad rule id '" + id + "' (lowercase words joined by '-')");
                double confidence;
                if (f[1].equals("learned")) confidence = Double.NaN;
                else {
                    try {
                        confidence = Double.parseDouble(f[1]);
                    } catch (NumberFormatException e) {
                        throw new InputException(at, "confidence of rule '" + id + "' is '" + f[1] + "', not a number in [0, 1] or 'learned'");
                    }
                    if (!(confidence >= 0 && confidence <= 1)) throw new InputException(at, "confidence of rule '" + id + "' is " + f[1] + ", outside [0, 1]");
                }
                Rule before = out.putIfAbsent(id, new Rule(id, confidence, f[2].strip(), at));
                if (before != null) throw new InputException(at, "rule '" + id + "' is declared twice (first at " + before.declaredAt() + ")");
            }
        });
        return new RuleCatalogue(out);
    }

    /** The declared rule {@code id}; an id not declared is an error naming it and the files that declare rules. */
    public Rule rule(String id) {
        Rule r = rules.get(id);
        if (r == null) throw new IllegalStateException("rule '" + id + "' is used but not declared in the [rules] of " + String.join(", ", FILES));
        return r;
    }

    /** The declared rule {@code id}, or null. */
    public Rule find(String id) { return rules.get(id); }

    public Collection<Rule> rules() { return rules.values(); }

    /** The rules {@code stage} fires; each must be declared (else an error naming the stage and the id). */
    public Scope scope(String stage, PT.Ids ids, Collection<String> fired) {
        Set<String> in = new LinkedHashSet<>();
        for (String id : fired) {
            if (!rules.containsKey(id)) throw new IllegalStateException("stage " + stage + " fires rule '" + id
                + "', which is not declared in the [rules] of " + String.join(", ", FILES));
            in.add(id);
        }
        return new Scope(stage, ids, Set.copyOf(in));
    }

    /** The rules one stage may fire, with their IRIs and confidences. */
    public final class Scope {
        private final String stage;
        private final PT.Ids ids;
        private final Set<String> fired;

        private Scope(String stage, PT.Ids ids, Set<String> fired) {
            this.stage = stage;
            this.ids = ids;
            this.fired = fired;
        }

        /** Rule {@code id}, which this stage declared it fires. */
        public Rule rule(String id) {
            if (!fired.contains(id)) throw new IllegalStateException("stage " + stage + " fired rule '" + id + "', which it does not declare"
                + (rules.containsKey(id) ? "" : " and no rule file declares"));
            return rules.get(id);
        }

        /** The IRI of rule {@code id} (pt:method). */
        public String iri(String id) { return ids.rule(rule(id).id()); }

        /** The declared confidence of rule {@code id}; a learned rule has none to give. */
        public double confidence(String id) {
            Rule r = rule(id);
            if (r.learned()) throw new IllegalStateException("rule '" + id + "' is learned: its confidence is the model's probability");
            return r.confidence();
        }

        public Set<String> fired() { return fired; }
    }
}
