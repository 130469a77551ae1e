package org.peacetalks.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peacetalks.SeedFixture;
import org.peacetalks.server.KgServer;
import org.peacetalks.vocab.PT;

/**
 * The contested-claims pages of the seed graph over HTTP: listed on the index, linked
 * from the pages of the entities they concern (the side, the issue, a holder speaking
 * for the side), the Russian territory positions of seeds 000 and 001 side by side, and
 * the same page as RDF that Jena and RDF4J read alike.
 */
class ContestedPagesIT {
    static final String TERRITORY = "/id/contested/position/state/russia/issue/territory";
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
        return HTTP.send(HttpRequest.newBuilder(URI.create(root + path)).header("Accept", accept).GET().build(),
            HttpResponse.BodyHandlers.ofByteArray());
    }

    static Document html(String path) throws Exception {
        HttpResponse<byte[]> r = get(path, "text/html");
        assertEquals(200, r.statusCode(), path);
        return Jsoup.parse(new String(r.body(), StandardCharsets.UTF_8));
    }

    @Test
    void indexListsTheDisputes() throws Exception {
        Document d = html("/id/");
        List<String> links = d.select("h2:containsOwn(Contested claims) ~ ul").first().select("a").eachAttr("href");
        assertEquals(List.of("/id/contested/blame/event/istanbul-talks-collapse", "/id/contested/blame/event/russian-invasion-2022",
            "/id/contested/position/state/russia/issue/army-size", "/id/contested/position/state/russia/issue/ceasefire",
            TERRITORY, "/id/contested/position/state/ukraine/issue/nato-membership",
            "/id/contested/position/state/ukraine/issue/negotiation-format"), links);
    }

    @Test
    void entityPagesLinkToTheirDisputes() throws Exception {
        for (String entity : List.of("/doc/state/russia", "/doc/issue/territory", "/doc/person/vladimir-putin", "/doc/org/kremlin"))
            assertTrue(html(entity).select("a[href=" + TERRITORY + "]").size() == 1, entity);
        assertEquals(1, html("/doc/person/boris-johnson").select("a[href=/id/contested/blame/event/istanbul-talks-collapse]").size());
    }

    @Test
    void territoryPageShowsTheKremlinOfferAgainstPutinsRedLine() throws Exception {
        Document d = html("/doc/contested/position/state/russia/issue/territory");
        assertEquals("Russia’s position on Territory", d.selectFirst("h1").text());
        List<String> groups = d.select("h2").eachText();
        assertTrue(groups.contains("offer or concession (limited) (4)"), groups.toString());
        assertTrue(groups.contains("red line (major) (1)"), groups.toString());
        String redLine = d.select("h2:containsOwn(red line (major)) + ul").text();
        assertTrue(redLine.contains("he rules out making any major territorial concessions"), redLine);
        assertTrue(redLine.contains("holder: Vladimir Putin"), redLine);
        assertTrue(redLine.contains("via Reuters"), redLine);
        String limited = d.select("h2:containsOwn(offer or concession (limited)) + ul").text();
        assertTrue(limited.contains("willing to make some “limited” territorial concessions"), limited);
        assertTrue(limited.contains("holder: Kremlin"), limited);
        assertTrue(limited.contains("said on --11-20 (“November 20”)"), limited);
        // each claim links to its span in its article
        assertTrue(d.select("a[href^=/id/article/7efef77ddbabae9d#span-]").size() >= 5);
        assertTrue(d.select("a[href^=/id/article/ad2da7d67e2408bd#span-]").size() >= 1);
    }

    @Test
    void disputeIsServedAsRdfReadAlikeByJenaAndRdf4j() throws Exception {
        HttpResponse<byte[]> r = get("/doc/contested/position/state/russia/issue/territory", "text/turtle");
        assertEquals(200, r.statusCode());
        Graph jena = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(r.body())).lang(Lang.TURTLE).parse(jena);
        Model model = Rio.parse(new ByteArrayInputStream(r.body()), "", RDFFormat.TURTLE);
        StringWriter w = new StringWriter();
        Rio.write(model, w, RDFFormat.NTRIPLES);
        Graph rdf4j = GraphFactory.createDefaultGraph();
        RDFParser.fromString(w.toString(), Lang.NTRIPLES).parse(rdf4j);
        assertTrue(jena.isIsomorphicWith(rdf4j));
        Node d = NodeFactory.createURI("https://w3id.org/peacetalks" + TERRITORY);
        assertTrue(jena.contains(d, org.apache.jena.vocabulary.RDF.type.asNode(), PT.Dispute));
        assertEquals(2, jena.find(d, PT.concerns, Node.ANY).toList().size());
        long claims = jena.find(d, PT.disputedClaim, Node.ANY).toList().size();
        assertEquals(Jsoup.parse(new String(get("/doc/contested/position/state/russia/issue/territory", "text/html").body(),
            StandardCharsets.UTF_8)).select("li > strong").size(), claims);
    }

    @Test
    void ontologyPageShowsEachNewTermWithItsAlignmentAndExample() throws Exception {
        Document d = html("/ontology");
        var dd = d.selectFirst("dt#Assessment + dd");
        assertTrue(dd.text().contains("Alignment: no PROV-O or schema.org counterpart"), dd.text());
        assertTrue(dd.select("div.example pre code").text().contains("?p a pt:Assessment ; pt:assessed ?assessed ; pt:verdict ?verdict"), dd.text());
        assertTrue(d.select("dt#Dispute + dd div.example").size() == 1);
        assertTrue(d.select("dt[id=http://schema.org/parentOrganization]").size() == 1);
    }

    @Test
    void undisputedPropositionHasNoPage() throws Exception {
        assertEquals(404, get("/doc/contested/position/state/ukraine/issue/territory", "text/html").statusCode());
        assertEquals(303, get(TERRITORY, "text/html").statusCode());
    }
}
