package org.peacetalks.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.exec.http.GSP;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.peacetalks.SeedFixture;
import org.peacetalks.ingest.ServiceTarget;
import org.peacetalks.vocab.PT;

/**
 * text:query on the running service: the public read-only endpoint answers it over the
 * union graph, and each authenticated write (GSP PUT as ingest does, SPARQL Update)
 * changes the hits at once; the tests run in order on one store.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TextSearchIT {
    static final String PASSWORD = "correct horse";
    static final String ARTICLE_001 = "https://w3id.org/peacetalks/graph/article/ad2da7d67e2408bd";
    static final String QUERY_26 = "queries/26-claims-mentioning-fight-on.rq";
    static final HttpClient HTTP = HttpClient.newHttpClient();

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

    /** Article id and evidence of each row of query 26, asked of the public endpoint. */
    static List<String> fightOn() throws Exception {
        List<String> rows = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.service(server.datasetUrl()).query(Files.readString(Path.of(QUERY_26))).build()) {
            qe.execSelect().forEachRemaining(s -> rows.add(s.getLiteral("articleId").getString() + " " + s.getLiteral("evidence").getString()));
        }
        return rows;
    }

    static HttpResponse<String> post(String path, String form, boolean admin) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.datasetUrl() + path))
            .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form));
        if (admin) b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
            (ServerSettings.ADMIN_USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String enc(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }

    @Test
    @Order(1)
    void theCompetencyQueryAnswersOnThePublicEndpoint() throws Exception {
        assertEquals(List.of(
            "000_a17960bcbfc5c427 Those hopes were dashed during the famous meeting between Zelenskiy and former UK Prime Minister "
                + "Boris Johnson in April, who told the Ukrainian leader that the West would not provide Ukraine with security deals, and to “fight on.”",
            "001_5ebe0946f73e4939 The two sources said that if no ceasefire is agreed, then Russia will fight on."), fightOn());
    }

    @Test
    @Order(2)
    void aBadLuceneQueryIsRefusedAndWritesNeedThePassword() throws Exception {
        HttpResponse<String> bad = post("", "query=" + enc("PREFIX text: <http://jena.apache.org/text#> SELECT ?s { ?s text:query 'fight AND' }"), false);
        assertEquals(400, bad.statusCode(), bad.body());
        assertTrue(bad.body().contains("fight AND"), bad.body());
        HttpResponse<String> anonymous = post("/update", "update=" + enc("DROP GRAPH <" + ARTICLE_001 + ">"), false);
        assertEquals(401, anonymous.statusCode());
        assertEquals(2, fightOn().size());
    }

    @Test
    @Order(3)
    void anArticleReplacedByIngestLosesItsOldHits() throws Exception {
        Graph before = GSP.service(server.datasetUrl()).graphName(ARTICLE_001).GET();
        Graph after = GraphFactory.createDefaultGraph();
        before.find().forEach(t -> {
            Node o = t.getObject();
            if (o.isLiteral() && o.getLiteralLexicalForm().contains("fight on"))
                o = NodeFactory.createLiteralString(o.getLiteralLexicalForm().replace("fight on", "keep fighting"));
            after.add(Triple.create(t.getSubject(), t.getPredicate(), o));
        });
        try (ServiceTarget target = new ServiceTarget(server.datasetUrl(), ServerSettings.ADMIN_USER, PASSWORD, PT.Ids.standard())) {
            target.replace(ARTICLE_001, after);
        }
        List<String> rows = fightOn();
        assertEquals(1, rows.size(), rows.toString());
        assertTrue(rows.get(0).startsWith("000_a17960bcbfc5c427 "), rows.toString());
        assertEquals(1, count("?s text:query (oa:exact '\"russia will keep fighting\"')"));
    }

    @Test
    @Order(4)
    void aGraphDroppedByUpdateLeavesTheIndex() throws Exception {
        HttpResponse<String> drop = post("/update", "update=" + enc("DROP GRAPH <" + ARTICLE_001 + ">"), true);
        assertEquals(200, drop.statusCode(), drop.body());
        assertEquals(0, count("?s text:query (oa:exact '\"russia will keep fighting\"')"));
        assertEquals(0, count("(?s ?score ?lit ?g) text:query (pt:text 'russia') FILTER(?g = <" + ARTICLE_001 + ">)"));
        assertEquals(1, fightOn().size());
    }

    static long count(String pattern) {
        try (QueryExecution qe = QueryExecution.service(server.datasetUrl())
                .query("PREFIX text: <http://jena.apache.org/text#> PREFIX oa: <http://www.w3.org/ns/oa#> "
                    + "PREFIX pt: <https://w3id.org/peacetalks/ontology#> SELECT (COUNT(*) AS ?n) { " + pattern + " }").build()) {
            return qe.execSelect().next().getLiteral("n").getLong();
        }
    }
}
