package org.peacetalks.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.peacetalks.server.Http.enc;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Without an update password nothing can write: every way of asking is refused,
 * and after each test the stored data is exactly the fixture.
 */
class KgServerReadOnlyIT {

    private static DatasetGraph dataset;
    private static KgServer server;
    private static String kg;

    private static final String UPDATE = "INSERT DATA { GRAPH <" + Fixture.G1 + "> { <http://example.org/x> <http://example.org/y> \"z\" } }";
    private static final String NTRIPLES = "<http://example.org/x> <http://example.org/y> \"z\" .\n";

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

    @AfterEach
    void dataUnchanged() {
        assertTrue(dataset.calculateRead(() -> IsoMatcher.isomorphic(Fixture.expectedDataset(), dataset)),
                   "the stored data changed");
    }

    /**
     * There is no update endpoint. {@code /kg/update} is not a Fuseki route, so the
     * request reaches the UI's static-file servlet, which serves GET and HEAD only:
     * 405 for POST, 404 for GET.
     */
    @Test
    void updateEndpointDoesNotExist() {
        HttpResponse<byte[]> post = Http.post(kg + "/update", "application/sparql-update", UPDATE, null);
        assertEquals(405, post.statusCode());
        HttpResponse<byte[]> form = Http.post(kg + "/update", "application/x-www-form-urlencoded", "update=" + enc(UPDATE), null);
        assertEquals(405, form.statusCode());
        assertEquals(404, Http.get(kg + "/update", null).statusCode());
    }

    /**
     * An update sent to the dataset URL itself: Fuseki finds no operation for an
     * update request among the dataset's services and answers 400.
     */
    @ParameterizedTest
    @CsvSource({
        "application/sparql-update",
        "application/x-www-form-urlencoded"})
    void updateToTheDatasetUrlIs400(String contentType) {
        String body = contentType.equals("application/sparql-update") ? UPDATE : "update=" + enc(UPDATE);
        HttpResponse<byte[]> r = Http.post(kg, contentType, body, null);
        assertEquals(400, r.statusCode());
        assertEquals("No operation for request: /kg", Http.text(r).strip());
    }

    /** The query endpoints take queries only: an update body is an unsupported media type. */
    @Test
    void updateToTheQueryEndpointIs415() {
        HttpResponse<byte[]> r = Http.post(kg + "/query", "application/sparql-update", UPDATE, null);
        assertEquals(415, r.statusCode());
        assertEquals("Unsupported: application/sparql-update", Http.text(r).strip());
    }

    /** A query string parameter named update does not make a query endpoint run it. */
    @Test
    void updateAsQueryParameterIsNotRun() {
        HttpResponse<byte[]> r = Http.get(kg + "/sparql?update=" + enc(UPDATE), null);
        assertEquals(400, r.statusCode());
    }

    /**
     * Graph Store writes. On {@code /kg} and {@code /kg/get} Fuseki's read-only Graph
     * Store handler answers 405 ({@code /kg/get} says "Read-only"); {@code /kg/data}
     * does not exist without a password and lands on the static-file servlet (405).
     */
    @ParameterizedTest(name = "{0} /kg{1}")
    @CsvSource({
        "PUT,    ''",
        "POST,   ''",
        "DELETE, ''",
        "PUT,    /get",
        "POST,   /get",
        "DELETE, /get",
        "PUT,    /data",
        "POST,   /data",
        "DELETE, /data"})
    void graphStoreWritesAre405(String method, String endpoint) {
        String url = kg + endpoint + "?graph=" + enc(Fixture.G1);
        HttpRequest.Builder b = Http.request(url);
        switch ( method ) {
            case "PUT" -> b.header("Content-Type", "application/n-triples").PUT(HttpRequest.BodyPublishers.ofString(NTRIPLES, StandardCharsets.UTF_8));
            case "POST" -> b.header("Content-Type", "application/n-triples").POST(HttpRequest.BodyPublishers.ofString(NTRIPLES, StandardCharsets.UTF_8));
            default -> b.DELETE();
        }
        HttpResponse<byte[]> r = Http.send(b.build());
        assertEquals(405, r.statusCode());
        if ( endpoint.equals("/get") )
            assertEquals("HTTP method not allowed: " + method + " : Read-only", Http.text(r).strip());
        if ( endpoint.isEmpty() )
            assertEquals("HTTP method not allowed: " + method, Http.text(r).strip());
    }

    @Test
    void graphStoreWriteToTheDefaultGraphIs405() {
        HttpResponse<byte[]> r = Http.put(kg + "?default", "application/n-triples", NTRIPLES, null);
        assertEquals(405, r.statusCode());
    }

    /** No write endpoint means no read-write one either: {@code /kg/data} is 404 for GET. */
    @Test
    void dataEndpointDoesNotExist() {
        assertEquals(404, Http.get(kg + "/data?graph=" + enc(Fixture.G1), "text/turtle").statusCode());
    }

    @Test
    void queriesStillAnswerAfterRefusals() {
        Http.post(kg, "application/sparql-update", UPDATE, null);
        Http.put(kg + "?graph=" + enc(Fixture.G1), "application/n-triples", NTRIPLES, null);
        HttpResponse<byte[]> r = Http.query(kg, "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }", "text/csv");
        assertEquals(200, r.statusCode());
        assertEquals("n\r\n" + Fixture.TRIPLE_COUNT + "\r\n", Http.text(r));
    }
}
