package org.peacetalks.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.peacetalks.vocab.PT;
import org.peacetalks.web.LinkedDataServlet;

/**
 * The public endpoint cannot be turned against its host: SERVICE makes no
 * connection, every query is bounded (regex included, and the work stops, not
 * only the response), request and query sizes are limited with a one-line reason,
 * TRACE is off, reflected parameters are refused, and responses carry security headers.
 */
class KgServerSecurityIT {
    private static final Duration TIMEOUT = Duration.ofMillis(1000);
    /** Backtracks exponentially in the length of a text with no X. */
    private static final String EVIL = "^(([a-z ,.]+)*)*X$";
    private static final String LONG_TEXT = "the talks in istanbul, in march, were close. but then, the west said no";

    private static DatasetGraph dataset;
    private static KgServer server;
    private static String kg;
    private static Listener listener;

    /** A TCP listener that counts connections: proof that the server made none. */
    static final class Listener implements AutoCloseable {
        final ServerSocket socket;
        final AtomicInteger connections = new AtomicInteger();
        final Thread thread;

        Listener() throws IOException {
            socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            thread = new Thread(() -> {
                while ( !socket.isClosed() ) {
                    try ( Socket s = socket.accept() ) {
                        connections.incrementAndGet();
                    } catch (IOException ex) {
                        return;
                    }
                }
            }, "listener");
            thread.setDaemon(true);
            thread.start();
        }

        String url(String path) {
            return "http://127.0.0.1:" + socket.getLocalPort() + path;
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    @BeforeAll
    static void start() throws IOException {
        dataset = Fixture.tdb2();
        dataset.executeWrite(() -> dataset.add(NodeFactory.createURI("http://example.org/graph/long"),
            Fixture.ex("long"), Fixture.ex("text"), NodeFactory.createLiteralString(LONG_TEXT)));
        LinkedDataServlet pages = new LinkedDataServlet(dataset, PT.Ids.standard(), "kg", Instant.parse("2026-01-05T10:00:00Z"));
        server = LinkedDataServlet.addTo(KgServer.builder(), pages).dataset(dataset).port(0).queryTimeout(TIMEOUT).build().start();
        kg = server.datasetUrl();
        listener = new Listener();
    }

    @AfterAll
    static void stop() throws IOException {
        listener.close();
        server.stop();
        dataset.close();
    }

    private static void assertNoConnection() throws InterruptedException {
        Thread.sleep(200);
        assertEquals(0, listener.connections.get(), "connections made to the listener");
    }

    @Test
    void serviceIsRefusedWithItsIri() throws InterruptedException {
        String target = listener.url("/sparql");
        HttpResponse<byte[]> r = Http.query(kg, "SELECT * { SERVICE <" + target + "> { ?s ?p ?o } }", "text/csv");
        assertEquals(400, r.statusCode());
        assertEquals("SERVICE is not allowed on this endpoint: <" + target + ">", Http.text(r).strip());
        HttpResponse<byte[]> silent = Http.query(kg, "SELECT * { SERVICE SILENT <" + target + "> { ?s ?p ?o } }", "text/csv");
        assertEquals(400, silent.statusCode());
        HttpResponse<byte[]> inExists = Http.query(kg, "ASK { FILTER EXISTS { SERVICE <" + target + "> { ?s ?p ?o } } }", "text/csv");
        assertEquals(400, inExists.statusCode());
        assertEquals("SERVICE is not allowed on this endpoint: <" + target + ">", Http.text(inExists).strip());
        assertNoConnection();
    }

    @Test
    void noQueryMakesAnOutboundConnection() throws InterruptedException {
        String target = listener.url("/x");
        List<Integer> statuses = new ArrayList<>();
        for ( String q : List.of(
                "SELECT * { BIND(<" + target + "> AS ?e) SERVICE ?e { ?s ?p ?o } }",
                "SELECT * { VALUES ?e { <" + target + "> } SERVICE SILENT ?e { ?s ?p ?o } }",
                "SELECT * FROM <" + target + "> { ?s ?p ?o }",
                "SELECT * FROM NAMED <" + target + "> { GRAPH ?g { ?s ?p ?o } }",
                "DESCRIBE <" + target + ">") )
            statuses.add(Http.query(kg, q, "text/csv").statusCode());
        statuses.add(Http.get(kg + "?query=" + Http.enc("SELECT * { ?s ?p ?o }") + "&default-graph-uri=" + Http.enc(target), "text/csv")
                         .statusCode());
        assertNoConnection();
        assertEquals(List.of(400, 400, 200, 200, 200, 200), statuses);
        HttpResponse<byte[]> r = Http.query(kg, "SELECT * { BIND(<" + target + "> AS ?e) SERVICE ?e { ?s ?p ?o } }", "text/csv");
        assertEquals("SERVICE is not allowed on this endpoint: <" + target + ">", Http.text(r).strip());
    }

    @Test
    void allowlistedServiceIsCalledAndOthersAreNot() throws InterruptedException {
        KgServer remote = KgServer.builder().dataset(dataset).port(0).build().start();
        KgServer withList = KgServer.builder().dataset(dataset).port(0).serviceAllowlist(List.of(remote.datasetUrl())).build().start();
        try {
            HttpResponse<byte[]> r = Http.query(withList.datasetUrl(),
                "SELECT ?l { SERVICE <" + remote.datasetUrl() + "> { <" + Fixture.EX + "person2> ?p ?l } }", "text/csv");
            assertEquals(200, r.statusCode());
            assertEquals("l\r\nBoris Johnson\r\n", Http.text(r));
            HttpResponse<byte[]> other = Http.query(withList.datasetUrl(), "SELECT * { SERVICE <" + listener.url("/") + "> { ?s ?p ?o } }", "text/csv");
            assertEquals(400, other.statusCode());
            assertEquals("SERVICE endpoint not in the allowlist: <" + listener.url("/") + ">", Http.text(other).strip());
            assertNoConnection();
        } finally {
            withList.stop();
            remote.stop();
        }
    }

    /** Threads still inside java.util.regex: the work a timed-out query left running. */
    private static List<String> regexThreads() {
        List<String> busy = new ArrayList<>();
        for ( Map.Entry<Thread, StackTraceElement[]> e : Thread.getAllStackTraces().entrySet() ) {
            for ( StackTraceElement f : e.getValue() ) {
                if ( f.getClassName().startsWith("java.util.regex.") ) {
                    busy.add(e.getKey().getName());
                    break;
                }
            }
        }
        return busy;
    }

    private static void assertRegexWorkStops(String query) throws InterruptedException {
        long start = System.nanoTime();
        HttpResponse<byte[]> r = Http.query(kg, query, "text/csv");
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(503, r.statusCode());
        assertEquals("Query timed out", Http.text(r).strip());
        assertTrue(millis < 15_000, "took " + millis + " ms");
        long deadline = System.nanoTime() + 5_000_000_000L;
        List<String> busy = regexThreads();
        while ( !busy.isEmpty() && System.nanoTime() < deadline ) {
            Thread.sleep(50);
            busy = regexThreads();
        }
        assertEquals(List.of(), busy, "threads still matching after the timeout");
    }

    @Test
    void backtrackingRegexStopsAtTheTimeout() throws InterruptedException {
        assertRegexWorkStops("SELECT * { ?s ?p ?o FILTER(regex(?o, \"" + EVIL + "\")) }");
    }

    @Test
    void backtrackingReplaceStopsAtTheTimeout() throws InterruptedException {
        assertRegexWorkStops("SELECT * { ?s ?p ?o FILTER(REPLACE(?o, \"" + EVIL + "\", \"\") = \"never\") }");
    }

    @Test
    void boundedRegexKeepsRegexSemantics() {
        HttpResponse<byte[]> r = Http.query(kg, "SELECT ?s { ?s ?p ?o FILTER(regex(?o, \"^boris\", \"i\")) }", "text/csv");
        assertEquals("s\r\n" + Fixture.EX + "person2\r\n", Http.text(r));
        HttpResponse<byte[]> rep = Http.query(kg,
            "SELECT (REPLACE(?o, \"(\\\\w+) (\\\\w+)\", \"$2, $1\") AS ?x) { <" + Fixture.EX + "person2> ?p ?o }", "text/csv");
        assertEquals("x\r\n\"Johnson, Boris\"\r\n", Http.text(rep));
    }

    @Test
    void queryLongerThanTheLimitIs400() {
        String q = "SELECT * { ?s ?p ?o } #" + "x".repeat(ServerSettings.DEFAULT_MAX_QUERY_CHARS);
        HttpResponse<byte[]> r = Http.post(kg, "application/sparql-query", q, null);
        assertEquals(400, r.statusCode());
        assertEquals("Query too long: " + q.length() + " characters (limit " + ServerSettings.DEFAULT_MAX_QUERY_CHARS + ")",
                     Http.text(r).strip());
    }

    @Test
    void hundredThousandUnionsGetAReasonNotA500() {
        StringBuilder q = new StringBuilder("SELECT * { {}");
        for ( int i = 0; i < 100_000; i++ )
            q.append(" UNION {}");
        q.append(" }");
        HttpResponse<byte[]> r = Http.post(kg, "application/sparql-query", q.toString(), null);
        assertEquals(400, r.statusCode());
        assertEquals("Query too long: " + q.length() + " characters (limit " + ServerSettings.DEFAULT_MAX_QUERY_CHARS + ")",
                     Http.text(r).strip());
    }

    @Test
    void deeplyNestedQueryWithinTheLengthLimitIs400() {
        int depth = 30_000;
        String q = "SELECT * " + "{".repeat(depth) + "?s ?p ?o" + "}".repeat(depth);
        HttpResponse<byte[]> r = Http.post(kg, "application/sparql-query", q, null);
        assertEquals(400, r.statusCode());
        assertEquals("Query too deeply nested: depth 30000 (limit 200)", Http.text(r).strip());
        assertEquals(200, Http.query(kg, "ASK {}", "text/csv").statusCode());
    }

    /** As many UNIONs as fit in the length limit. */
    @Test
    void longestUnionWithinTheLengthLimitIsAnswered() {
        StringBuilder q = new StringBuilder("SELECT (COUNT(*) AS ?n) { {}");
        while ( q.length() < ServerSettings.DEFAULT_MAX_QUERY_CHARS - 20 )
            q.append(" UNION {}");
        q.append(" }");
        long start = System.nanoTime();
        HttpResponse<byte[]> r = Http.post(kg, "application/sparql-query", q.toString(), null);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis < 15_000, "took " + millis + " ms");
        assertEquals(400, r.statusCode());
        assertEquals("Query too complex: nested too deeply to evaluate", Http.text(r).strip());
    }

    @Test
    void requestBodyOverTheLimitIs413() {
        KgServer small = KgServer.builder().dataset(dataset).port(0).maxRequestBytes(4096).maxQueryChars(4096).build().start();
        try {
            String q = "SELECT * { ?s ?p ?o } #" + "x".repeat(5000);
            HttpResponse<byte[]> r = Http.post(small.datasetUrl(), "application/sparql-query", q, null);
            assertEquals(413, r.statusCode());
            assertEquals("Request body too large: " + q.length() + " bytes (limit 4096)", Http.text(r).strip());
            HttpResponse<byte[]> form = Http.post(small.datasetUrl() + "/sparql", "application/x-www-form-urlencoded",
                "query=" + Http.enc(q), null);
            assertEquals(413, form.statusCode());
            assertEquals(200, Http.post(small.datasetUrl(), "application/sparql-query", "ASK {}", null).statusCode());
        } finally {
            small.stop();
        }
    }

    @Test
    void traceIsOffEverywhere() {
        for ( String path : List.of("", "kg", "kg/query", "doc/person/boris-johnson", "id/x", "$/ping", "nothing/here") ) {
            HttpRequest req = Http.request(server.serverUrl() + path).method("TRACE", HttpRequest.BodyPublishers.noBody())
                                  .header("Cookie", "secret=1").build();
            HttpResponse<byte[]> r = Http.send(req);
            assertEquals(405, r.statusCode(), path);
            assertEquals("TRACE is not allowed", Http.text(r).strip(), path);
        }
    }

    @Test
    void pagesUiAndResultsCarrySecurityHeaders() {
        for ( String path : List.of("", "static/", "doc/person/boris-johnson", "kg?query=" + Http.enc("ASK {}"), "$/ping") ) {
            HttpResponse<byte[]> r = Http.get(server.serverUrl() + path, null);
            var h = r.headers();
            assertEquals(HttpHardeningFilter.CSP, h.firstValue("Content-Security-Policy").orElse(null), path);
            assertTrue(HttpHardeningFilter.CSP.contains("frame-ancestors 'none'"));
            assertEquals("DENY", h.firstValue("X-Frame-Options").orElse(null), path);
            assertEquals("same-origin", h.firstValue("Referrer-Policy").orElse(null), path);
            assertEquals("nosniff", h.firstValue("X-Content-Type-Options").orElse(null), path);
        }
    }

    @Test
    void reflectedParametersAreRefused() {
        HttpResponse<byte[]> xsl = Http.get(kg + "?query=" + Http.enc("SELECT * {}") + "&stylesheet=" + Http.enc("\"?><script>x</script>"),
                                            "application/sparql-results+xml");
        assertEquals(400, xsl.statusCode());
        assertEquals("Parameter 'stylesheet' is not supported", Http.text(xsl).strip());
        HttpResponse<byte[]> jsonp = Http.get(kg + "?query=" + Http.enc("SELECT * {}") + "&callback=alert(1)//",
                                              "application/sparql-results+json");
        assertEquals(400, jsonp.statusCode());
        assertEquals("Parameter 'callback' is not supported", Http.text(jsonp).strip());
    }


    @Test
    void failedLoginsAreThrottled() {
        KgServer writable = KgServer.builder().dataset(dataset).port(0).updatePassword("right").build().start();
        try {
            String update = writable.datasetUrl() + "/update";
            String insert = "INSERT DATA { <http://example.org/a> <http://example.org/b> 1 }";
            for ( int i = 1; i <= LoginThrottle.DEFAULT_MAX_FAILURES; i++ )
                assertEquals(401, Http.post(update, "application/sparql-update", insert, Http.basic("admin", "guess" + i)).statusCode(), "try " + i);
            HttpResponse<byte[]> throttled = Http.post(update, "application/sparql-update", insert, Http.basic("admin", "guess"));
            assertEquals(429, throttled.statusCode());
            long retry = Long.parseLong(throttled.headers().firstValue("Retry-After").orElse("0"));
            assertTrue(retry >= 1 && retry <= 60, "Retry-After " + retry);
            // while throttled, even the right password is refused: guessing gains nothing
            assertEquals(429, Http.post(update, "application/sparql-update", "ASK {}", Http.basic("admin", "right")).statusCode());
            // reads need no login and are not throttled
            assertEquals(200, Http.query(writable.datasetUrl(), "ASK {}", "text/csv").statusCode());
        } finally {
            writable.stop();
        }
    }
}
