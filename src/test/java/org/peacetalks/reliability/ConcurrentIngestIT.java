package org.peacetalks.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peacetalks.SeedFixture;
import org.peacetalks.extract.Gazetteer;
import org.peacetalks.extract.GazetteerAnnotator;
import org.peacetalks.ingest.Cleaner;
import org.peacetalks.ingest.Ingester;
import org.peacetalks.ingest.ServiceTarget;
import org.peacetalks.server.KgServer;
import org.peacetalks.server.ServerSettings;
import org.peacetalks.vocab.PT;

/**
 * Analysts query while articles are ingested into the running service: every
 * query is answered (0 errors, every result parses), and every answer sees each
 * article whole or not at all: the article count a client sees never goes down,
 * and every article it sees has its text and its source file.
 */
class ConcurrentIngestIT {
    static final PT.Ids IDS = PT.Ids.standard();
    static final String PASSWORD = "concurrent";
    static final int CLIENTS = 6;
    static final int ARTICLES = 12;
    static final String ARTICLE_COUNT = "PREFIX pt: <https://w3id.org/peacetalks/ontology#> "
        + "SELECT (COUNT(DISTINCT ?a) AS ?n) (COUNT(DISTINCT ?whole) AS ?w) "
        + "{ GRAPH ?g { ?a a pt:NewsArticle OPTIONAL { ?a pt:text ?t ; pt:sourceFile ?f BIND(?a AS ?whole) } } }";

    @TempDir
    static Path dir;
    static KgServer server;

    @BeforeAll
    static void start() {
        server = SeedFixture.serve(SeedFixture.buildStore(dir), PASSWORD);
    }

    @AfterAll
    static void stop() {
        if (server != null) server.stop();
    }

    static final ObjectMapper JSON = new ObjectMapper();

    /** The rows of a JSON result, or an error naming the query. */
    static JsonNode select(String query) throws IOException, InterruptedException {
        String r = Web.query(server.datasetUrl(), query, "application/sparql-results+json");
        if (!r.startsWith("200 ")) throw new IllegalStateException(r.substring(0, Math.min(200, r.length())));
        return JSON.readTree(r.substring(4)).path("results").path("bindings");
    }

    static long number(JsonNode row, String var) {
        return Long.parseLong(row.path(var).path("value").asText());
    }

    @Test
    void queriesDuringIngestAllSucceedAndSeeWholeArticles() throws Exception {
        List<String> queries = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("queries"))) {
            for (Path q : s.filter(p -> p.toString().endsWith(".rq")).sorted().toList()) queries.add(Files.readString(q));
        }
        queries.add(ARTICLE_COUNT);
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("data/eval/dev"))) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().limit(ARTICLES).toList();
        }
        long before = number(select(ARTICLE_COUNT).get(0), "n");

        AtomicBoolean done = new AtomicBoolean();
        ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicLong answered = new AtomicLong();
        List<Thread> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            int offset = c;
            Thread t = new Thread(() -> {
                long seen = before;
                for (int i = offset; !done.get() || i < offset + queries.size(); i++) {
                    String q = queries.get(i % queries.size());
                    long t0 = System.nanoTime();
                    try {
                        JsonNode rows = select(q);
                        latencies.add((System.nanoTime() - t0) / 1_000_000);
                        answered.incrementAndGet();
                        if (q == ARTICLE_COUNT) {
                            long n = number(rows.get(0), "n"), whole = number(rows.get(0), "w");
                            if (n < seen) errors.add("article count went down from " + seen + " to " + n);
                            if (whole != n) errors.add(n + " articles seen, only " + whole + " with text and source file");
                            seen = n;
                        }
                    } catch (Exception e) {
                        errors.add(e.getMessage());
                    }
                }
            }, "client-" + c);
            t.start();
            clients.add(t);
        }
        List<Ingester.Outcome> outcomes;
        long t0 = System.nanoTime();
        try (ServiceTarget target = new ServiceTarget(server.datasetUrl(), ServerSettings.ADMIN_USER, PASSWORD, IDS)) {
            outcomes = new Ingester(IDS, Cleaner.standard(), new GazetteerAnnotator(Gazetteer.of(target.reference())), target, 1)
                .ingest(files, null);
        } finally {
            done.set(true);
        }
        for (Thread t : clients) t.join(120_000);
        double seconds = (System.nanoTime() - t0) / 1e9;

        List<String> failed = outcomes.stream().filter(o -> !o.ok()).map(o -> o.error().getMessage()).toList();
        assertEquals(List.of(), failed);
        assertEquals(List.of(), List.copyOf(errors), "errors while ingesting");
        assertEquals(before + ARTICLES, number(select(ARTICLE_COUNT).get(0), "n"));
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        assertTrue(answered.get() >= CLIENTS * queries.size(), "queries answered: " + answered.get());
        System.out.printf("%d queries from %d clients during the ingest of %d articles (%.1f s): %.0f q/s, 0 errors, p50 %d ms, p99 %d ms%n",
            answered.get(), CLIENTS, ARTICLES, seconds, answered.get() / seconds, sorted.get(sorted.size() / 2),
            sorted.get((int) (sorted.size() * 0.99)));
    }
}
