package org.peacetalks.extract;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.peacetalks.util.InputException;
import org.peacetalks.util.RuleFiles;
import org.peacetalks.vocab.PT;

/**
 * Which linked places are territories of the war: those lying, by pt:partOf,
 * within one of the areas {@code territories.rules} lists (Ukraine, the Russian
 * border regions). A capital or city elsewhere is a government's seat or a
 * venue of talks in this news, not a territory at issue; states are actors and
 * are left alone.
 */
public final class WarTerritories {
    static final String RULES = "territories.rules";

    private final Set<String> places = new HashSet<>();
    private final Set<String> atIssue = new HashSet<>();

    /** Over the reference data extraction links to: every area the rules list must be in it. */
    public WarTerritories(Graph reference, PT.Ids ids) {
        this(reference, ids, true);
    }

    /**
     * Over any reference data (a store built from other curated data): an area the
     * rules list that is not in it contains no place.
     */
    public static WarTerritories lenient(Graph reference, PT.Ids ids) {
        return new WarTerritories(reference, ids, false);
    }

    private WarTerritories(Graph reference, PT.Ids ids, boolean strict) {
        Set<String> within = new LinkedHashSet<>();
        var sections = RuleFiles.sections(WarTerritories.class, RULES);
        for (RuleFiles.Line l : sections.getOrDefault("within", List.of())) {
            String iri = ids.entity(l.text());
            if (strict && !reference.contains(org.apache.jena.graph.NodeFactory.createURI(iri), Node.ANY, Node.ANY))
                throw new InputException(RULES + ":" + l.number(), "no such entity in the reference data: '" + l.text() + "'");
            within.add(iri);
        }
        reference.find(Node.ANY, RDF.type.asNode(), PT.Territory).forEach(t -> {
            Node e = t.getSubject();
            if (!e.isURI() || reference.contains(e, RDF.type.asNode(), PT.State)) return;
            places.add(e.getURI());
            // the place itself and everything it is part of, transitively
            Deque<Node> todo = new ArrayDeque<>(List.of(e));
            Set<Node> seen = new HashSet<>();
            while (!todo.isEmpty()) {
                Node n = todo.pop();
                if (!seen.add(n)) continue;
                if (n.isURI() && within.contains(n.getURI())) { atIssue.add(e.getURI()); return; }
                reference.find(n, PT.partOf, Node.ANY).forEach(p -> todo.push(p.getObject()));
            }
        });
    }

    /** The mentions that are territories at issue: reference territories that are not {@link #elsewhere}. */
    public List<String> atIssue(List<String> mentions) {
        return mentions.stream().filter(x -> x.contains("/id/territory/") && !elsewhere(x)).toList();
    }

    /** Whether {@code iri} is a place (not a state) outside the areas of the war. */
    boolean elsewhere(String iri) {
        return places.contains(iri) && !atIssue.contains(iri);
    }
}
