package org.peacetalks.reliability;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** Plain HTTP for the reliability tests: what goes over the wire, as "STATUS message". */
final class Web {
    private Web() {}

    static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static HttpRequest.Builder request(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60));
    }

    static String get(String url) throws IOException, InterruptedException {
        return send(request(url).GET());
    }

    static String post(String url, String contentType, String body, String authorization) throws IOException, InterruptedException {
        HttpRequest.Builder b = request(url).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) b.header("Authorization", authorization);
        return send(b);
    }

    /** "STATUS first line of the body", or of an HTML error page its title. */
    static String send(HttpRequest.Builder b) throws IOException, InterruptedException {
        // a new client per request: Jetty may close a connection whose body it did not read
        HttpResponse<String> r = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()
            .send(b.build(), HttpResponse.BodyHandlers.ofString());
        String body = r.body().strip();
        // Jetty's own error pages are HTML: their title is the message
        String shown = body.startsWith("<") ? org.jsoup.Jsoup.parse(body).title() : body.lines().findFirst().orElse("");
        return r.statusCode() + " " + shown;
    }


    /** "STATUS whole body" of a SPARQL query sent by POST with {@code Accept}. */
    static String query(String url, String query, String accept) throws IOException, InterruptedException {
        HttpResponse<String> r = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()
            .send(request(url).header("Content-Type", "application/sparql-query").header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofString(query)).build(), HttpResponse.BodyHandlers.ofString());
        return r.statusCode() + " " + r.body();
    }
}
