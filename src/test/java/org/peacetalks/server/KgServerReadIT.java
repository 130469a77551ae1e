package org.peacetalks.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.peacetalks.server.Fixture.ex;
import static org.peacetalks.server.Http.enc;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The public, read-only side of a server with no update password, over real HTTP. */
class KgServerReadIT {

    private static DatasetGraph dataset;
    private static KgServer server;
    private static String kg;

    @BeforeAll
    static void startServer() {
        dataset = Fixture.tdb2();
        server = KgServer.builder().dataset(dataset).port(0).build().start();
        kg = server.datasetUrl();
    }

    @AfterAll
    static void stopServer() {
        server.stop();
        dataset.close();
    }

    // ---- SPARQL SELECT

    /** Every IRI-subject triple with a literal object, in a fixed order. */
    private static final String SELECT_LITERALS = """
        SELECT ?s ?p ?o WHERE { ?s ?p ?o FILTER(isIRI(?s) && isLiteral(?o)) } ORDER BY ?s ?p
        """;

    private static final Node LABEL = RDFS.Nodes.label;

    private static final List<Map<String, Node>> LITERAL_ROWS = List.of(
        row(ex("person1"), LABEL, NodeFactory.createLiteralLang("Зеленський", "uk")),
        row(ex("person2"), LABEL, NodeFactory.createLiteralLang("Boris Johnson", "en-GB")),
        row(ex("quote1"), ex("amount"), NodeFactory.createLiteralDT("12.5", XSDDatatype.XSDdecimal)),
        row(ex("quote1"), ex("date"), NodeFactory.createLiteralDT("2022-03-29", XSDDatatype.XSDdate)),
        row(ex("quote1"), ex("text"), NodeFactory.createLiteralString(Fixture.QUOTE1)),
        row(ex("quote2"), ex("text"), NodeFactory.createLiteralString(Fixture.QUOTE2)));

    // SPARQL 1.1 CSV: lexical forms only, CRLF line ends, fields with quote, comma or
    // newline in double quotes with inner quotes doubled; backslashes stay as they are.
    private static final String LITERALS_CSV = ""
        + "s,p,o\r\n"
        + "http://example.org/test#person1,http://www.w3.org/2000/01/rdf-schema#label,Зеленський\r\n"
        + "http://example.org/test#person2,http://www.w3.org/2000/01/rdf-schema#label,Boris Johnson\r\n"
        + "http://example.org/test#quote1,http://example.org/test#amount,12.5\r\n"
        + "http://example.org/test#quote1,http://example.org/test#date,2022-03-29\r\n"
        + "http://example.org/test#quote1,http://example.org/test#text,\"He said \"\"no deal\"\".\nPath: C:\\talks\\istanbul \uD83D\uDD4A\uFE0F\"\r\n"
        + "http://example.org/test#quote2,http://example.org/test#text,\"comma, and\ttab\"\r\n";

    // SPARQL 1.1 TSV: terms in Turtle syntax, so the newline, tab, quotes and
    // backslashes inside literals are escaped and each row stays on one line.
    private static final String LITERALS_TSV = ""
        + "?s\t?p\t?o\n"
        + "<http://example.org/test#person1>\t<http://www.w3.org/2000/01/rdf-schema#label>\t\"Зеленський\"@uk\n"
        + "<http://example.org/test#person2>\t<http://www.w3.org/2000/01/rdf-schema#label>\t\"Boris Johnson\"@en-GB\n"
        + "<http://example.org/test#quote1>\t<http://example.org/test#amount>\t12.5\n"
        + "<http://example.org/test#quote1>\t<http://example.org/test#date>\t\"2022-03-29\"^^<http://www.w3.org/2001/XMLSchema#date>\n"
        + "<http://example.org/test#quote1>\t<http://example.org/test#text>\t\"He said \\\"no deal\\\".\\nPath: C:\\\\talks\\\\istanbul \uD83D\uDD4A\uFE0F\"\n"
        + "<http://example.org/test#quote2>\t<http://example.org/test#text>\t\"comma, and\\ttab\"\n";

    @Test
    void selectAsJsonGivesExactRows() {
        HttpResponse<byte[]> r = Http.query(kg, SELECT_LITERALS, "application/sparql-results+json");
        assertEquals(200, r.statusCode());
        assertEquals("application/sparql-results+json", Http.mediaType(r));
        assertEquals(LITERAL_ROWS, rows(r.body(), ResultSetLang.RS_JSON));
    }

    @Test
    void selectAsCsvGivesExactText() {
        HttpResponse<byte[]> r = Http.query(kg, SELECT_LITERALS, "text/csv");
        assertEquals(200, r.statusCode());
        assertEquals("text/csv", Http.mediaType(r));
        assertEquals(LITERALS_CSV, Http.text(r));
    }

    @Test
    void selectAsTsvGivesExactText() {
        HttpResponse<byte[]> r = Http.query(kg, SELECT_LITERALS, "text/tab-separated-values");
        assertEquals(200, r.statusCode());
        assertEquals("text/tab-separated-values", Http.mediaType(r));
        assertEquals(LITERALS_TSV, Http.text(r));
        // And Jena reads its own TSV back to the same terms.
        assertEquals(LITERAL_ROWS, rows(r.body(), ResultSetLang.RS_TSV));
    }

    @Test
    void selectAsXmlParsesToExactRows() {
        HttpResponse<byte[]> r = Http.query(kg, SELECT_LITERALS, "application/sparql-results+xml");
        assertEquals(200, r.statusCode());
        assertEquals("application/sparql-results+xml", Http.mediaType(r));
        assertEquals(LITERAL_ROWS, rows(r.body(), ResultSetLang.RS_XML));
    }

    /** Fuseki's own parameter overrides Accept, for browsers and curl users. */
    @ParameterizedTest
    @CsvSource({
        "format=json, application/sparql-results+json",
        "format=xml,  application/sparql-results+xml",
        "format=csv,  text/csv",
        "format=tsv,  text/tab-separated-values",
        "output=json, application/sparql-results+json"})
    void selectFormatChosenByParameter(String parameter, String mediaType) {
        HttpResponse<byte[]> r = Http.get(kg + "?query=" + enc(SELECT_LITERALS) + "&" + parameter, "text/html");
        assertEquals(200, r.statusCode());
        assertEquals(mediaType, Http.mediaType(r));
        switch ( mediaType ) {
            case "text/csv" -> assertEquals(LITERALS_CSV, Http.text(r));
            case "text/tab-separated-values" -> assertEquals(LITERALS_TSV, Http.text(r));
            case "application/sparql-results+xml" -> assertEquals(LITERAL_ROWS, rows(r.body(), ResultSetLang.RS_XML));
            default -> assertEquals(LITERAL_ROWS, rows(r.body(), ResultSetLang.RS_JSON));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/query", "/sparql"})
    void selectByPostFormAndByPostBodyOnEveryQueryEndpoint(String endpoint) {
        HttpResponse<byte[]> form = Http.send(Http.request(kg + endpoint)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("query=" + enc(SELECT_LITERALS))).build());
        assertEquals(200, form.statusCode());
        assertEquals(LITERAL_ROWS, rows(form.body(), ResultSetLang.RS_JSON));

        HttpResponse<byte[]> direct = Http.send(Http.request(kg + endpoint)
                .header("Content-Type", "application/sparql-query")
                .header("Accept", "text/csv")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(SELECT_LITERALS)).build());
        assertEquals(200, direct.statusCode());
        assertEquals(LITERALS_CSV, Http.text(direct));
    }

    // ---- union default graph

    @Test
    void queryWithoutGraphSeesBothNamedGraphs() {
        String q = "SELECT ?s ?label WHERE { ?s <" + LABEL.getURI() + "> ?label } ORDER BY ?s";
        HttpResponse<byte[]> r = Http.query(kg, q, "application/sparql-results+json");
        assertEquals(200, r.statusCode());
        // person1 is only in graph one, person2 only in graph two.
        assertEquals(List.of(
                         Map.of("s", ex("person1"), "label", NodeFactory.createLiteralLang("Зеленський", "uk")),
                         Map.of("s", ex("person2"), "label", NodeFactory.createLiteralLang("Boris Johnson", "en-GB"))),
                     rows(r.body(), ResultSetLang.RS_JSON));

        HttpResponse<byte[]> count = Http.query(kg, "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }", "text/csv");
        assertEquals("n\r\n" + Fixture.TRIPLE_COUNT + "\r\n", Http.text(count));
    }

    @Test
    void namedGraphsStayAddressableWithGraph() {
        String q = "SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g";
        HttpResponse<byte[]> r = Http.query(kg, q, "text/csv");
        assertEquals("g,n\r\n" + Fixture.G1 + ",4\r\n" + Fixture.G2 + ",4\r\n", Http.text(r));
    }

    // ---- CONSTRUCT and DESCRIBE

    @ParameterizedTest
    @ValueSource(strings = {"text/turtle", "application/ld+json", "application/n-triples", "application/rdf+xml",
                            "application/trig", "application/n-quads"})
    void constructReadsTheSameInJenaAndRdf4j(String mediaType) {
        HttpResponse<byte[]> r = Http.query(kg, "CONSTRUCT WHERE { ?s ?p ?o }", mediaType);
        assertEquals(200, r.statusCode());
        assertEquals(mediaType, Http.mediaType(r));
        DatasetGraph expected = DatasetGraphFactory.wrap(Fixture.expectedUnion());
        RdfBoth.assertIsomorphic(expected, RdfBoth.parseJena(r.body(), mediaType, kg), "Jena reading " + mediaType);
        RdfBoth.assertIsomorphic(expected, RdfBoth.parseRio(r.body(), mediaType, kg), "RDF4J reading " + mediaType);
    }

    @Test
    void describeGivesTheResourceTriples() {
        HttpResponse<byte[]> r = Http.query(kg, "DESCRIBE <" + Fixture.EX + "quote1>", "text/turtle");
        assertEquals(200, r.statusCode());
        Graph expected = GraphFactory.createDefaultGraph();
        Fixture.expectedUnion().find(ex("quote1"), Node.ANY, Node.ANY).forEach(expected::add);
        assertEquals(3, expected.size());
        RdfBoth.assertIsomorphic(DatasetGraphFactory.wrap(expected), RdfBoth.parseJena(r.body(), "text/turtle", kg), "Jena");
        RdfBoth.assertIsomorphic(DatasetGraphFactory.wrap(expected), RdfBoth.parseRio(r.body(), "text/turtle", kg), "RDF4J");
    }

    // ---- Graph Store Protocol, read

    @ParameterizedTest
    @CsvSource({
        "'',   http://example.org/graph/one, text/turtle",
        "'',   http://example.org/graph/two, application/n-triples",
        "/get, http://example.org/graph/one, application/rdf+xml",
        "/get, http://example.org/graph/two, application/ld+json"})
    void graphStoreReadReturnsOneNamedGraph(String endpoint, String graph, String mediaType) {
        HttpResponse<byte[]> r = Http.get(kg + endpoint + "?graph=" + enc(graph), mediaType);
        assertEquals(200, r.statusCode());
        assertEquals(mediaType, Http.mediaType(r));
        DatasetGraph expected = DatasetGraphFactory.wrap(Fixture.expectedGraph(graph));
        RdfBoth.assertIsomorphic(expected, RdfBoth.parseJena(r.body(), mediaType, kg), "Jena reading " + graph);
        RdfBoth.assertIsomorphic(expected, RdfBoth.parseRio(r.body(), mediaType, kg), "RDF4J reading " + graph);
    }

    /** {@code ?default} is the stored default graph, empty here: the union applies to queries only. */
    @Test
    void graphStoreDefaultIsTheStoredDefaultGraph() {
        HttpResponse<byte[]> r = Http.get(kg + "?default", "application/n-triples");
        assertEquals(200, r.statusCode());
        assertEquals("", Http.text(r));
    }

    /** Jena's name for the union graph works in the Graph Store Protocol too. */
    @Test
    void graphStoreUnionGraphByName() {
        HttpResponse<byte[]> r = Http.get(kg + "?graph=" + enc("urn:x-arq:UnionGraph"), "text/turtle");
        assertEquals(200, r.statusCode());
        RdfBoth.assertIsomorphic(DatasetGraphFactory.wrap(Fixture.expectedUnion()),
                         RdfBoth.parseRio(r.body(), "text/turtle", kg), "RDF4J reading the union graph");
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/trig", "application/n-quads"})
    void graphStoreReadOfTheDatasetReturnsEveryGraph(String mediaType) {
        HttpResponse<byte[]> r = Http.get(kg, mediaType);
        assertEquals(200, r.statusCode());
        assertEquals(mediaType, Http.mediaType(r));
        RdfBoth.assertIsomorphic(Fixture.expectedDataset(), RdfBoth.parseJena(r.body(), mediaType, kg), "Jena reading " + mediaType);
        RdfBoth.assertIsomorphic(Fixture.expectedDataset(), RdfBoth.parseRio(r.body(), mediaType, kg), "RDF4J reading " + mediaType);
    }

    @Test
    void graphStoreReadOfAnAbsentGraphIs404() {
        HttpResponse<byte[]> r = Http.get(kg + "?graph=" + enc("http://example.org/graph/none"), "text/turtle");
        assertEquals(404, r.statusCode());
    }

    // ---- UI and admin (read only)

    @Test
    void rootServesTheFusekiUi() throws IOException {
        HttpResponse<byte[]> r = Http.get(server.serverUrl(), "text/html");
        assertEquals(200, r.statusCode());
        assertEquals("text/html", Http.mediaType(r));
        String html = Http.text(r);
        assertTrue(html.contains("<title>Apache Jena Fuseki UI</title>"), html);
        String index;
        try ( InputStream in = KgServerReadIT.class.getClassLoader().getResourceAsStream(UiModule.UI_INDEX_RESOURCE) ) {
            index = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        assertEquals(index, html);

        // The application script it loads is served too.
        Matcher m = Pattern.compile("src=\"\\./(static/[^\"]+\\.js)\"").matcher(html);
        assertTrue(m.find(), "no script in index.html");
        HttpResponse<byte[]> js = Http.get(server.serverUrl() + m.group(1), null);
        assertEquals(200, js.statusCode());
        assertEquals("text/javascript", Http.mediaType(js));
    }

    @Test
    void pingAnswers() {
        HttpResponse<byte[]> r = Http.get(server.serverUrl() + "$/ping", null);
        assertEquals(200, r.statusCode());
    }

    /** What the UI reads to list datasets and find the query endpoint: no write service. */
    @ParameterizedTest
    @ValueSource(strings = {"$/server", "$/datasets"})
    void adminDescriptionListsOnlyReadServices(String path) {
        HttpResponse<byte[]> r = Http.get(server.serverUrl() + path, "application/json");
        assertEquals(200, r.statusCode());
        JsonArray datasets = JSON.parse(Http.text(r)).get("datasets").getAsArray();
        assertEquals(1, datasets.size());
        JsonObject kgDescription = datasets.get(0).getAsObject();
        assertEquals("/kg", kgDescription.get("ds.name").getAsString().value());
        assertEquals(Map.of("query", Set.of("", "query", "sparql"), "gsp-r", Set.of("", "get")),
                     services(kgDescription));
    }

    @Test
    void adminCannotCreateOrDeleteDatasets() {
        HttpResponse<byte[]> create = Http.post(server.serverUrl() + "$/datasets?dbName=other&dbType=mem",
                                                "application/x-www-form-urlencoded", "", null);
        assertEquals(405, create.statusCode());
        HttpResponse<byte[]> delete = Http.delete(server.serverUrl() + "$/datasets/kg", null);
        assertEquals(405, delete.statusCode());
        // Not mounted at all (Fuseki's own would answer GET with 405 or 200, not 404):
        // backup, compaction, tasks, reload.
        for ( String path : List.of("$/backup/kg", "$/compact/kg", "$/tasks", "$/reload") )
            assertEquals(404, Http.get(server.serverUrl() + path, null).statusCode(), path);
        assertEquals(200, Http.query(kg, "ASK {}", "application/sparql-results+json").statusCode());
    }

    @Test
    void statsForTheUiInfoPage() {
        HttpResponse<byte[]> r = Http.get(server.serverUrl() + "$/stats/kg", "application/json");
        assertEquals(200, r.statusCode());
        JsonObject stats = JSON.parse(Http.text(r));
        assertTrue(stats.get("datasets").getAsObject().hasKey("/kg"), stats.toString());
    }

    // ---- helpers

    private static Map<String, Node> row(Node s, Node p, Node o) {
        Map<String, Node> row = new LinkedHashMap<>();
        row.put("s", s);
        row.put("p", p);
        row.put("o", o);
        return row;
    }

    static List<Map<String, Node>> rows(byte[] body, Lang lang) {
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(body), lang);
        List<String> vars = rs.getResultVars();
        List<Map<String, Node>> rows = new ArrayList<>();
        while ( rs.hasNext() ) {
            Binding b = rs.nextBinding();
            Map<String, Node> row = new LinkedHashMap<>();
            for ( String v : vars ) {
                Node n = b.get(v);
                if ( n != null )
                    row.put(v, n);
            }
            rows.add(row);
        }
        return rows;
    }

    /** srv.type → its endpoint names, from a Fuseki dataset description. */
    static Map<String, Set<String>> services(JsonObject datasetDescription) {
        Map<String, Set<String>> services = new LinkedHashMap<>();
        for ( JsonValue s : datasetDescription.get("ds.services").getAsArray() ) {
            Set<String> endpoints = new TreeSet<>();
            s.getAsObject().get("srv.endpoints").getAsArray().forEach(e -> endpoints.add(e.getAsString().value()));
            services.put(s.getAsObject().get("srv.type").getAsString().value(), endpoints);
        }
        return services;
    }
}
