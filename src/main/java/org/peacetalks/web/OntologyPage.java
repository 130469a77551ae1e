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
    private static final Node EXAMPLE = NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#example");
    private static final Node CLOSE_MATCH = NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#closeMatch");
    /** Prefixes an example query may use without declaring them; the page prints them once. */
    static final String EXAMPLE_PREFIXES = """
        PREFIX pt: <https://w3id.org/peacetalks/ontology#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        PREFIX oa: <http://www.w3.org/ns/oa#>
        PREFIX schema: <http://schema.org/>
        PREFIX prov: <http://www.w3.org/ns/prov#>
        PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        PREFIX dct: <http://purl.org/dc/terms/>
        """;

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
        body.appendElement("p").text("Example queries use these prefixes (send them with the query to /kg):");
        body.appendElement("pre").appendElement("code").text(EXAMPLE_PREFIXES);
        section(body, g, "Classes", OWL.Class.asNode(), pages, true);
        section(body, g, "Object properties", OWL.ObjectProperty.asNode(), pages, true);
        section(body, g, "Datatype properties", OWL.DatatypeProperty.asNode(), pages, true);
        section(body, g, "Individuals", OWL.NamedIndividual.asNode(), pages, true);
        body.appendElement("h2").text("Terms of other vocabularies, as the data uses them");
        for (Node type : List.of(OWL.Class.asNode(), OWL.ObjectProperty.asNode(), OWL.DatatypeProperty.asNode(), OWL.AnnotationProperty.asNode()))
            section(body, g, null, type, pages, false);
        return d.outerHtml();
    }

    private static void section(Element body, Graph g, String title, Node type, Pages pages, boolean own) {
        if (title != null) body.appendElement("h2").text(title);
        List<Node> terms = g.find(Node.ANY, RDF.type.asNode(), type).mapWith(t -> t.getSubject())
            .filterKeep(n -> n.isURI() && n.getURI().startsWith(PT.NS) == own).toList();
        terms.sort(Comparator.comparing(Node::getURI));
        Element dl = body.appendElement("dl");
        for (Node t : terms) {
            String local = own ? t.getURI().substring(PT.NS.length()) : t.getURI();
            Element dt = dl.appendElement("dt").attr("id", local);
            dt.appendElement("code").text(own ? "pt:" + local : t.getURI());
            dt.appendText(" — " + Describer.label(g, t));
            Element dd = dl.appendElement("dd");
            Node def = Describer.value(g, t, DEF);
            if (def != null) dd.appendElement("div").text(def.getLiteralLexicalForm());
            for (String[] rel : new String[][] {{"subclass of", RDFS.subClassOf.getURI()}, {"subproperty of", RDFS.subPropertyOf.getURI()},
                    {"domain", RDFS.domain.getURI()}, {"range", RDFS.range.getURI()}, {"type", RDF.type.getURI()},
                    {"close match", CLOSE_MATCH.getURI()}, {"see also", RDFS.seeAlso.getURI()}}) {
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
            Node comment = Describer.value(g, t, RDFS.comment.asNode());
            if (comment != null && comment.isLiteral()) dd.appendElement("div").addClass("meta").text(comment.getLiteralLexicalForm());
            for (Node ex : Describer.values(g, t, EXAMPLE)) {
                if (!ex.isLiteral()) continue;
                Element fig = dd.appendElement("div").addClass("example");
                fig.appendElement("div").addClass("meta").text("example query:");
                fig.appendElement("pre").appendElement("code").text(ex.getLiteralLexicalForm());
            }
        }
    }
}
