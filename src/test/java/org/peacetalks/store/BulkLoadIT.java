package org.peacetalks.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peacetalks.SeedFixture;
import org.peacetalks.server.KgServer;
import org.peacetalks.synth.CorpusGenerator;
import org.peacetalks.vocab.PT;

/**
 * A store bulk-loaded from a dump of the built store serves exactly as the built one:
 * every competency query and a linked-data page give the same bytes; and a
 * generated corpus loads with the counts it was generated with.
 */
class BulkLoadIT {
    @TempDir
    static Path dir;
    static KgServer built, loaded;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void buildDumpLoad() throws IOException {
        Path store = SeedFixture.buildStore(dir);
        Path dump = dir.resolve("dump.trig");
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(store.toString());
        try (OutputStream out = Files.newOutputStream(dump)) {
            Txn.executeRead(dsg, () -> RDFDataMgr.write(out, dsg, Lang.TRIG));
        }
        TDBInternal.expel(dsg);
        var progress = new java.io.ByteArrayOutputStream();
        BulkLoader.Result r = BulkLoader.load(dir.resolve("loaded"), List.of(dump), BulkLoader.Kind.PHASED,
            new java.io.PrintStream(progress, true, StandardCharsets.UTF_8));
        System.err.print(progress.toString(StandardCharsets.UTF_8));
        // TDB2's loader goes past the text dataset: the index is built after it, over every loaded literal
        long documents = SearchIndex.documents(SearchIndex.open(store, System.err));
        assertTrue(progress.toString(StandardCharsets.UTF_8).contains("Building the full-text index "
            + dir.resolve("loaded.new").resolve(SearchIndex.DIRECTORY) + "\n  " + documents + " literals indexed in "),
            progress.toString(StandardCharsets.UTF_8));
        Properties stamp = stamp(store);
        assertEquals(stamp.getProperty("quads"), Long.toString(r.quads()));
        assertEquals(stamp.getProperty("articles"), Long.toString(r.articles()));
        assertEquals(stamp.getProperty("claims"), Long.toString(r.claims()));
        built = SeedFixture.serve(store, null);
        loaded = SeedFixture.serve(dir.resolve("loaded"), null);
    }

    @AfterAll
    static void stop() {
        if (built != null) built.stop();
        if (loaded != null) loaded.stop();
    }

    static Properties stamp(Path store) throws IOException {
        Properties p = new Properties();
        try (var r = Files.newBufferedReader(store.resolve(StoreBuilder.STAMP))) {
            p.load(r);
        }
        return p;
    }

    static String query(KgServer s, String q) throws IOException, InterruptedException {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(s.datasetUrl()))
            .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/tab-separated-values")
            .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(q, StandardCharsets.UTF_8))).build(),
            HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return r.body();
    }

    static String get(KgServer s, String path, String accept) throws IOException, InterruptedException {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(s.serverUrl() + path)).header("Accept", accept).GET().build(),
            HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), path);
        return r.body();
    }

    @Test
    void everyCompetencyQueryAnswersTheSameAsOnTheBuiltStore() throws Exception {
        List<Path> queries;
        try (Stream<Path> s = Files.list(Path.of("queries"))) {
            queries = s.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
        }
        assertTrue(queries.size() >= 19);
        for (Path q : queries) {
            String text = Files.readString(q);
            String expected = Files.readString(Path.of("src/test/resources/expected", q.getFileName().toString().replace(".rq", ".tsv")));
            // the TSV of the service equals the expected rows of the built store (Fuseki ends TSV with a newline too)
            assertEquals(query(built, text), query(loaded, text), q.toString());
            assertEquals(expected.strip(), query(loaded, text).strip(), q.toString());
        }
    }

    @Test
    void entityPagesAreTheSame() throws Exception {
        // the same triples; Turtle's order follows TDB2's node ids, which differ between the stores
        for (String path : List.of("doc/person/boris-johnson", "doc/article/7efef77ddbabae9d")) {
            var a = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
            var b = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
            org.apache.jena.riot.RDFParser.fromString(get(built, path, "text/turtle"), Lang.TURTLE).parse(a);
            org.apache.jena.riot.RDFParser.fromString(get(loaded, path, "text/turtle"), Lang.TURTLE).parse(b);
            assertTrue(a.size() > 10, path + ": " + a.size());
            assertTrue(a.isIsomorphicWith(b), path);
        }
    }

    @Test
    void aGeneratedCorpusLoadsWithItsCounts() throws IOException {
        var ids = PT.Ids.standard();
        StoreBuilder.Prepared prepared = new StoreBuilder(Path.of("data"), Path.of("ontology"), ids).prepare();
        CorpusGenerator gen = CorpusGenerator.of(prepared, ids, 3, 1.0);
        int seeds = prepared.articleGraphs().size();
        Path nq = dir.resolve("gen.nq.gz");
        try (OutputStream out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(nq))) {
            StreamRDF w = StreamRDFWriter.getWriterStream(out, Lang.NQUADS);
            w.start();
            gen.header(w);
            for (int i = 0; i < 2 * seeds; i++) gen.article(i, w);
            w.finish();
        }
        BulkLoader.Result r = BulkLoader.load(dir.resolve("gen"), List.of(nq), BulkLoader.Kind.SEQUENTIAL, System.err);
        assertEquals(2L * seeds, r.articles());
        assertEquals(2L * prepared.claims(), r.claims());
        Properties stamp = stamp(dir.resolve("gen"));
        assertEquals(Long.toString(2L * prepared.claims()), stamp.getProperty("claims"));
        assertTrue(Files.exists(dir.resolve("gen").resolve("Data-0001").resolve("stats.opt")), "optimizer statistics written");
        assertTrue(Files.notExists(dir.resolve("gen.new")), "the fresh directory was swapped in");
    }

    @Test
    void aBrokenFileNamesItselfAndLeavesTheStore() throws IOException {
        Path bad = dir.resolve("bad.nq");
        Files.writeString(bad, "<http://ex/s> <http://ex/p> \"unterminated .\n");
        Path target = dir.resolve("loaded");
        long before = Long.parseLong(stamp(target).getProperty("quads"));
        var e = org.junit.jupiter.api.Assertions.assertThrows(org.peacetalks.util.InputException.class,
            () -> BulkLoader.load(target, List.of(bad), BulkLoader.Kind.PHASED, System.err));
        assertTrue(e.getMessage().startsWith(bad + ": "), e.getMessage());
        assertTrue(e.getMessage().contains("[line: 2, col: 1 ]"), e.getMessage());
        assertEquals(before, Long.parseLong(stamp(target).getProperty("quads")));
    }
}
