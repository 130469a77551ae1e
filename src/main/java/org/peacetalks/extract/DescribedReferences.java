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
import org.peacetalks.util.RuleFiles;
import org.peacetalks.vocab.PT;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreSentence;

/**
 * Events and documents the text describes rather than names: a head noun of
 * {@code references.rules} ("speech", "talks", "plan") names a class, and the
 * reference entity of that class is meant when the same sentence gives its year
 * and names its creator or its place ("Putin … in his famous speech at the Munich
 * Security Conference in 2007"). Only an unambiguous match links.
 */
final class DescribedReferences {
    static final String RULES = "references.rules";
    private static final Node CREATOR = NodeFactory.createURI("http://purl.org/dc/terms/creator");
    private static final Node DATE = NodeFactory.createURI("http://purl.org/dc/terms/date");
    private static final Node LOCATION = NodeFactory.createURI("http://schema.org/location");

    private record Described(String iri, String year, Set<String> anchors) {}

    /** noun lemma → entities of the classes it names. */
    private final Map<String, List<Described>> byNoun = new HashMap<>();

    DescribedReferences(Graph reference) {
        Map<String, List<Described>> byClass = new HashMap<>();
        reference.find(Node.ANY, RDF.type.asNode(), Node.ANY).forEach(t -> {
            if (!t.getSubject().isURI() || !t.getObject().isURI() || !t.getObject().getURI().startsWith(PT.NS)) return;
            Node e = t.getSubject();
            String year = null;
            for (Node p : List.of(DATE, PT.eventDate))
                for (var d : reference.find(e, p, Node.ANY).toList())
                    if (d.getObject().isLiteral() && d.getObject().getLiteralLexicalForm().matches("\\d{4}.*")) year = d.getObject().getLiteralLexicalForm().substring(0, 4);
            if (year == null) return;
            Set<String> anchors = new LinkedHashSet<>();
            for (Node p : List.of(CREATOR, LOCATION))
                reference.find(e, p, Node.ANY).forEach(a -> { if (a.getObject().isURI()) anchors.add(a.getObject().getURI()); });
            if (anchors.isEmpty()) return;
            byClass.computeIfAbsent(t.getObject().getURI().substring(PT.NS.length()), k -> new ArrayList<>())
                .add(new Described(e.getURI(), year, anchors));
        });
        for (RuleFiles.Line l : RuleFiles.read(DescribedReferences.class, RULES)) {
            String[] f = l.text().split("\\|");
            if (f.length != 2) throw new InputException(RULES + ":" + l.number(), "expected 'noun | Class', got '" + l.text() + "'");
            byNoun.computeIfAbsent(f[0].strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                .addAll(byClass.getOrDefault(f[1].strip(), List.of()));
        }
    }

    /** The reference events and documents the article describes. */
    Set<String> find(ParsedArticle pa) {
        Set<String> out = new LinkedHashSet<>();
        for (CoreSentence s : pa.sentences()) {
            Set<String> years = new LinkedHashSet<>();
            for (CoreLabel t : s.tokens()) if (t.word().matches("(19|20)\\d{2}")) years.add(t.word());
            if (years.isEmpty()) continue;
            Set<String> named = new LinkedHashSet<>();
            for (Gazetteer.Mention m : pa.mentionsWithin(ParsedArticle.begin(s), ParsedArticle.end(s))) named.add(m.iri());
            for (CoreLabel t : s.tokens()) {
                if (!t.tag().startsWith("NN")) continue;
                List<Described> kinds = byNoun.get(t.lemma() == null ? "" : t.lemma().toLowerCase(Locale.ROOT));
                if (kinds == null) continue;
                List<Described> hits = new ArrayList<>();
                for (Described d : kinds)
                    if (years.contains(d.year) && d.anchors.stream().anyMatch(named::contains) && !hits.contains(d)) hits.add(d);
                if (hits.size() == 1) out.add(hits.get(0).iri);
            }
        }
        return out;
    }
}
