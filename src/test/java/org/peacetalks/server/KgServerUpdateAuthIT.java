package org.peacetalks.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.peacetalks.server.Http.enc;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * With an update password: {@code /kg/update} and {@code /kg/data} exist and ask for
 * HTTP Basic credentials of user "admin"; everything public stays open. A fresh
 * dataset and server per test, since tests write.
 */
class KgServerUpdateAuthIT {

    /** Non-ASCII (sent as UTF-8) and a colon, which Basic's "user:password" must not split at. */
    private static final String PASSWORD = "pässword:with colon";
    private static final String ADMIN = Http.basic("admin", PASSWORD);
    private static final String CHALLENGE = "Basic realm=\"" + ServerSettings.REALM + "\", charset=\"UTF-8\"";

    private static final String G3 = "http://example.org/graph/three";
    private static final String INSERT_G1 = "INSERT DATA { GRAPH <" + Fixture.G1 + "> { <http://example.org/x> <http://example.org/y> \"Київ \\\"new\\\"\\n\"@uk } }";
    private static final String NTRIPLES = "<http://example.org/x> <http://example.org/y> \"Zürich \\\\ \\u00e9\" .\n";

    private DatasetGraph dataset;
    private KgServer server;
    private String kg;

    @BeforeEach
    void startServer() {
        dataset = Fixture.tdb2();
        server = KgServer.builder().dataset(dataset).port(0).updatePassword(PASSWORD).build().start();
        kg = server.datasetUrl();
    }

    @AfterEach
    void stopServer() {
        server.stop();
        dataset.close();
    }

    private boolean dataIsTheFixture() {
        return dataset.calculateRead(() -> IsoMatcher.isomorphic(Fixture.expectedDataset(), dataset));
    }

    private String count() {
        return Http.text(Http.query(kg, "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }", "text/csv"));
    }

    @Test
    void queriesAndGraphStoreReadsNeedNoCredentials() {
        assertEquals("n\r\n" + Fixture.TRIPLE_COUNT + "\r\n", count());
        assertEquals(200, Http.get(kg + "?graph=" + enc(Fixture.G1), "text/turtle").statusCode());
        assertEquals(200, Http.get(kg + "/get?graph=" + enc(Fixture.G1), "text/turtle").statusCode());
        assertEquals(200, Http.post(kg + "/sparql", "application/sparql-query", "ASK {}", null).statusCode());
        assertEquals(200, Http.get(server.serverUrl(), null).statusCode());
        assertEquals(200, Http.get(server.serverUrl() + "$/ping", null).statusCode());
    }

    @Test
    void uiSeesTheWriteServices() {
        HttpResponse<byte[]> r = Http.get(server.serverUrl() + "$/server", "application/json");
        assertEquals(200, r.statusCode());
        var kgDescription = JSON.parse(Http.text(r)).get("datasets").getAsArray().get(0).getAsObject();
        assertEquals(Map.of("query", Set.of("", "query", "sparql"),
                            "gsp-r", Set.of("", "get"),
                            "update", Set.of("update"),
                            "gsp-rw", Set.of("data")),
                     KgServerReadIT.services(kgDescription));
    }

    @Test
    void updateWithoutCredentialsIs401() {
        HttpResponse<byte[]> r = Http.post(kg + "/update", "application/sparql-update", INSERT_G1, null);
        assertEquals(401, r.statusCode());
        assertEquals(CHALLENGE, r.headers().firstValue("WWW-Authenticate").orElse(null));
        assertTrue(dataIsTheFixture());
    }

    @Test
    void updateWithWrongPasswordOrUserIs401() {
        for ( String auth : new String[] {Http.basic("admin", "wrong"), Http.basic("admin", ""),
                                          Http.basic("someone", PASSWORD), "Bearer " + PASSWORD} ) {
            HttpResponse<byte[]> r = Http.post(kg + "/update", "application/sparql-update", INSERT_G1, auth);
            assertEquals(401, r.statusCode(), auth);
        }
        assertTrue(dataIsTheFixture());
    }

    @Test
    void updateWithPasswordChangesTheData() {
        HttpResponse<byte[]> r = Http.post(kg + "/update", "application/sparql-update", INSERT_G1, ADMIN);
        assertEquals(204, r.statusCode());
        assertEquals("n\r\n" + (Fixture.TRIPLE_COUNT + 1) + "\r\n", count());
        // The literal arrived intact (language tag, quotes, newline).
        HttpResponse<byte[]> q = Http.query(kg, "SELECT ?o { <http://example.org/x> <http://example.org/y> ?o }",
                                            "application/sparql-results+json");
        assertEquals(java.util.List.of(Map.of("o", NodeFactory.createLiteralLang("Київ \"new\"\n", "uk"))),
                     KgServerReadIT.rows(q.body(), org.apache.jena.riot.resultset.ResultSetLang.RS_JSON));
    }

    /** The HTML-form way of sending an update, as the Fuseki UI does. */
    @Test
    void updateByFormWithPassword() {
        HttpResponse<byte[]> r = Http.post(kg + "/update", "application/x-www-form-urlencoded", "update=" + enc(INSERT_G1), ADMIN);
        assertEquals(200, r.statusCode());
        assertEquals("n\r\n" + (Fixture.TRIPLE_COUNT + 1) + "\r\n", count());
    }

    /** Updates are served at /kg/update only, credentials or not. */
    @Test
    void updateToTheDatasetUrlIs400EvenWithPassword() {
        HttpResponse<byte[]> r = Http.post(kg, "application/sparql-update", INSERT_G1, ADMIN);
        assertEquals(400, r.statusCode());
        assertTrue(dataIsTheFixture());
    }

    /**
     * In TDB2 the union default graph is the union of the named graphs only: an
     * update without GRAPH writes the stored default graph, which queries without
     * GRAPH then do not see. The loader must always write into named graphs.
     */
    @Test
    void updateWithoutGraphWritesTheStoredDefaultGraphWhichQueriesDoNotSee() {
        String insert = "INSERT DATA { <http://example.org/x> <http://example.org/y> \"z\" }";
        assertEquals(204, Http.post(kg + "/update", "application/sparql-update", insert, ADMIN).statusCode());
        assertEquals("n\r\n" + Fixture.TRIPLE_COUNT + "\r\n", count());
        HttpResponse<byte[]> dft = Http.get(kg + "?default", "application/n-triples");
        assertEquals("<http://example.org/x> <http://example.org/y> \"z\" .\n", Http.text(dft));
    }

    @Test
    void graphStoreWriteNeedsThePassword() {
        String url = kg + "/data?graph=" + enc(G3);
        HttpResponse<byte[]> anonymous = Http.put(url, "application/n-triples", NTRIPLES, null);
        assertEquals(401, anonymous.statusCode());
        assertEquals(CHALLENGE, anonymous.headers().firstValue("WWW-Authenticate").orElse(null));
        assertEquals(401, Http.put(url, "application/n-triples", NTRIPLES, Http.basic("admin", "wrong")).statusCode());
        assertEquals(401, Http.delete(kg + "/data?graph=" + enc(Fixture.G1), null).statusCode());
        assertTrue(dataIsTheFixture());

        assertEquals(201, Http.put(url, "application/n-triples", NTRIPLES, ADMIN).statusCode());
        // Readable by anyone at the public Graph Store endpoint, exactly as written.
        HttpResponse<byte[]> read = Http.get(kg + "?graph=" + enc(G3), "text/turtle");
        assertEquals(200, read.statusCode());
        Graph expected = GraphFactory.createDefaultGraph();
        expected.add(NodeFactory.createURI("http://example.org/x"), NodeFactory.createURI("http://example.org/y"),
                     NodeFactory.createLiteralString("Zürich \\ é"));
        RdfBoth.assertIsomorphic(DatasetGraphFactory.wrap(expected), RdfBoth.parseRio(read.body(), "text/turtle", kg), "graph three");

        assertEquals(204, Http.delete(url, ADMIN).statusCode());
        assertEquals(404, Http.get(kg + "?graph=" + enc(G3), "text/turtle").statusCode());
        assertTrue(dataIsTheFixture());
    }

    /** Fuseki guards a whole endpoint: reads at /kg/data need the password too; /kg and /kg/get are the public ones. */
    @Test
    void readsAtTheDataEndpointNeedThePasswordToo() {
        String url = kg + "/data?graph=" + enc(Fixture.G1);
        assertEquals(401, Http.get(url, "text/turtle").statusCode());
        HttpResponse<byte[]> r = Http.send(Http.request(url).header("Accept", "text/turtle").header("Authorization", ADMIN).GET().build());
        assertEquals(200, r.statusCode());
        RdfBoth.assertIsomorphic(DatasetGraphFactory.wrap(Fixture.expectedGraph(Fixture.G1)),
                                 RdfBoth.parseJena(r.body(), "text/turtle", kg), "graph one");
    }
}
