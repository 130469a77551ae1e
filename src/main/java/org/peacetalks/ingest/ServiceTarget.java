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
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    /** {@code datasetUrl} like http://127.0.0.1:3030/kg; user and password of the service's update endpoint. */
    public ServiceTarget(String datasetUrl, String user, String password, PT.Ids ids) {
        this.dataset = datasetUrl.replaceAll("/+$", "");
        if (!dataset.matches("(?i)https?://[^/\\s]+/\\S*"))
            throw new InputException(datasetUrl, "not a service dataset URL: expected http://HOST:PORT/DATASET, e.g. http://127.0.0.1:3030/kg");
        this.auth = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        this.ids = ids;
    }

    private HttpResponse<byte[]> send(HttpRequest req) {
        try {
            return http.send(req, HttpResponse.BodyHandlers.ofByteArray());
        } catch (java.net.ConnectException e) {
            throw new InputException(dataset, "service not reachable: connection refused (is the service running at this URL?)", e);
        } catch (java.net.http.HttpTimeoutException e) {
            throw new InputException(dataset, "service not reachable: no answer within " + TIMEOUT.toSeconds() + " s", e);
        } catch (IOException e) {
            throw new InputException(dataset, "service not reachable: " + reason(e), e);
        } catch (IllegalArgumentException e) {
            throw new InputException(dataset, "not a usable service URL: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InputException(dataset, "interrupted");
        }
    }

    private Graph graph(String graphIri) {
        HttpResponse<byte[]> r = send(HttpRequest.newBuilder(URI.create(dataset + "?graph=" + enc(graphIri)))
            .header("Accept", "application/n-triples").GET().build());
        if (r.statusCode() != 200) throw new InputException(dataset, "cannot read graph <" + graphIri + ">: " + status(r));
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
        if (r.statusCode() != 200) throw new InputException(dataset, "cannot query stored articles: " + status(r));
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
        if (r.statusCode() == 404 || r.statusCode() == 405)
            throw new InputException(dataset, "the service refused the update: " + status(r)
                + ": it has no write endpoint (start it with an update password) or the URL is not its dataset URL");
        if (r.statusCode() / 100 != 2)
            throw new InputException(dataset, "the service refused the update: " + status(r));
    }

    @Override
    public void close() {}

    private static final Map<Integer, String> REASONS = Map.ofEntries(Map.entry(400, "Bad Request"), Map.entry(401, "Unauthorized"),
        Map.entry(403, "Forbidden"), Map.entry(404, "Not Found"), Map.entry(405, "Method Not Allowed"), Map.entry(411, "Length Required"),
        Map.entry(413, "Content Too Large"), Map.entry(415, "Unsupported Media Type"), Map.entry(429, "Too Many Requests"),
        Map.entry(500, "Internal Server Error"), Map.entry(502, "Bad Gateway"), Map.entry(503, "Service Unavailable"));

    /** "HTTP 405 Method Not Allowed: first line of the body", without an HTML page's markup. */
    static String status(HttpResponse<byte[]> r) {
        String body = new String(r.body(), StandardCharsets.UTF_8).strip();
        if (body.startsWith("<")) body = org.jsoup.Jsoup.parse(body).text().strip();
        String first = body.lines().findFirst().orElse("").strip();
        if (first.length() > 200) first = first.substring(0, 200) + "...";
        String reason = REASONS.getOrDefault(r.statusCode(), "");
        return "HTTP " + r.statusCode() + (reason.isEmpty() ? "" : " " + reason) + (first.isEmpty() || first.equals(reason) ? "" : ": " + first);
    }

    private static String reason(IOException e) {
        String m = e.getMessage();
        if (m != null && !m.isBlank()) return m;
        Throwable c = e.getCause();
        return c != null && c.getMessage() != null ? c.getMessage() : e.getClass().getSimpleName();
    }

    private static String enc(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }
}
