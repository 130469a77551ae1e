package org.peacetalks.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * The description document of a resource: its own triples (and those of its
 * hash parts, e.g. claim#evidence), the types and labels of what it links to,
 * and the claims about it with their attribution and evidence, so a consumer
 * needs no second request. At most {@link #MAX_CLAIMS} claims are included;
 * the rest are left to SPARQL. Callers hold a read transaction.
 */
final class Describer {
    /** Bound on the claims embedded in one description. */
    static final int MAX_CLAIMS = 200;

    private final DatasetGraph dsg;

    Describer(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    /** The resource's own triples across all graphs, including hash parts; empty when unknown. */
    Graph own(String iri) {
        Graph g = GraphFactory.createDefaultGraph();
        Node s = NodeFactory.createURI(iri);
        dsg.find(Node.ANY, s, Node.ANY, Node.ANY).forEachRemaining(q -> g.add(q.asTriple()));
        // hash parts: claim#evidence, claim#proposition ... (subjects share the IRI up to '#')
        List<Node> parts = new ArrayList<>();
        // parts: hash IRIs (claim#evidence) and sub-resources (person/x/tenure/y) described with their owner
        g.find(s, Node.ANY, Node.ANY).forEach(t -> {
            if (isPart(iri, t.getObject())) parts.add(t.getObject());
        });
        Set<Node> seen = new LinkedHashSet<>();
        while (!parts.isEmpty()) {
            Node p = parts.remove(parts.size() - 1);
            if (!seen.add(p)) continue;
            dsg.find(Node.ANY, p, Node.ANY, Node.ANY).forEachRemaining(q -> {
                g.add(q.asTriple());
                if (isPart(iri, q.getObject())) parts.add(q.getObject());
            });
        }
        return g;
    }

    private static boolean isPart(String iri, Node n) {
        return n.isURI() && (n.getURI().startsWith(iri + "#") || n.getURI().startsWith(iri + "/"));
    }

    /** The full description: own triples, claims about it, and labels/types of linked resources. */
    Description describe(String iri) {
        Graph g = own(iri);
        if (g.isEmpty()) return null;
        List<String> claims = claimsAbout(iri);
        boolean truncated = claims.size() > MAX_CLAIMS;
        if (truncated) claims = claims.subList(0, MAX_CLAIMS);
        for (String c : claims) own(c).find().forEach(g::add);
        labelLinked(g);
        return new Description(iri, g, claims, truncated);
    }

    record Description(String iri, Graph graph, List<String> claims, boolean truncated) {}

    private static final String CLAIMS = """
        PREFIX pt: <https://w3id.org/peacetalks/ontology#>
        SELECT DISTINCT ?claim WHERE {
          GRAPH ?g {
            { ?claim pt:asserts ?p . ?p ?pp ?x }
            UNION { ?claim pt:attributedTo ?x } UNION { ?claim pt:via ?x } UNION { ?claim pt:reportedIn ?x }
          }
        } ORDER BY ?claim
        """;

    List<String> claimsAbout(String iri) {
        Query q = QueryFactory.create(CLAIMS);
        List<String> out = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.dataset(org.apache.jena.query.DatasetFactory.wrap(dsg)).query(q)
                .substitution("x", org.apache.jena.rdf.model.ResourceFactory.createResource(iri)).build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                out.add(s.getResource("claim").getURI());
                if (out.size() > MAX_CLAIMS) break;
            }
        }
        return out;
    }

    void labelLinked(Graph g) {
        Set<Node> linked = new LinkedHashSet<>();
        g.find().forEach(t -> {
            if (t.getObject().isURI() && !t.getPredicate().equals(RDF.type.asNode())) linked.add(t.getObject());
        });
        for (Node n : linked) {
            dsg.find(Node.ANY, n, RDFS.label.asNode(), Node.ANY).forEachRemaining(q -> g.add(q.asTriple()));
            dsg.find(Node.ANY, n, RDF.type.asNode(), Node.ANY).forEachRemaining(q -> g.add(q.asTriple()));
        }
    }

    /** A label for a node: its rdfs:label, else the last segment of its IRI. */
    static String label(Graph g, Node n) {
        var it = g.find(n, RDFS.label.asNode(), Node.ANY);
        if (it.hasNext()) return it.next().getObject().getLiteralLexicalForm();
        if (!n.isURI()) return n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
        String u = n.getURI();
        int cut = Math.max(u.lastIndexOf('#'), u.lastIndexOf('/'));
        return cut >= 0 && cut < u.length() - 1 ? u.substring(cut + 1) : u;
    }

    static Node value(Graph g, Node s, Node p) {
        var it = g.find(s, p, Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }

    static List<Node> values(Graph g, Node s, Node p) {
        List<Node> out = new ArrayList<>();
        g.find(s, p, Node.ANY).forEach(t -> out.add(t.getObject()));
        return out;
    }
}
