package org.peacetalks.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.peacetalks.server.KgServer;

/**
 * Each shape of runaway query is stopped at the time limit, and its work with it:
 * after the 503, the server's threads go back to idle, measured as the CPU time
 * every thread of this JVM used (ThreadMXBean), not as wall-clock time.
 */
class QueryShapesTimeoutIT {
    static final Duration TIMEOUT = Duration.ofMillis(1000);
    static final String EX = "http://example.org/shape#";
    /** A chain of nodes with a text each: 2 × N triples. */
    static final int N = 2000;
    /** An idle window: all threads together below this share of one core. */
    static final double IDLE_SHARE = 0.10;

    static DatasetGraph dataset;
    static KgServer server;

    @BeforeAll
    static void start() {
        dataset = TDB2Factory.createDataset().asDatasetGraph();
        Node g = NodeFactory.createURI("http://example.org/graph/shapes");
        Node next = NodeFactory.createURI(EX + "next"), text = NodeFactory.createURI(EX + "text");
        dataset.executeWrite(() -> {
            for (int i = 0; i < N; i++) {
                Node n = NodeFactory.createURI(EX + "n" + i);
                dataset.add(g, n, next, NodeFactory.createURI(EX + "n" + (i + 1)));
                dataset.add(g, n, text, NodeFactory.createLiteralString("the talks in istanbul, in march, were close " + i));
            }
        });
        server = KgServer.builder().dataset(dataset).port(0).queryTimeout(TIMEOUT).build().start();
    }

    @AfterAll
    static void stop() {
        server.stop();
        dataset.close();
    }

    static String values(String var, int n) {
        return "VALUES ?" + var + " { " + IntStream.range(0, n).mapToObj(Integer::toString).collect(Collectors.joining(" ")) + " }";
    }

    /** CPU nanoseconds each live thread has used so far. */
    static Map<Long, Long> cpu(ThreadMXBean mx) {
        Map<Long, Long> m = new HashMap<>();
        for (long id : mx.getAllThreadIds()) {
            long t = mx.getThreadCpuTime(id);
            if (t >= 0) m.put(id, t);
        }
        return m;
    }

    /**
     * Waits (up to {@code within}) for a window of {@code window} in which all threads
     * but this one used less than {@link #IDLE_SHARE} of a core; returns the share of
     * the last window and its busiest thread.
     */
    static String waitForIdle(Duration window, Duration within) throws InterruptedException {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long self = Thread.currentThread().getId();
        long deadline = System.nanoTime() + within.toNanos();
        String last;
        do {
            Map<Long, Long> before = cpu(mx);
            long t0 = System.nanoTime();
            Thread.sleep(window.toMillis());
            Map<Long, Long> after = cpu(mx);
            long elapsed = System.nanoTime() - t0, used = 0, most = 0, busiest = -1;
            for (Map.Entry<Long, Long> e : after.entrySet()) {
                if (e.getKey() == self) continue;
                long d = e.getValue() - before.getOrDefault(e.getKey(), 0L);
                used += d;
                if (d > most) { most = d; busiest = e.getKey(); }
            }
            double share = (double) used / elapsed;
            var info = busiest < 0 ? null : mx.getThreadInfo(busiest);
            last = String.format("%.0f%% of a core, busiest %s", 100 * share, info == null ? "none" : info.getThreadName());
            if (share < IDLE_SHARE) return "idle: " + last;
        } while (System.nanoTime() < deadline);
        return "busy: " + last;
    }

    /** The measure can fail: a thread spinning through the window is seen, by name. */
    @org.junit.jupiter.api.Test
    void idleMeasureSeesABusyThread() throws InterruptedException {
        java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
        Thread spin = new Thread(() -> { while (!stop.get()) Thread.onSpinWait(); }, "spinner");
        spin.start();
        try {
            String r = waitForIdle(Duration.ofMillis(500), Duration.ofMillis(1200));
            assertTrue(r.startsWith("busy: ") && r.endsWith("busiest spinner"), r);
        } finally {
            stop.set(true);
            spin.join();
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " :: ", value = {
        "cross join :: SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }",
        "property path :: SELECT (COUNT(*) AS ?n) { ?a (<" + EX + "next>|^<" + EX + "next>)* ?b . ?b (<" + EX + "next>|^<" + EX + "next>)* ?c }",
        "ORDER BY :: SELECT ?a ?d ?g { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY DESC(STR(?c)) ?f ?i LIMIT 5",
        "regex :: SELECT (COUNT(*) AS ?n) { ?s <" + EX + "text> ?o FILTER(regex(?o, \"^(([a-z ,.0-9]+)*)*X$\")) }",
        "huge VALUES :: VALUES"})
    void runawayQueryIsStoppedAndItsWorkWithIt(String shape, String query) throws Exception {
        if (query.equals("VALUES"))
            query = "SELECT (COUNT(*) AS ?n) { " + values("x", 8000) + " " + values("y", 8000) + " ?a ?b ?c }";
        assertTrue(query.length() < 100_000, "within the query length limit");
        assertTrue(waitForIdle(Duration.ofMillis(500), Duration.ofSeconds(20)).startsWith("idle"), "idle before " + shape);
        long start = System.nanoTime();
        String r = Web.post(server.datasetUrl(), "application/sparql-query", query, null);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals("503 Query timed out", r, shape);
        assertTrue(millis >= TIMEOUT.toMillis(), shape + " answered before the limit: " + millis + " ms");
        // a generous bound for a loaded machine: unbounded, each of these runs for hours
        assertTrue(millis < 15_000, shape + " took " + millis + " ms");
        String after = waitForIdle(Duration.ofMillis(1000), Duration.ofSeconds(5));
        assertTrue(after.startsWith("idle"), shape + ": after the 503 the work went on: " + after);
        System.out.printf("%s: 503 after %d ms, then %s%n", shape, millis, after);
        assertEquals("200 n\r\n" + 2 * N + "\r\n", Web.query(server.datasetUrl(), "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }", "text/csv"));
    }
}
