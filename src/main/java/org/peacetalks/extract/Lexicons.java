package org.peacetalks.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;
import org.peacetalks.util.InputException;
import org.peacetalks.extract.rules.Inflections;
import org.peacetalks.util.RuleFiles;
import org.peacetalks.vocab.PT;

/**
 * Everything the sentence rules look words up in, loaded once: the rule files
 * beside this class and what the reference graph knows (who is a person, an
 * actor, a news outlet; offices held; demonyms as skos:hiddenLabel of states).
 */
final class Lexicons {
    static final String ATTRIBUTION = "attribution.rules";
    static final String TITLES = "titles.rules";
    private static final Node HIDDEN = NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#hiddenLabel");

    record Office(String office, String organisation) {}

    final Set<String> people, actors, outlets;
    final Set<String> reportingVerbs, denialVerbs, commissiveVerbs, objectVerbs, sourceNouns, possible, probable, reportive, speechNouns, beliefAdjectives;
    /** What only an actor has ("Moscow's demands"): its owner named by a place is the place's state. */
    final Set<String> agentivePossessions;
    /** Verbs whose subject does not act ("Kherson fell"); quantifiers of partitives ("some of the officials"). */
    final Set<String> stativeVerbs, quantifiers;
    /** role noun (or two-word role) → words of which the office must contain one. */
    final Map<String, List<String>> titles = new HashMap<>();
    /** person IRI → offices held. */
    final Map<String, List<Office>> offices = new HashMap<>();
    /** An organisation → the organisation it is part of ("Kremlin" → Russia), for titles. */
    final Map<String, String> parentOf = new HashMap<>();
    /** A place that is part of a state directly (a capital, a city, a region) → that state. */
    final Map<String, String> stateOf = new HashMap<>();
    /** Every written form of the reporting verbs, and the reporting phrases ("according to"), for the readers of surface text. */
    final List<String> reportingForms;
    /** "russian" → state/russia. */
    final Map<String, String> demonyms = new HashMap<>();

    Lexicons(Graph reference) {
        people = instances(reference, PT.Person);
        outlets = instances(reference, PT.NewsOutlet);
        actors = new LinkedHashSet<>(people);
        for (Node c : List.of(PT.State, PT.Organisation, PT.NewsOutlet)) actors.addAll(instances(reference, c));

        var sections = RuleFiles.sections(Lexicons.class, ATTRIBUTION);
        // "lemma", "lemma | quotes" (its forms also attribute quotations) or "lemma | quotes only"
        Set<String> reporting = new LinkedHashSet<>(), quoting = new LinkedHashSet<>();
        for (RuleFiles.Line l : sections.get("reporting-verbs")) {
            String[] f = l.text().toLowerCase(java.util.Locale.ROOT).split("\\s*\\|\\s*");
            String role = f.length == 2 ? f[1] : "";
            if (f.length > 2 || !List.of("", "quotes", "quotes only").contains(role))
                throw new InputException(ATTRIBUTION + ":" + l.number(), "a reporting verb is 'lemma', 'lemma | quotes' or 'lemma | quotes only'");
            if (!role.equals("quotes only")) reporting.add(f[0]);
            if (!role.isEmpty()) quoting.add(f[0]);
        }
        reporting.addAll(RuleFiles.words(sections, ATTRIBUTION, "belief-verbs"));
        reportingVerbs = Set.copyOf(reporting);
        Map<String, List<String>> irregular = new HashMap<>();
        for (RuleFiles.Line l : sections.getOrDefault("irregular-forms", List.of())) {
            String[] f = l.text().toLowerCase(java.util.Locale.ROOT).split("\\s*\\|\\s*");
            if (f.length != 2) throw new InputException(ATTRIBUTION + ":" + l.number(), "an irregular verb is 'lemma | form, form'");
            irregular.put(f[0], List.of(f[1].split("\\s*,\\s*")));
        }
        Set<String> forms = new LinkedHashSet<>(RuleFiles.words(sections, ATTRIBUTION, "reporting-phrases"));
        for (String v : quoting) forms.addAll(Inflections.of(v, irregular));
        reportingForms = List.copyOf(forms);
        denialVerbs = Set.copyOf(RuleFiles.words(sections, ATTRIBUTION, "denial"));
        commissiveVerbs = Set.copyOf(RuleFiles.words(sections, ATTRIBUTION, "commissive"));
        objectVerbs = Set.copyOf(RuleFiles.words(sections, ATTRIBUTION, "object-content"));
        sourceNouns = Set.copyOf(RuleFiles.words(sections, ATTRIBUTION, "source-nouns"));
        possible = Set.copyOf(RuleFiles.words(sections, ATTRIBUTION, "possible"));
        probable = Set.copyOf(RuleFiles.words(sections, ATTRIBUTION, "probable"));
        reportive = Set.copyOf(RuleFiles.words(sections, ATTRIBUTION, "reportive"));
        speechNouns = Set.copyOf(RuleFiles.words(sections, ATTRIBUTION, "speech-nouns"));
        beliefAdjectives = Set.copyOf(RuleFiles.words(sections, ATTRIBUTION, "belief-adjectives"));
        agentivePossessions = Set.copyOf(RuleFiles.words(sections, ATTRIBUTION, "agentive-possessions"));
        stativeVerbs = Set.copyOf(RuleFiles.words(sections, ATTRIBUTION, "stative-verbs"));
        quantifiers = Set.copyOf(RuleFiles.words(sections, ATTRIBUTION, "quantifiers"));

        for (RuleFiles.Line l : RuleFiles.read(Lexicons.class, TITLES)) {
            int colon = l.text().indexOf(':');
            if (colon <= 0) throw new InputException(TITLES + ":" + l.number(), "expected 'role: word | word', got '" + l.text() + "'");
            List<String> words = new ArrayList<>();
            for (String w : l.text().substring(colon + 1).split("\\|")) if (!w.isBlank()) words.add(w.strip().toLowerCase(Locale.ROOT));
            titles.put(l.text().substring(0, colon).strip().toLowerCase(Locale.ROOT), words);
        }
        reference.find(Node.ANY, PT.tenure, Node.ANY).forEach(t -> {
            Node tenure = t.getObject();
            reference.find(tenure, PT.office, Node.ANY).forEach(o -> reference.find(tenure, PT.organisation, Node.ANY).forEach(org -> {
                if (o.getObject().isLiteral() && org.getObject().isURI())
                    offices.computeIfAbsent(t.getSubject().getURI(), k -> new ArrayList<>())
                        .add(new Office(o.getObject().getLiteralLexicalForm().toLowerCase(Locale.ROOT), org.getObject().getURI()));
            }));
        });
        reference.find(Node.ANY, NodeFactory.createURI("http://schema.org/parentOrganization"), Node.ANY).forEach(t -> {
            if (t.getSubject().isURI() && t.getObject().isURI()) parentOf.put(t.getSubject().getURI(), t.getObject().getURI());
        });
        reference.find(Node.ANY, PT.partOf, Node.ANY).forEach(t -> {
            if (reference.contains(t.getSubject(), RDF.type.asNode(), PT.Territory) && reference.contains(t.getObject(), RDF.type.asNode(), PT.State))
                stateOf.put(t.getSubject().getURI(), t.getObject().getURI());
        });
        // demonyms are the hidden labels of states and of the organisations that stand for a bloc ("Western")
        reference.find(Node.ANY, HIDDEN, Node.ANY).forEach(t -> {
            if (t.getSubject().isURI() && t.getObject().isLiteral() && actors.contains(t.getSubject().getURI()))
                demonyms.put(t.getObject().getLiteralLexicalForm().toLowerCase(Locale.ROOT), t.getSubject().getURI());
        });
    }

    /** Possible when a modal hedge is in the clause, probable when an evidential one is. */
    org.peacetalks.annotate.Certainty certainty(edu.stanford.nlp.pipeline.CoreSentence s, int from, int to) {
        org.peacetalks.annotate.Certainty c = org.peacetalks.annotate.Certainty.CERTAIN;
        for (edu.stanford.nlp.ling.CoreLabel t : s.tokens()) {
            if (t.beginPosition() < from || t.endPosition() > to) continue;
            String w = t.word().toLowerCase(Locale.ROOT), l = t.lemma() == null ? w : t.lemma().toLowerCase(Locale.ROOT);
            if (possible.contains(w) && (t.tag().equals("MD") || t.tag().startsWith("RB"))) return org.peacetalks.annotate.Certainty.POSSIBLE;
            if (probable.contains(w) || probable.contains(l)) c = org.peacetalks.annotate.Certainty.PROBABLE;
        }
        return c;
    }

    private static Set<String> instances(Graph g, Node cls) {
        Set<String> out = new LinkedHashSet<>();
        g.find(Node.ANY, RDF.type.asNode(), cls).forEach(t -> { if (t.getSubject().isURI()) out.add(t.getSubject().getURI()); });
        return out;
    }
}
