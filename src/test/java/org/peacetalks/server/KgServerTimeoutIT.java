package org.peacetalks.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A query that would run for ages is stopped at the configured limit, and the server goes on answering. */
class KgServerTimeoutIT {

    private static final int BULK = 3000;
    private static final Duration TIMEOUT = Duration.ofMillis(500);

    /**
     * Four unconstrained patterns: a cross product of about 3000^4 = 8e13 rows. COUNT
     * has to see them all before it can send its one row, so the timeout fires before
     * the response starts and Fuseki can still send an error status.
     */
    private static final String EXPLOSIVE = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";
    private static final String COUNT = "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }";

    private static DatasetGraph dataset;
    private static KgServer server;
    private static String kg;

    @BeforeAll
    static void startServer() {
        dataset = Fixture.tdb2();
        Node g = NodeFactory.createURI("http://example.org/graph/bulk");
        Node p = NodeFactory.createURI("http://example.org/test#value");
        dataset.executeWrite(() -> {
            for ( int i = 0; i < BULK; i++ )
                dataset.add(g, NodeFactory.createURI("http://example.org/bulk/" + i), p, NodeFactory.createLiteralString("v" + i));
        });
        server = KgServer.builder().dataset(dataset).port(0).queryTimeout(TIMEOUT).build().start();
        kg = server.datasetUrl();
    }

    @AfterAll
    static void stopServer() {
        server.stop();
        dataset.close();
    }

    private static final String EXPECTED_COUNT = "n\r\n" + (Fixture.TRIPLE_COUNT + BULK) + "\r\n";

    @Test
    void explosiveQueryGets503AndTheServerStillAnswers() {
        long start = System.nanoTime();
        HttpResponse<byte[]> r = Http.query(kg, EXPLOSIVE, "text/csv");
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(503, r.statusCode());
        assertEquals("Query timed out", Http.text(r).strip());
        assertTrue(millis >= TIMEOUT.toMillis(), "answered before the timeout: " + millis + " ms");
        // Generous bound for a loaded machine; without the timeout this runs for hours.
        assertTrue(millis < 15_000, "took " + millis + " ms");

        HttpResponse<byte[]> next = Http.query(kg, COUNT, "text/csv");
        assertEquals(200, next.statusCode());
        assertEquals(EXPECTED_COUNT, Http.text(next));
    }

    /** The SPARQL protocol's ?timeout= (seconds) may shorten the limit but not extend it. */
    @Test
    void clientCannotRaiseTheLimit() {
        long start = System.nanoTime();
        HttpResponse<byte[]> r = Http.get(kg + "?query=" + Http.enc(EXPLOSIVE) + "&timeout=3600", "text/csv");
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(503, r.statusCode());
        assertTrue(millis < 15_000, "took " + millis + " ms");
    }

    @Test
    void ordinaryQueriesAreUnaffected() {
        HttpResponse<byte[]> r = Http.query(kg, COUNT, "text/csv");
        assertEquals(200, r.statusCode());
        assertEquals(EXPECTED_COUNT, Http.text(r));
    }
}
