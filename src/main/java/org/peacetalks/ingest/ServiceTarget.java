package org.peacetalks.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.sparql.graph.GraphFactory;
import org.peacetalks.util.InputException;
import org.peacetalks.vocab.PT;

/**
 * Ingest into a running service: graphs are read with the Graph Store Protocol,
 * stored texts with SPARQL, and each article's graph is replaced by one GSP PUT
 * (one transaction on the server) with the service's update credentials.
 */
public final class ServiceTarget implements IngestTarget {
    private final String dataset;
    private final String auth;
    private final PT.Ids ids;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** {@code datasetUrl} like http://127.0.0.1:3030/kg; user and password of the service's update endpoint. */
    public ServiceTarget(String datasetUrl, String user, String password, PT.Ids ids) {
        this.dataset = datasetUrl.replaceAll("/+$", "");
        this.auth = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        this.ids = ids;
    }

    private HttpResponse<byte[]> send(HttpRequest req) {
        try {
            return http.send(req, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new InputException(dataset, "service not reachable: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InputException(dataset, "interrupted");
        }
    }

    private Graph graph(String graphIri) {
        HttpResponse<byte[]> r = send(HttpRequest.newBuilder(URI.create(dataset + "?graph=" + enc(graphIri)))
            .header("Accept", "application/n-triples").GET().build());
        if (r.statusCode() != 200) throw new InputException(dataset, "cannot read graph <" + graphIri + ">: HTTP " + r.statusCode());
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(new String(r.body(), StandardCharsets.UTF_8), Lang.NTRIPLES).parse(g);
        return g;
    }

    @Override public Graph ontology() { return graph(ids.ontologyGraph()); }

    @Override public Graph reference() { return graph(ids.referenceGraph()); }

    @Override
    public Map<String, String> articleTexts() {
        HttpResponse<byte[]> r = send(HttpRequest.newBuilder(URI.create(dataset))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", "application/sparql-results+json")
            .POST(HttpRequest.BodyPublishers.ofString("query=" + enc(StoreTarget.ARTICLE_TEXTS))).build());
        if (r.statusCode() != 200) throw new InputException(dataset, "cannot query stored articles: HTTP " + r.statusCode());
        return StoreTarget.articleTexts(ResultSetMgr.read(new java.io.ByteArrayInputStream(r.body()),
            org.apache.jena.riot.resultset.ResultSetLang.RS_JSON));
    }

    @Override
    public void replace(String graphIri, Graph g) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        RDFDataMgr.write(body, g, Lang.NTRIPLES);
        HttpResponse<byte[]> r = send(HttpRequest.newBuilder(URI.create(dataset + "/data?graph=" + enc(graphIri)))
            .header("Content-Type", "application/n-triples; charset=utf-8")
            .header("Authorization", auth)
            .PUT(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
        if (r.statusCode() == 401 || r.statusCode() == 403)
            throw new InputException(dataset, "the service refused the update (HTTP " + r.statusCode() + "): wrong or missing password");
        if (r.statusCode() / 100 != 2)
            throw new InputException(dataset, "the service refused the update: HTTP " + r.statusCode() + " "
                + new String(r.body(), StandardCharsets.UTF_8).strip());
    }

    @Override
    public void close() {}

    private static String enc(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }
}
