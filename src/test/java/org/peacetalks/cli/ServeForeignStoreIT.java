package org.peacetalks.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peacetalks.store.StoreBuilder;

/**
 * A TDB2 store made by another tool (here Jena's own loader, no bookkeeping file) is
 * served by {@code serve}, with and without {@code --no-build}: its bookkeeping is
 * counted and its text index built on first open, and it is never rebuilt over from data/.
 */
class ServeForeignStoreIT {
    static final String TRIG = """
        PREFIX pt:   <https://w3id.org/peacetalks/ontology#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        <https://w3id.org/peacetalks/graph/article/aaaa000000000001> {
            <https://w3id.org/peacetalks/id/article/aaaa000000000001> a pt:NewsArticle ; pt:text "Talks resumed in Geneva." .
            <https://w3id.org/peacetalks/id/claim/aaaa000000000001/c1> a pt:Claim ; rdfs:label "one" .
            <https://w3id.org/peacetalks/id/claim/aaaa000000000001/c2> a pt:Claim ; rdfs:label "two" .
        }
        <https://w3id.org/peacetalks/graph/article/aaaa000000000002> {
            <https://w3id.org/peacetalks/id/article/aaaa000000000002> a pt:NewsArticle ; pt:text "Talks stalled." .
        }
        """;

    @TempDir
    Path dir;

    Path foreignStore(String name) {
        Path store = dir.resolve(name);
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(store.toString());
        var loader = LoaderFactory.basicLoader(dsg, (fmt, args) -> {});
        loader.startBulk();
        RDFParser.fromString(TRIG, Lang.TRIG).parse(loader.stream());
        loader.finishBulk();
        TDBInternal.expel(dsg);
        assertTrue(Files.notExists(store.resolve(StoreBuilder.STAMP)));
        return store;
    }

    /** Starts serve in its own JVM, waits for "Serving", returns its output so far and the URL, and runs {@code check}. */
    List<String> serve(Path store, boolean noBuild, String query, String expectedTsv) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
            "-cp", System.getProperty("java.class.path"), Main.class.getName(), "serve", "--store", store.toString(), "--port", "0"));
        if (noBuild) cmd.add("--no-build");
        Process serve = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        List<String> lines = new ArrayList<>();
        try {
            var out = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
            String line;
            long deadline = System.nanoTime() + 90_000_000_000L;
            while ((line = out.readLine()) != null && System.nanoTime() < deadline) {
                if (!line.contains(" INFO ")) lines.add(line);
                if (line.startsWith("Serving")) break;
            }
            assertTrue(line != null && line.startsWith("Serving"), "serve did not start: " + lines);
            String url = line.replaceAll(".* at (http://\\S+) .*", "$1");
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/tab-separated-values")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode(), r.body());
            assertEquals(expectedTsv, r.body());
            return lines;
        } finally {
            serve.destroy();
            serve.waitFor();
        }
    }

    static final String COUNT = "SELECT (COUNT(*) AS ?quads) WHERE { GRAPH ?g { ?s ?p ?o } }";

    @Test
    void servedWithNoBuildAndCountedOnce() throws Exception {
        Path store = foreignStore("foreign");
        List<String> out = serve(store, true, COUNT, "?quads\n8\n");
        assertEquals("Store " + store + " has no bookkeeping: counting its articles, claims and quads once.", out.get(0));
        // no text index either: built on first open, over the 2 texts and 2 labels
        assertEquals("Building the full-text index " + store.resolve("text-index"), out.get(1));
        assertTrue(out.get(2).matches("  4 literals indexed in [\\d.]+ s"), out.get(2));
        assertEquals("Store " + store + ": 2 articles, 2 claims, 8 quads.", out.get(3));
        Properties stamp = new Properties();
        try (var r = Files.newBufferedReader(store.resolve(StoreBuilder.STAMP))) {
            stamp.load(r);
        }
        assertEquals("2", stamp.getProperty("articles"));
        assertEquals("2", stamp.getProperty("claims"));
        assertEquals("8", stamp.getProperty("quads"));
        // the second start reads the bookkeeping instead of counting again
        List<String> again = serve(store, true, COUNT, "?quads\n8\n");
        assertTrue(again.get(0).startsWith("Serving"), again.toString());
        // and the index built on first open answers text:query
        serve(store, true, "SELECT ?a WHERE { ?a <http://jena.apache.org/text#query> (<https://w3id.org/peacetalks/ontology#text> 'geneva') }",
            "?a\n<https://w3id.org/peacetalks/id/article/aaaa000000000001>\n");
    }

    @Test
    void servedWithoutNoBuildIsNotRebuiltFromData() throws Exception {
        Path store = foreignStore("foreign2");
        List<String> out = serve(store, false, "SELECT ?t WHERE { ?a a <https://w3id.org/peacetalks/ontology#NewsArticle> ; "
            + "<https://w3id.org/peacetalks/ontology#text> ?t } ORDER BY ?t", "?t\n\"Talks resumed in Geneva.\"\n\"Talks stalled.\"\n");
        assertTrue(out.stream().noneMatch(l -> l.contains("building")), out.toString());
    }
}
