package org.peacetalks.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peacetalks.server.KgServer;

/**
 * A result that has started streaming when the time limit strikes cannot become
 * an error status any more (200 and the first rows are on the wire). It must not
 * look complete either: the response is cut off without its end (the chunked
 * transfer is not terminated), so every client sees a failed transfer, never a
 * 200 whose body is a truncated, invalid JSON, XML, CSV or TSV document. Before
 * the first row, the time limit is still a 503.
 */
class StreamingTimeoutIT {
    static final Duration TIMEOUT = Duration.ofMillis(1500);
    static final int N = 3000;
    /** 9 million rows: streamed from the first, cut at the limit. */
    static final String CROSS = "SELECT * { ?a ?b ?c . ?d ?e ?f }";

    static DatasetGraph dataset;
    static KgServer server;

    @BeforeAll
    static void start() {
        dataset = TDB2Factory.createDataset().asDatasetGraph();
        Node g = NodeFactory.createURI("http://example.org/graph/stream");
        Node p = NodeFactory.createURI("http://example.org/stream#value");
        dataset.executeWrite(() -> {
            for (int i = 0; i < N; i++)
                dataset.add(g, NodeFactory.createURI("http://example.org/stream/" + i), p, NodeFactory.createLiteralString("v" + i));
        });
        server = KgServer.builder().dataset(dataset).port(0).queryTimeout(TIMEOUT).build().start();
    }

    @AfterAll
    static void stop() {
        server.stop();
        dataset.close();
    }

    /** What the client got: "STATUS complete N bytes" or "STATUS cut off after N bytes: reason". */
    static String fetch(String accept) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        HttpRequest req = Web.request(server.datasetUrl()).header("Content-Type", "application/sparql-query").header("Accept", accept)
            .POST(HttpRequest.BodyPublishers.ofString(CROSS)).build();
        HttpResponse<InputStream> r;
        try {
            r = client.send(req, HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            return "no response: " + e;
        }
        long n = 0;
        byte[] buf = new byte[1 << 16];
        try (InputStream in = r.body()) {
            for (int k; (k = in.read(buf)) > 0; ) n += k;
        } catch (IOException e) {
            return r.statusCode() + " cut off after " + (n > 0 ? "some" : "no") + " bytes";
        }
        return r.statusCode() + " complete " + n + " bytes";
    }

    /** Rows are written as they come; none came before the limit: nothing was sent, so the answer is a 503. */
    @ParameterizedTest
    @ValueSource(strings = {"application/sparql-results+json", "text/csv"})
    void resultTimingOutBeforeItsFirstRowIs503(String accept) throws Exception {
        String r = Web.query(server.datasetUrl(), "SELECT * { ?a ?b ?c . ?d ?e ?f FILTER(STR(?c) = CONCAT(STR(?f), \"never\")) }", accept);
        assertEquals("503 Query timed out\n", r, accept);
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/sparql-results+json", "application/sparql-results+xml", "text/csv", "text/tab-separated-values"})
    void streamingResultCutByTheTimeoutIsNotACompleteResponse(String accept) throws Exception {
        long start = System.nanoTime();
        String r = fetch(accept);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals("200 cut off after some bytes", r, accept);
        assertTrue(millis < 30_000, accept + " took " + millis + " ms");
        // the server goes on answering
        assertEquals("200 n\r\n" + N + "\r\n", Web.query(server.datasetUrl(), "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }", "text/csv"));
    }
}
