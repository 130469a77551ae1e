package org.peacetalks.web;

import org.peacetalks.SeedFixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.tdb2.DatabaseMgr;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.peacetalks.server.KgServer;
import org.peacetalks.store.StoreBuilder;
import org.peacetalks.vocab.PT;

/** Dereferencing the seed graph's IRIs over HTTP: formats, redirects, errors, caching headers, pages, every link. */
class LinkedDataIT {
    static final String JOHNSON = "https://w3id.org/peacetalks/id/person/boris-johnson";
    static final String BLAMED = PT.NS + "blamed";

    @TempDir
    static Path dir;
    static KgServer server;
    static String root;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        server = SeedFixture.serve(SeedFixture.buildStore(dir), null);
        root = "http://127.0.0.1:" + server.port();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.stop();
    }

    static HttpResponse<byte[]> get(String path, String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(root + path)).GET();
        if (accept != null) b.header("Accept", accept);
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void entityIriRedirectsToItsDescription() throws Exception {
        HttpResponse<byte[]> r = get("/id/person/boris-johnson", "text/turtle");
        assertEquals(303, r.statusCode());
        assertEquals("/doc/person/boris-johnson", r.headers().firstValue("Location").orElseThrow());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"text/turtle", "application/ld+json", "application/rdf+xml", "application/n-triples", "application/trig"})
    void descriptionParsesToTheSameGraphWithJenaAndRdf4j(String mediaType) throws Exception {
        HttpResponse<byte[]> r = get("/doc/person/boris-johnson", mediaType);
        assertEquals(200, r.statusCode());
        assertEquals(mediaType + "; charset=utf-8", r.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("Accept", r.headers().firstValue("Vary").orElseThrow());
        Lang lang = RDFLanguages.contentTypeToLang(mediaType);
        Graph jena = GraphFactory.createDefaultGraph();
        if (lang.equals(Lang.TRIG)) {
            var ds = org.apache.jena.sparql.core.DatasetGraphFactory.createTxnMem();
            RDFParser.source(new ByteArrayInputStream(r.body())).lang(lang).parse(ds);
            ds.getDefaultGraph().find().forEach(jena::add);
        } else {
            RDFParser.source(new ByteArrayInputStream(r.body())).lang(lang).parse(jena);
        }
        Model model = Rio.parse(new ByteArrayInputStream(r.body()), "", Rio.getParserFormatForMIMEType(mediaType).orElseThrow());
        StringWriter w = new StringWriter();
        Rio.write(model, w, RDFFormat.NTRIPLES);
        Graph rdf4j = GraphFactory.createDefaultGraph();
        RDFParser.fromString(w.toString(), Lang.NTRIPLES).parse(rdf4j);
        assertTrue(jena.isIsomorphicWith(rdf4j), mediaType);
        // the blame claim travels with his description, with its evidence
        assertTrue(jena.contains(Triple.create(org.apache.jena.graph.Node.ANY, NodeFactory.createURI(BLAMED), NodeFactory.createURI(JOHNSON))));
        assertTrue(jena.find(org.apache.jena.graph.Node.ANY, NodeFactory.createURI("http://www.w3.org/ns/oa#exact"), org.apache.jena.graph.Node.ANY)
            .toList().stream().anyMatch(t -> t.getObject().getLiteralLexicalForm().startsWith("Those hopes were dashed")));
    }

    @Test
    void formatParameterOverridesAccept() throws Exception {
        HttpResponse<byte[]> r = get("/doc/person/boris-johnson?format=nt", "text/html");
        assertEquals("application/n-triples; charset=utf-8", r.headers().firstValue("Content-Type").orElseThrow());
    }

    @Test
    void unknownIriIs404AndUnofferedTypeIs406() throws Exception {
        assertEquals(404, get("/doc/person/nobody-at-all", "text/turtle").statusCode());
        assertEquals(406, get("/doc/person/boris-johnson", "image/png").statusCode());
        assertEquals(406, get("/doc/person/boris-johnson?format=xyz", null).statusCode());
    }

    @Test
    void malformedAcceptIsTreatedAsAnything() throws Exception {
        HttpResponse<byte[]> r = get("/doc/person/boris-johnson", ";;;q=,garbage");
        assertEquals(200, r.statusCode());
        assertEquals("text/turtle; charset=utf-8", r.headers().firstValue("Content-Type").orElseThrow());
    }

    @Test
    void headHasGetsHeadersWithoutBodyAndEtagGives304() throws Exception {
        HttpResponse<byte[]> g = get("/doc/person/boris-johnson", "text/turtle");
        HttpResponse<byte[]> h = HTTP.send(HttpRequest.newBuilder(URI.create(root + "/doc/person/boris-johnson"))
            .method("HEAD", HttpRequest.BodyPublishers.noBody()).header("Accept", "text/turtle").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, h.statusCode());
        assertEquals(0, h.body().length);
        String etag = g.headers().firstValue("ETag").orElseThrow();
        assertEquals(etag, h.headers().firstValue("ETag").orElseThrow());
        assertEquals("Fri, 02 Jan 2026 03:04:05 GMT", g.headers().firstValue("Last-Modified").orElseThrow());
        HttpResponse<byte[]> c = HTTP.send(HttpRequest.newBuilder(URI.create(root + "/doc/person/boris-johnson"))
            .header("Accept", "text/turtle").header("If-None-Match", etag).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(304, c.statusCode());
    }

    /** Raw requests: Java's client normalises paths, an attacker's does not. */
    static int rawStatus(String path) throws Exception {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            String status = new String(s.getInputStream().readNBytes(12), StandardCharsets.ISO_8859_1);
            return Integer.parseInt(status.substring(9, 12));
        }
    }

    @Test
    void pathTraversalAndOverlongIrisAreRefused() throws Exception {
        int dotdot = rawStatus("/doc/../../etc/passwd");
        assertTrue(dotdot == 400 || dotdot == 404, "got " + dotdot);
        int encoded = rawStatus("/doc/%2e%2e/%2e%2e/etc/passwd");
        assertTrue(encoded == 400 || encoded == 404, "got " + encoded);
        assertEquals(400, rawStatus("/doc/person/..%2fsecret"), "Jetty refuses an encoded slash as ambiguous");
        assertEquals(414, get("/doc/person/" + "x".repeat(3000), "text/turtle").statusCode());
    }

    @Test
    void johnsonPageShowsTheBlameClaimWithALinkToTheHighlightedSpan() throws Exception {
        Document page = Jsoup.parse(new String(get("/doc/person/boris-johnson", "text/html").body(), StandardCharsets.UTF_8));
        assertEquals("Boris Johnson", page.selectFirst("h1").text());
        Element quote = page.select("blockquote").stream().filter(b -> b.text().startsWith("Those hopes were dashed")).findFirst().orElseThrow();
        String href = quote.parent().select("a[href^=/id/article/]").attr("href");
        assertEquals("/id/article/7efef77ddbabae9d#span-2659-2889", href);
        Document article = Jsoup.parse(new String(get("/doc/article/7efef77ddbabae9d", "text/html").body(), StandardCharsets.UTF_8));
        assertEquals(quote.text(), article.getElementById("span-2659-2889").text());
    }

    @Test
    void republicationsAreLinkedBothWays() throws Exception {
        Document copy = Jsoup.parse(new String(get("/doc/article/50a634084fa216ed", "text/html").body(), StandardCharsets.UTF_8));
        assertTrue(copy.select("a[href=/id/article/16fdd78f1974bbf3]").size() >= 1);
        Document original = Jsoup.parse(new String(get("/doc/article/16fdd78f1974bbf3", "text/html").body(), StandardCharsets.UTF_8));
        assertEquals(1, original.select("a[href=/id/article/50a634084fa216ed]").size());
    }

    @Test
    void everyLinkOnEverySitePageResolves() throws Exception {
        Deque<String> todo = new ArrayDeque<>();
        Set<String> seen = new HashSet<>();
        todo.add("/id/");
        todo.add("/ontology");
        todo.add("/void");
        int pages = 0;
        while (!todo.isEmpty() && pages < 2000) {
            String path = todo.poll();
            if (!seen.add(path)) continue;
            HttpResponse<byte[]> r = HTTP.send(HttpRequest.newBuilder(URI.create(root + path)).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() == 303) {
                todo.add(r.headers().firstValue("Location").orElseThrow());
                continue;
            }
            assertEquals(200, r.statusCode(), path);
            pages++;
            String type = r.headers().firstValue("Content-Type").orElse("");
            if (!type.startsWith("text/html") || path.startsWith("/#")) continue;
            for (Element a : Jsoup.parse(new String(r.body(), StandardCharsets.UTF_8)).select("a[href]")) {
                String href = a.attr("href");
                if (href.startsWith("/#") || href.equals("/") || !href.startsWith("/")) continue;  // the SPARQL UI, external IRIs
                int hash = href.indexOf('#');
                todo.add(hash < 0 ? href : href.substring(0, hash));
            }
        }
        assertTrue(pages > 300, "crawled " + pages + " pages");
    }

    @Test
    void voidDumpsContextAndGraphsAreServed() throws Exception {
        HttpResponse<byte[]> v = get("/.well-known/void", "text/turtle");
        assertEquals(200, v.statusCode());
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(v.body())).lang(Lang.TURTLE).parse(g);
        var triples = g.find(NodeFactory.createURI("https://w3id.org/peacetalks/dataset"),
            NodeFactory.createURI("http://rdfs.org/ns/void#triples"), org.apache.jena.graph.Node.ANY).toList();
        assertEquals(1, triples.size());

        HttpResponse<byte[]> dump = get("/dumps/kg.nq.gz", null);
        assertEquals(200, dump.statusCode());
        var ds = org.apache.jena.sparql.core.DatasetGraphFactory.createTxnMem();
        RDFParser.source(new java.util.zip.GZIPInputStream(new ByteArrayInputStream(dump.body()))).lang(Lang.NQUADS).parse(ds);
        long quads = 0;
        for (var it = ds.find(); it.hasNext(); it.next()) quads++;
        assertEquals(triples.get(0).getObject().getLiteralValue().toString(), Long.toString(quads), "VoID counts what the dump holds");

        HttpResponse<byte[]> trig = get("/dumps/kg.trig.gz", null);
        var ds2 = org.apache.jena.sparql.core.DatasetGraphFactory.createTxnMem();
        RDFParser.source(new java.util.zip.GZIPInputStream(new ByteArrayInputStream(trig.body()))).lang(Lang.TRIG).parse(ds2);
        // compare quad by quad (an isomorphism test over 14k quads is far too slow); blank nodes (in the SHACL
        // shapes of the ontology graph) are relabelled by each parse, so those quads are only counted
        long quads2 = 0;
        for (var it = ds2.find(); it.hasNext();) {
            var q = it.next();
            quads2++;
            if (q.getSubject().isBlank() || q.getObject().isBlank()) continue;
            // same value, not same term: Turtle-family writers abbreviate decimals (80 → 80.0)
            assertTrue(ds.stream(q.getGraph(), q.getSubject(), q.getPredicate(), org.apache.jena.graph.Node.ANY)
                .anyMatch(x -> x.getObject().sameValueAs(q.getObject())), () -> "not in the N-Quads dump: " + q);
        }
        assertEquals(quads, quads2, "TriG and N-Quads dumps hold the same quads");

        var context = new com.fasterxml.jackson.databind.ObjectMapper().readTree(get("/context.jsonld", null).body()).get("@context");
        assertEquals(PT.NS, context.get("pt").asText());
        assertEquals("pt:attributedTo", context.get("attributedTo").get("@id").asText());
        assertEquals(200, get("/context.jsonld", null).statusCode());

        HttpResponse<byte[]> graph = get("/graph/article/7efef77ddbabae9d", "application/trig");
        assertEquals(200, graph.statusCode());
        var one = org.apache.jena.sparql.core.DatasetGraphFactory.createTxnMem();
        RDFParser.source(new ByteArrayInputStream(graph.body())).lang(Lang.TRIG).parse(one);
        assertEquals(1, one.size());
        assertEquals(404, get("/graph/article/0000000000000000", "application/trig").statusCode());
    }

    @Test
    void articleTextWithMarkupIsEscaped(@TempDir Path tmp) throws Exception {
        Path data = tmp.resolve("data");
        Files.createDirectories(data.resolve("articles"));
        Files.createDirectories(data.resolve("reference"));
        Files.writeString(data.resolve("articles/evil.txt"), "Talks <script>alert(1)</script> & <b>bold</b> resumed.\n");
        Files.copy(Path.of("data/reference/actors.ttl"), data.resolve("reference/actors.ttl"));
        Path store = tmp.resolve("tdb2");
        new StoreBuilder(data, Path.of("ontology"), PT.Ids.standard()).build(store);
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(store.toString());
        LinkedDataServlet ld = new LinkedDataServlet(dsg, PT.Ids.standard(), "kg", Instant.now());
        KgServer s = KgServer.builder().dataset(dsg).port(0).servlet("/doc/*", ld).build().start();
        try {
            String id = new org.peacetalks.corpus.Article("evil", "evil.txt", Files.readString(data.resolve("articles/evil.txt")), null).id();
            String html = new String(HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port() + "/doc/article/" + id))
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofByteArray()).body(), StandardCharsets.UTF_8);
            assertTrue(html.contains("Talks &lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt; resumed."), html);
            assertFalse(html.contains("<script>alert(1)"));
        } finally {
            s.stop();
        }
    }
}
