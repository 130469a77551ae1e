package org.peacetalks.server;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.TDB2Factory;

/**
 * The test dataset: two named graphs, nothing in the stored default graph (as the
 * store keeps one graph per article), and literals chosen to break careless
 * serialisers: quotes, a newline, backslashes, a tab, a comma, Cyrillic, emoji
 * outside the Basic Multilingual Plane, language tags, xsd:date, xsd:decimal and
 * a blank node.
 */
final class Fixture {
    private Fixture() {}

    static final String EX = "http://example.org/test#";
    static final String G1 = "http://example.org/graph/one";
    static final String G2 = "http://example.org/graph/two";

    static final String TRIG = """
        PREFIX ex:   <http://example.org/test#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        PREFIX xsd:  <http://www.w3.org/2001/XMLSchema#>

        <http://example.org/graph/one> {
            ex:person1 rdfs:label "Зеленський"@uk .
            ex:quote1  ex:text   "He said \\"no deal\\".\\nPath: C:\\\\talks\\\\istanbul \uD83D\uDD4A\uFE0F" ;
                       ex:date   "2022-03-29"^^xsd:date ;
                       ex:amount "12.50"^^xsd:decimal .
        }

        <http://example.org/graph/two> {
            ex:person2 rdfs:label "Boris Johnson"@en-GB .
            ex:quote2  ex:text   "comma, and\\ttab" ;
                       ex:evidence [ ex:exact "it's 'single' and \\"double\\"" ] .
        }
        """;

    /** The text of ex:quote1: quotes, a newline, two backslashes, a dove emoji with a variation selector. */
    static final String QUOTE1 = "He said \"no deal\".\nPath: C:\\talks\\istanbul \uD83D\uDD4A\uFE0F";
    static final String QUOTE2 = "comma, and\ttab";

    static Node ex(String local) {
        return NodeFactory.createURI(EX + local);
    }

    /** A fresh in-memory TDB2 dataset holding {@link #TRIG}. */
    static DatasetGraph tdb2() {
        DatasetGraph dsg = TDB2Factory.createDataset().asDatasetGraph();
        dsg.executeWrite(() -> RDFParser.fromString(TRIG, Lang.TRIG).parse(dsg));
        return dsg;
    }

    /**
     * The dataset as the server gives it back: TDB2 stores xsd:decimal by value, so
     * "12.50" comes back in canonical form "12.5" (everything else is unchanged).
     */
    static DatasetGraph expectedDataset() {
        DatasetGraph dsg = DatasetGraphFactory.create();
        RDFParser.fromString(TRIG, Lang.TRIG).parse(dsg);
        Node asWritten = NodeFactory.createLiteralDT("12.50", XSDDatatype.XSDdecimal);
        Node canonical = NodeFactory.createLiteralDT("12.5", XSDDatatype.XSDdecimal);
        Quad q = Quad.create(NodeFactory.createURI(G1), ex("quote1"), ex("amount"), asWritten);
        if ( !dsg.contains(q) )
            throw new IllegalStateException("fixture changed: " + q);
        dsg.delete(q);
        dsg.add(Quad.create(q.getGraph(), q.getSubject(), q.getPredicate(), canonical));
        return dsg;
    }

    /** One named graph as served. */
    static Graph expectedGraph(String graphName) {
        return expectedDataset().getGraph(NodeFactory.createURI(graphName));
    }

    /** The union of the named graphs, which is what queries without GRAPH see. */
    static Graph expectedUnion() {
        return expectedDataset().getUnionGraph();
    }

    /** Triples in the fixture: 4 in each named graph. */
    static final int TRIPLE_COUNT = 8;
}
