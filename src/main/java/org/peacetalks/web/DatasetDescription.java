package org.peacetalks.web;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.peacetalks.vocab.PT;

/** VoID and SPARQL 1.1 Service Description of the dataset, and the JSON-LD context. Callers hold a read transaction. */
final class DatasetDescription {
    static final String VOID = "http://rdfs.org/ns/void#";
    static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    static final String DCT = "http://purl.org/dc/terms/";

    private DatasetDescription() {}

    private static Node u(String s) { return NodeFactory.createURI(s); }

    static Graph voidGraph(DatasetGraph dsg, PT.Ids ids, String endpoint) {
        Graph g = GraphFactory.createDefaultGraph();
        Node ds = u(ids.base() + "dataset");
        g.add(Triple.create(ds, RDF.type.asNode(), u(VOID + "Dataset")));
        g.add(Triple.create(ds, u(DCT + "title"), NodeFactory.createLiteralLang("peacetalks-kg: who claims what in the Russia–Ukraine peace negotiations", "en")));
        g.add(Triple.create(ds, u(DCT + "license"), u("https://www.gnu.org/licenses/gpl-3.0.html")));
        g.add(Triple.create(ds, u(VOID + "sparqlEndpoint"), u(endpoint)));
        g.add(Triple.create(ds, u(VOID + "uriSpace"), NodeFactory.createLiteralString(ids.base() + "id/")));
        g.add(Triple.create(ds, u(VOID + "vocabulary"), u(PT.NS)));
        g.add(Triple.create(ds, u(VOID + "vocabulary"), u("http://www.w3.org/ns/oa#")));
        g.add(Triple.create(ds, u(VOID + "dataDump"), u(endpoint.replace("/kg", "/dumps/kg.trig.gz"))));
        g.add(Triple.create(ds, u(VOID + "dataDump"), u(endpoint.replace("/kg", "/dumps/kg.nq.gz"))));
        long total = 0;
        for (var it = dsg.listGraphNodes(); it.hasNext();) {
            Node gn = it.next();
            long n = dsg.getGraph(gn).size();
            total += n;
            Node sub = u(gn.getURI() + "#void");
            g.add(Triple.create(ds, u(VOID + "subset"), sub));
            g.add(Triple.create(sub, RDF.type.asNode(), u(VOID + "Dataset")));
            g.add(Triple.create(sub, u(SD + "name"), gn));
            g.add(Triple.create(sub, u(VOID + "triples"), NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger)));
        }
        g.add(Triple.create(ds, u(VOID + "triples"), NodeFactory.createLiteralDT(Long.toString(total), XSDDatatype.XSDinteger)));
        Node svc = u(endpoint + "#service");
        g.add(Triple.create(svc, RDF.type.asNode(), u(SD + "Service")));
        g.add(Triple.create(svc, u(SD + "endpoint"), u(endpoint)));
        g.add(Triple.create(svc, u(SD + "supportedLanguage"), u(SD + "SPARQL11Query")));
        g.add(Triple.create(svc, u(SD + "feature"), u(SD + "UnionDefaultGraph")));
        for (String f : new String[] {"SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
                "Turtle", "JSON-LD", "RDF_XML", "N-Triples"})
            g.add(Triple.create(svc, u(SD + "resultFormat"), u("http://www.w3.org/ns/formats/" + f)));
        g.add(Triple.create(svc, u(SD + "defaultDataset"), ds));
        return g;
    }

    static String voidHtml(DatasetGraph dsg, PT.Ids ids, String endpoint) {
        Document d = Document.createShell("");
        d.title("peacetalks-kg dataset");
        Element body = d.body();
        body.appendElement("h1").text("peacetalks-kg dataset");
        body.appendElement("p").appendText("SPARQL endpoint: ").appendElement("code").text(endpoint);
        Element ul = body.appendElement("ul");
        ul.appendElement("li").appendElement("a").attr("href", "/dumps/kg.trig.gz").text("dump as TriG (gzip)");
        ul.appendElement("li").appendElement("a").attr("href", "/dumps/kg.nq.gz").text("dump as N-Quads (gzip)");
        ul.appendElement("li").appendElement("a").attr("href", "/context.jsonld").text("JSON-LD context");
        ul.appendElement("li").appendElement("a").attr("href", "/void?format=ttl").text("this description in Turtle");
        Element t = body.appendElement("table");
        for (var it = dsg.listGraphNodes(); it.hasNext();) {
            Node gn = it.next();
            Element tr = t.appendElement("tr");
            tr.appendElement("td").appendElement("a").attr("href", "/" + gn.getURI().substring(ids.base().length())).text(gn.getURI());
            tr.appendElement("td").text(dsg.getGraph(gn).size() + " triples");
        }
        return d.outerHtml();
    }

    /** The JSON-LD context published at /context.jsonld: our prefixes, so compacted documents read as pt:Claim, oa:exact. */
    static String context() {
        return """
            {
              "@context": {
                "pt": "https://w3id.org/peacetalks/ontology#",
                "id": "https://w3id.org/peacetalks/id/",
                "oa": "http://www.w3.org/ns/oa#",
                "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
                "skos": "http://www.w3.org/2004/02/skos/core#",
                "schema": "http://schema.org/",
                "dct": "http://purl.org/dc/terms/",
                "xsd": "http://www.w3.org/2001/XMLSchema#",
                "prov": "http://www.w3.org/ns/prov#",
                "label": {"@id": "rdfs:label"},
                "altLabel": {"@id": "skos:altLabel"},
                "attributedTo": {"@id": "pt:attributedTo", "@type": "@id"},
                "reportedIn": {"@id": "pt:reportedIn", "@type": "@id"},
                "via": {"@id": "pt:via", "@type": "@id"},
                "asserts": {"@id": "pt:asserts", "@type": "@id"},
                "evidence": {"@id": "pt:evidence", "@type": "@id"},
                "blamed": {"@id": "pt:blamed", "@type": "@id"},
                "outcome": {"@id": "pt:outcome", "@type": "@id"},
                "holder": {"@id": "pt:holder", "@type": "@id"},
                "stance": {"@id": "pt:stance", "@type": "@id"},
                "exact": {"@id": "oa:exact"},
                "start": {"@id": "oa:start", "@type": "xsd:nonNegativeInteger"},
                "end": {"@id": "oa:end", "@type": "xsd:nonNegativeInteger"}
              }
            }
            """;
    }
}
