package org.peacetalks.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * First filter of every request:
 * <ul>
 * <li>{@code TRACE} (and {@code TRACK}) answer 405: servlets' default {@code doTrace}
 *     echoes the request headers, {@code Authorization} and {@code Cookie} included;</li>
 * <li>every response carries a Content-Security-Policy (scripts and styles only
 *     from this server, no framing), {@code X-Frame-Options: DENY},
 *     {@code Referrer-Policy} and {@code X-Content-Type-Options: nosniff};</li>
 * <li>a request body to the public query endpoints larger than
 *     {@link ServerSettings#maxRequestBytes()} answers 413 before anything reads it,
 *     and one without a declared length 411, since its size is unknown until read.
 *     The authenticated write endpoints ({@code update}, {@code data}) take whole
 *     article graphs and are not limited here;</li>
 * <li>{@code /$/metrics} answers GET, HEAD and OPTIONS only (405 otherwise).</li>
 * </ul>
 */
final class HttpHardeningFilter implements Filter {
    /**
     * The Fuseki UI is a single-page application of scripts and style sheets from
     * this server; it and our pages use inline style attributes, no inline script.
     */
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
        + "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    static final String REFERRER_POLICY = "same-origin";

    static final String METRICS = "/$/metrics";
    private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final String datasetPath;
    private final Set<String> unlimited;
    private final long maxRequestBytes;

    HttpHardeningFilter(ServerSettings settings) {
        this.datasetPath = "/" + settings.datasetName();
        this.unlimited = Set.of(datasetPath + "/update", datasetPath + "/data");
        this.maxRequestBytes = settings.maxRequestBytes();
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        resp.setHeader("Content-Security-Policy", CSP);
        resp.setHeader("X-Frame-Options", "DENY");
        resp.setHeader("Referrer-Policy", REFERRER_POLICY);
        resp.setHeader("X-Content-Type-Options", "nosniff");
        String method = req.getMethod();
        if ( "TRACE".equals(method) || "TRACK".equals(method) ) {
            resp.setHeader("Allow", "GET, HEAD, POST, OPTIONS");
            refuse(resp, HttpServletResponse.SC_METHOD_NOT_ALLOWED, method + " is not allowed");
            return;
        }
        if ( req.getRequestURI().equals(METRICS) && !READ_METHODS.contains(method) ) {
            // Fuseki's metrics action would answer any method; it is for reading
            resp.setHeader("Allow", "GET, HEAD, OPTIONS");
            refuse(resp, HttpServletResponse.SC_METHOD_NOT_ALLOWED, method + " is not allowed on " + METRICS);
            return;
        }
        if ( isQueryEndpoint(req.getRequestURI()) && hasBody(req) ) {
            long length = req.getContentLengthLong();
            if ( length < 0 ) {
                refuse(resp, 411, "Request body without Content-Length (limit " + maxRequestBytes + " bytes)");
                return;
            }
            if ( length > maxRequestBytes ) {
                refuse(resp, 413, "Request body too large: " + length + " bytes (limit " + maxRequestBytes + ")");
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private boolean isQueryEndpoint(String uri) {
        return uri.equals(datasetPath) || uri.startsWith(datasetPath + "/") && !unlimited.contains(uri);
    }

    private static boolean hasBody(HttpServletRequest req) {
        return req.getContentLengthLong() > 0 || req.getHeader("Transfer-Encoding") != null;
    }

    /** A one-line plain-text reason; the connection is closed since the body is left unread. */
    static void refuse(HttpServletResponse resp, int status, String message) throws IOException {
        byte[] body = (message + "\n").getBytes(StandardCharsets.UTF_8);
        resp.setStatus(status);
        resp.setHeader("Connection", "close");
        resp.setContentType("text/plain; charset=utf-8");
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }
}
