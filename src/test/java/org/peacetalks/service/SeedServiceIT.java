package org.peacetalks.service;

import org.peacetalks.SeedFixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.graph.GraphFactory;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.peacetalks.server.KgServer;

/**
 * The service as the README starts it, on the seed store: the Johnson question
 * over HTTP in JSON and CSV, and a CONSTRUCT of the answer's evidence in every
 * RDF format, each parsed by RDF4J Rio to the same graph Jena reads.
 */
class SeedServiceIT {
    @TempDir
    static Path dir;
    static KgServer server;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        server = SeedFixture.serve(SeedFixture.buildStore(dir), null);
    }

    @AfterAll
    static void stop() {
        if (server != null) server.stop();
    }

    static HttpResponse<byte[]> query(String query, String accept) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.datasetUrl() + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
            .header("Accept", accept).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static String johnson() throws IOException {
        return Files.readString(Path.of("queries/01-johnson-istanbul-blame.rq"));
    }

    @Test
    void johnsonQuestionAnsweredInJson() throws Exception {
        HttpResponse<byte[]> r = query(johnson(), "application/sparql-results+json");
        assertEquals(200, r.statusCode());
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(r.body()), ResultSetLang.RS_JSON);
        List<QuerySolution> rows = new java.util.ArrayList<>();
        rs.forEachRemaining(rows::add);
        assertEquals(1, rows.size(), "only seed 000 blames Johnson");
        QuerySolution row = rows.get(0);
        assertEquals("000_a17960bcbfc5c427", row.getLiteral("articleId").getString());
        assertEquals("OwnVoice", row.getLiteral("sourceKind").getString());
        assertTrue(row.getLiteral("evidence").getString().contains("former UK Prime Minister Boris Johnson in April"));
    }

    @Test
    void johnsonQuestionAnsweredInCsv() throws Exception {
        HttpResponse<byte[]> r = query(johnson(), "text/csv");
        assertEquals(200, r.statusCode());
        String[] lines = new String(r.body(), StandardCharsets.UTF_8).split("\r\n");
        assertEquals("article,articleId,sourceKind,source,sourceLabel,viaLabel,verb,certainty,stance,evidence,start,end", lines[0]);
        assertEquals(2, lines.length);
        assertTrue(lines[1].startsWith("https://w3id.org/peacetalks/id/article/7efef77ddbabae9d,000_a17960bcbfc5c427,OwnVoice,"), lines[1]);
    }

    static final String CONSTRUCT = """
        PREFIX pt: <https://w3id.org/peacetalks/ontology#>
        PREFIX oa: <http://www.w3.org/ns/oa#>
        CONSTRUCT { ?c pt:attributedTo ?s ; pt:evidence ?e . ?e oa:hasSelector ?sel . ?sel ?p ?o }
        WHERE { ?c pt:asserts/pt:blamed <https://w3id.org/peacetalks/id/person/boris-johnson> ;
                   pt:attributedTo ?s ; pt:evidence ?e . ?e oa:hasSelector ?sel . ?sel ?p ?o }
        """;

    @ParameterizedTest(name = "{0}")
    @CsvSource({"text/turtle", "application/ld+json", "application/n-triples", "application/rdf+xml"})
    void constructInEveryFormatParsesToTheSameGraphWithJenaAndRdf4j(String mediaType) throws Exception {
        HttpResponse<byte[]> nt = query(CONSTRUCT, "application/n-triples");
        Graph expected = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(nt.body())).lang(Lang.NTRIPLES).parse(expected);
        assertEquals(11, expected.size(), "attributedTo, evidence, hasSelector x2, quote selector (4), position selector (3)");

        HttpResponse<byte[]> r = query(CONSTRUCT, mediaType);
        assertEquals(200, r.statusCode());
        Lang lang = org.apache.jena.riot.RDFLanguages.contentTypeToLang(mediaType);
        Graph viaJena = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(r.body())).lang(lang).parse(viaJena);
        assertTrue(expected.isIsomorphicWith(viaJena), mediaType + " read by Jena");

        RDFFormat format = Rio.getParserFormatForMIMEType(mediaType).orElseThrow();
        Model model = Rio.parse(new ByteArrayInputStream(r.body()), "", format);
        java.io.StringWriter w = new java.io.StringWriter();
        Rio.write(model, w, RDFFormat.NTRIPLES);
        Graph viaRdf4j = GraphFactory.createDefaultGraph();
        RDFParser.fromString(w.toString(), Lang.NTRIPLES).parse(viaRdf4j);
        assertTrue(expected.isIsomorphicWith(viaRdf4j), mediaType + " read by RDF4J Rio");
    }
}
