package org.peacetalks.web;

import java.util.Comparator;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.peacetalks.vocab.PT;

/** The ontology's documentation page, generated from the ontology graph itself. */
final class OntologyPage {
    private static final Node DEF = NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#definition");

    private OntologyPage() {}

    static String render(Graph g, Pages pages) {
        Document d = Document.createShell("");
        d.title("peacetalks ontology");
        d.head().appendElement("meta").attr("charset", "utf-8");
        Element body = d.body();
        body.appendElement("h1").text("peacetalks ontology");
        Node ont = NodeFactory.createURI(PT.ONTOLOGY_IRI);
        Node desc = Describer.value(g, ont, NodeFactory.createURI("http://purl.org/dc/terms/description"));
        if (desc != null) body.appendElement("p").text(desc.getLiteralLexicalForm());
        Node comment = Describer.value(g, ont, RDFS.comment.asNode());
        if (comment != null) body.appendElement("p").text(comment.getLiteralLexicalForm());
        section(body, g, "Classes", OWL.Class.asNode(), pages);
        section(body, g, "Object properties", OWL.ObjectProperty.asNode(), pages);
        section(body, g, "Datatype properties", OWL.DatatypeProperty.asNode(), pages);
        section(body, g, "Individuals", OWL.NamedIndividual.asNode(), pages);
        return d.outerHtml();
    }

    private static void section(Element body, Graph g, String title, Node type, Pages pages) {
        body.appendElement("h2").text(title);
        List<Node> terms = g.find(Node.ANY, RDF.type.asNode(), type).mapWith(t -> t.getSubject())
            .filterKeep(n -> n.isURI() && n.getURI().startsWith(PT.NS)).toList();
        terms.sort(Comparator.comparing(Node::getURI));
        Element dl = body.appendElement("dl");
        for (Node t : terms) {
            String local = t.getURI().substring(PT.NS.length());
            Element dt = dl.appendElement("dt").attr("id", local);
            dt.appendElement("code").text("pt:" + local);
            dt.appendText(" — " + Describer.label(g, t));
            Element dd = dl.appendElement("dd");
            Node def = Describer.value(g, t, DEF);
            if (def != null) dd.appendElement("div").text(def.getLiteralLexicalForm());
            for (String[] rel : new String[][] {{"subclass of", RDFS.subClassOf.getURI()}, {"subproperty of", RDFS.subPropertyOf.getURI()},
                    {"domain", RDFS.domain.getURI()}, {"range", RDFS.range.getURI()}, {"type", RDF.type.getURI()}}) {
                List<Node> vals = Describer.values(g, t, NodeFactory.createURI(rel[1]));
                vals.removeIf(v -> v.equals(type) || v.equals(OWL.NamedIndividual.asNode()));
                if (vals.isEmpty()) continue;
                Element div = dd.appendElement("div").addClass("meta").appendText(rel[0] + ": ");
                for (Node v : vals) {
                    String iri = v.getURI();
                    div.appendElement("a").attr("href", pages.href(iri)).text(iri.startsWith(PT.NS) ? "pt:" + iri.substring(PT.NS.length()) : iri);
                    div.appendText(" ");
                }
            }
        }
    }
}
