package org.peacetalks.ingest;

import org.peacetalks.SeedFixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.query.QueryExecution;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peacetalks.annotate.Annotations;
import org.peacetalks.server.KgServer;
import org.peacetalks.server.ServerSettings;
import org.peacetalks.vocab.PT;

/** Ingest into a running service: visible to queries at once, no restart; a wrong password changes nothing. */
class ServiceIngestIT {
    static final PT.Ids IDS = PT.Ids.standard();
    static final String PASSWORD = "correct horse";

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

    static long count(String pattern) {
        try (QueryExecution qe = QueryExecution.service(server.datasetUrl())
                .query("PREFIX pt: <https://w3id.org/peacetalks/ontology#> SELECT (COUNT(*) AS ?n) { " + pattern + " }").build()) {
            return qe.execSelect().next().getLiteral("n").getLong();
        }
    }

    List<Ingester.Outcome> ingest(String password, Path file) {
        try (ServiceTarget t = new ServiceTarget(server.datasetUrl(), ServerSettings.ADMIN_USER, password, IDS)) {
            return new Ingester(IDS, Cleaner.standard(), a -> Annotations.NONE, t, 1).ingest(List.of(file), null);
        }
    }

    @Test
    void johnsonQuestionFindsAnAttributionInAnIngestedArticle() throws Exception {
        Path f = dir.resolve("analysis.txt");
        Files.writeString(f, "Negotiators recall the spring of 2022 differently.\n\n"
            + "In Istanbul both delegations initialled a draft that would have ended the fighting. "
            + "The agreement was derailed by Boris Johnson, who urged Kyiv to keep fighting instead.\n\n"
            + "Boris Johnson has denied that he torpedoed the peace deal, calling the claim Russian propaganda.\n\n"
            + "After Istanbul, Johnson reportedly told Kyiv to keep fighting rather than sign.\n");
        List<Ingester.Outcome> r;
        try (ServiceTarget t = new ServiceTarget(server.datasetUrl(), ServerSettings.ADMIN_USER, PASSWORD, IDS)) {
            r = new Ingester(IDS, Cleaner.standard(), new org.peacetalks.extract.Extractor(t.reference(), IDS), t, 1)
                .ingest(List.of(f), null);
        }
        assertNull(r.get(0).error());
        String query = Files.readString(Path.of("queries/01-johnson-istanbul-blame.rq"));
        List<String> articles = new java.util.ArrayList<>();
        try (QueryExecution qe = QueryExecution.service(server.datasetUrl()).query(query).build()) {
            qe.execSelect().forEachRemaining(s -> articles.add(s.getLiteral("articleId").getString() + " " + s.getLiteral("sourceKind").getString()
                + " " + s.getLiteral("stance").getString()));
        }
        // the new article in all three stances: the article asserts it, Johnson denies it, the article relays a report of it
        assertEquals(List.of("000_a17960bcbfc5c427 OwnVoice Affirmed", "analysis OwnVoice Affirmed", "analysis NamedSource Denied",
            "analysis OwnVoice Reported"), articles);
    }

    @Test
    void ingestedRepublicationIsQueryableAtOnceAndWrongPasswordChangesNothing() throws Exception {
        String original = Files.readString(Path.of("data/articles/000_a17960bcbfc5c427.txt"));
        Path copy = dir.resolve("syndicated.html");
        Files.writeString(copy, "<html><body><nav>Home</nav><article><h1>Kremlin ready for talks, sources say</h1>"
            + original.lines().map(l -> "<p>" + l.replace("&", "&amp;").replace("<", "&lt;") + "</p>").reduce("", String::concat)
            + "</article><footer>Leave A Reply</footer></body></html>");
        // the other test of this class may have ingested an article already
        long before = count("?a a pt:NewsArticle");

        List<Ingester.Outcome> refused = ingest("wrong", copy);
        assertTrue(refused.get(0).error().getMessage().contains("wrong or missing password"), refused.get(0).error().getMessage());
        assertEquals(before, count("?a a pt:NewsArticle"));

        List<Ingester.Outcome> ok = ingest(PASSWORD, copy);
        assertNull(ok.get(0).error());
        assertEquals("7efef77ddbabae9d", ok.get(0).republicationOf());
        assertEquals(before + 1, count("?a a pt:NewsArticle"));
        assertEquals(1, count("?a pt:republicationOf <https://w3id.org/peacetalks/id/article/7efef77ddbabae9d> ; "
            + "<http://schema.org/headline> \"Kremlin ready for talks, sources say\""));
    }

    static String lastModified(String path) throws Exception {
        var r = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.serverUrl() + path))
            .header("Accept", "text/turtle").build(), java.net.http.HttpResponse.BodyHandlers.discarding());
        assertEquals(200, r.statusCode(), path);
        return r.headers().firstValue("Last-Modified").orElseThrow();
    }

    /** Last-Modified of an ingested article is its commit, in RFC 9110's fixed format; seeds keep the build time. */
    @Test
    void ingestedArticleIsLastModifiedAtItsCommit() throws Exception {
        Path f = dir.resolve("later.txt");
        Files.writeString(f, "Delegations met again in Geneva on Tuesday to discuss prisoner exchanges and grain shipments.\n\n"
            + "The envoy said the talks would continue next week, and that both sides had agreed on an agenda.\n");
        java.time.Instant before = java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        List<Ingester.Outcome> r = ingest(PASSWORD, f);
        java.time.Instant after = java.time.Instant.now();
        assertNull(r.get(0).error());
        String id = r.get(0).articleId();
        for (String path : List.of("doc/article/" + id, "graph/article/" + id)) {
            String lm = lastModified(path);
            assertTrue(lm.matches("(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT"), lm);
            java.time.Instant t = java.time.ZonedDateTime.parse(lm, java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            assertTrue(!t.isBefore(before) && !t.isAfter(after), path + ": " + lm + " not between " + before + " and " + after);
        }
        assertEquals("Fri, 02 Jan 2026 03:04:05 GMT", lastModified("doc/article/7efef77ddbabae9d"));
    }
}
