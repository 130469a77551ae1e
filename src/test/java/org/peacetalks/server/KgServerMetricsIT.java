package org.peacetalks.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;

import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code /$/metrics}: Fuseki's Prometheus figures (requests per endpoint, JVM), answering GET only. */
class KgServerMetricsIT {
    private static DatasetGraph dataset;
    private static KgServer server;

    @BeforeAll
    static void startServer() {
        dataset = Fixture.tdb2();
        server = KgServer.builder().dataset(dataset).port(0).build().start();
    }

    @AfterAll
    static void stopServer() {
        server.stop();
        dataset.close();
    }

    /** The line of metric {@code name} of the dataset's unnamed query endpoint. */
    static String metric(String body, String name) {
        return body.lines().filter(l -> l.startsWith(name + "{") && l.contains("dataset=\"/kg\"") && l.contains("endpoint=\"\"")
            && l.contains("operation=\"query\"")).findFirst().orElseThrow(() -> new AssertionError("no " + name + " in\n" + body));
    }

    @Test
    void countsQueriesAndReportsTheJvm() {
        String before = Http.text(Http.get(server.serverUrl() + "$/metrics", "text/plain"));
        for (int i = 0; i < 3; i++) assertEquals(200, Http.query(server.datasetUrl(), "ASK {}", "application/sparql-results+json").statusCode());
        assertEquals(400, Http.query(server.datasetUrl(), "ASK {", "application/sparql-results+json").statusCode());
        HttpResponse<byte[]> r = Http.get(server.serverUrl() + "$/metrics", "text/plain");
        assertEquals(200, r.statusCode());
        assertTrue(Http.mediaType(r).startsWith("text/plain"), Http.mediaType(r));
        String body = Http.text(r);
        String good = "fuseki_requests_good", bad = "fuseki_requests_bad";
        assertEquals(value(metric(before, good)) + 3, value(metric(body, good)), body);
        assertEquals(value(metric(before, bad)) + 1, value(metric(body, bad)), body);
        assertEquals(value(metric(before, "fuseki_requests")) + 4, value(metric(body, "fuseki_requests")), body);
        assertTrue(body.lines().anyMatch(l -> l.startsWith("jvm_memory_used_bytes{")), body);
    }

    static double value(String line) {
        return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
    }

    @Test
    void isReadOnly() {
        for (HttpResponse<byte[]> r : List.of(Http.post(server.serverUrl() + "$/metrics", "text/plain", "x", null),
                                              Http.put(server.serverUrl() + "$/metrics", "text/plain", "x", null),
                                              Http.delete(server.serverUrl() + "$/metrics", null)))
            assertEquals(405, r.statusCode(), r.request().method());
    }
}
