package org.peacetalks.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.peacetalks.store.StoreBuilder;
import org.peacetalks.vocab.PT;

/**
 * The ontology declares what the data uses and the shapes cover what the ontology
 * declares: every predicate and class of the seed graph (reference and articles) has a
 * declaration with a label in the ontology; every pt: term has a label and a definition;
 * every pt: property is constrained by some shape; the terms added for issue 11 state
 * their alignment and carry an example query.
 */
class OntologyCoverageTest {
    static final Node LABEL = RDFS.label.asNode();
    static final Node DEFINITION = NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#definition");
    static final Node EXAMPLE = NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#example");
    static final Node SH_PATH = NodeFactory.createURI("http://www.w3.org/ns/shacl#path");

    static StoreBuilder.Prepared seeds;

    @BeforeAll
    static void prepare() {
        seeds = new StoreBuilder(Path.of("data"), Path.of("ontology"), PT.Ids.standard()).prepare();
    }

    static List<Graph> dataGraphs() {
        List<Graph> out = new java.util.ArrayList<>(seeds.articleGraphs().values());
        out.add(seeds.reference());
        return out;
    }

    static boolean declared(Node term) {
        return seeds.ontology().contains(term, LABEL, Node.ANY);
    }

    @Test
    void everyPredicateTheDataUsesIsDeclared() {
        Set<String> missing = new TreeSet<>();
        for (Graph g : dataGraphs())
            g.find().forEach(t -> {
                if (!t.getPredicate().equals(RDF.type.asNode()) && !declared(t.getPredicate())) missing.add(t.getPredicate().getURI());
            });
        assertEquals(Set.of(), missing, "predicates used by the data but not declared (with a label) in the ontology");
    }

    @Test
    void everyClassTheDataUsesIsDeclared() {
        Set<String> missing = new TreeSet<>();
        for (Graph g : dataGraphs())
            g.find(Node.ANY, RDF.type.asNode(), Node.ANY).forEach(t -> {
                if (!declared(t.getObject())) missing.add(t.getObject().toString());
            });
        assertEquals(Set.of(), missing, "classes used by the data but not declared (with a label) in the ontology");
    }

    @Test
    void everyOwnTermHasALabelAndADefinition() {
        Set<String> missing = new TreeSet<>();
        Graph o = seeds.ontology();
        for (Node type : List.of(OWL.Class.asNode(), OWL.ObjectProperty.asNode(), OWL.DatatypeProperty.asNode(), OWL.NamedIndividual.asNode()))
            o.find(Node.ANY, RDF.type.asNode(), type).forEach(t -> {
                Node s = t.getSubject();
                if (s.isURI() && s.getURI().startsWith(PT.NS) && (!o.contains(s, LABEL, Node.ANY) || !o.contains(s, DEFINITION, Node.ANY)))
                    missing.add(s.getURI());
            });
        assertEquals(Set.of(), missing, "pt: terms without rdfs:label or skos:definition");
    }

    @Test
    void everyOwnPropertyIsConstrainedByAShape() {
        Graph o = seeds.ontology();
        Set<Node> paths = new java.util.HashSet<>();
        o.find(Node.ANY, SH_PATH, Node.ANY).forEach(t -> paths.add(t.getObject()));
        // a property that only sits in a SPARQL constraint of a shape counts when the constraint names it
        Set<String> sparql = new java.util.HashSet<>();
        o.find(Node.ANY, NodeFactory.createURI("http://www.w3.org/ns/shacl#select"), Node.ANY)
            .forEach(t -> sparql.add(t.getObject().getLiteralLexicalForm()));
        Set<String> missing = new TreeSet<>();
        for (Node type : List.of(OWL.ObjectProperty.asNode(), OWL.DatatypeProperty.asNode()))
            o.find(Node.ANY, RDF.type.asNode(), type).forEach(t -> {
                Node p = t.getSubject();
                if (!p.getURI().startsWith(PT.NS) || paths.contains(p)) return;
                String local = "pt:" + p.getURI().substring(PT.NS.length());
                if (sparql.stream().noneMatch(q -> q.contains(local + " ") || q.contains(local + "}"))) missing.add(p.getURI());
            });
        assertEquals(Set.of(), missing, "pt: properties no shape constrains");
    }

    @Test
    void theTermsOfIssue11StateTheirAlignmentAndAnExample() {
        List<String> terms = List.of("concerns", "Assessment", "assessed", "verdict", "since", "heldAt", "heldOn", "statedAt", "statedIn",
            "DocumentAttestation", "attests", "witness", "inExchangeFor", "degree", "degreeText", "InformationSource", "Dataset", "Map",
            "basedOn", "derivedFromReport", "fullQuotation", "Dispute", "disputedClaim");
        Graph o = seeds.ontology();
        for (String local : terms) {
            Node t = NodeFactory.createURI(PT.NS + local);
            Node comment = o.find(t, RDFS.comment.asNode(), Node.ANY).nextOptional().map(Triple::getObject).orElse(null);
            assertTrue(comment != null && comment.getLiteralLexicalForm().startsWith("Alignment:"), "pt:" + local + " states no alignment");
            assertTrue(o.contains(t, EXAMPLE, Node.ANY), "pt:" + local + " has no example query");
        }
    }

    @Test
    void concernsIsExactlyTheUnionOfItsSubProperties() {
        Graph o = seeds.ontology();
        Set<Node> subs = new java.util.HashSet<>();
        o.find(Node.ANY, RDFS.subPropertyOf.asNode(), PT.concerns).forEach(t -> subs.add(t.getSubject()));
        assertTrue(subs.size() >= 15, "sub-properties of pt:concerns: " + subs);
        for (Graph g : seeds.articleGraphs().values()) {
            Set<String> union = new TreeSet<>(), stated = new TreeSet<>();
            g.find().forEach(t -> {
                if (subs.contains(t.getPredicate())) union.add(t.getSubject() + " " + t.getObject());
                if (t.getPredicate().equals(PT.concerns)) stated.add(t.getSubject() + " " + t.getObject());
            });
            assertTrue(!stated.isEmpty());
            assertEquals(union, stated);
        }
    }
}
