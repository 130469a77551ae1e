package org.peacetalks.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * Plain HTTP for the server tests, with java.net.http so that what is checked is
 * what goes over the wire, not what a SPARQL client library makes of it.
 */
final class Http {
    private Http() {}

    /**
     * A new client per request: Jetty may close a connection after refusing a
     * request whose body it did not read, and a pooled connection then fails the
     * next request with "header parser received no bytes".
     */
    private static HttpClient client() {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static HttpResponse<byte[]> send(HttpRequest request) {
        try {
            return client().send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException ex) {
            throw new UncheckedIOException(request.method() + " " + request.uri(), ex);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    static HttpRequest.Builder request(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60));
    }

    static HttpResponse<byte[]> get(String url, String accept) {
        HttpRequest.Builder b = request(url).GET();
        if ( accept != null )
            b.header("Accept", accept);
        return send(b.build());
    }

    /** SPARQL query by GET, {@code ?query=}. */
    static HttpResponse<byte[]> query(String endpoint, String query, String accept) {
        return get(endpoint + "?query=" + enc(query), accept);
    }

    static HttpResponse<byte[]> post(String url, String contentType, String body, String authorization) {
        HttpRequest.Builder b = request(url).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if ( authorization != null )
            b.header("Authorization", authorization);
        return send(b.build());
    }

    static HttpResponse<byte[]> put(String url, String contentType, String body, String authorization) {
        HttpRequest.Builder b = request(url).header("Content-Type", contentType)
                .PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if ( authorization != null )
            b.header("Authorization", authorization);
        return send(b.build());
    }

    static HttpResponse<byte[]> delete(String url, String authorization) {
        HttpRequest.Builder b = request(url).DELETE();
        if ( authorization != null )
            b.header("Authorization", authorization);
        return send(b.build());
    }

    static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    /** The media type of the response, without parameters such as charset. */
    static String mediaType(HttpResponse<?> response) {
        String ct = response.headers().firstValue("Content-Type").orElse("");
        int semi = ct.indexOf(';');
        return (semi < 0 ? ct : ct.substring(0, semi)).trim();
    }
}
