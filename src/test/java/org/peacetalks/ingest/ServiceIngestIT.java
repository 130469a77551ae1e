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
            + "The agreement was derailed by Boris Johnson, who urged Kyiv to keep fighting instead.\n");
        List<Ingester.Outcome> r;
        try (ServiceTarget t = new ServiceTarget(server.datasetUrl(), ServerSettings.ADMIN_USER, PASSWORD, IDS)) {
            r = new Ingester(IDS, Cleaner.standard(), new org.peacetalks.extract.Extractor(t.reference(), IDS), t, 1)
                .ingest(List.of(f), null);
        }
        assertNull(r.get(0).error());
        String query = Files.readString(Path.of("queries/01-johnson-istanbul-blame.rq"));
        List<String> articles = new java.util.ArrayList<>();
        try (QueryExecution qe = QueryExecution.service(server.datasetUrl()).query(query).build()) {
            qe.execSelect().forEachRemaining(s -> articles.add(s.getLiteral("articleId").getString() + " " + s.getLiteral("sourceKind").getString()));
        }
        assertEquals(List.of("000_a17960bcbfc5c427 OwnVoice", "analysis OwnVoice"), articles);
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
}
