package org.peacetalks.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import com.code_intelligence.jazzer.api.BugDetectors;
import com.code_intelligence.jazzer.junit.FuzzTest;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.peacetalks.SeedFixture;
import org.peacetalks.server.KgServer;

/**
 * The linked-data paths (/id/…, /doc/…, /graph/…, /ontology and what is beside
 * them) on any request target, sent as raw bytes to a server over the seeds: every
 * answer is one of the statuses a bad path may get, never a 500, and no answer
 * shows a stack trace.
 */
class LinkedDataPathFuzzTest {
    static final Set<Integer> ALLOWED = Set.of(200, 303, 304, 400, 404, 405, 406, 414, 431);
    static final String[] PREFIXES = {"/id/", "/doc/", "/graph/", "/doc/article/", "/id/person/", "/ontology", "/", "/doc/claim/"};
    static final java.util.regex.Pattern STACK_FRAME = java.util.regex.Pattern.compile("\\bat [a-z][\\w$]*(\\.[\\w$]+)+\\(");
    static KgServer server;

    @BeforeAll
    static void fuzzerInitialize() throws IOException {
        Path dir = Files.createTempDirectory("fuzz-ld");
        server = SeedFixture.serve(SeedFixture.buildStore(dir), null);
    }

    @AfterAll
    static void fuzzerTearDown() {
        if (server != null) server.stop();
    }

    @FuzzTest(maxDuration = Fuzz.CI_DURATION)
    void everyPathGetsAnAnswerWithoutAStackTrace(byte[] data) throws IOException {
        fuzzerTestOneInput(data);
    }

    public static void fuzzerTestOneInput(byte[] data) throws IOException {
        if (server == null) fuzzerInitialize();
        String prefix = PREFIXES[data.length == 0 ? 0 : (data[0] & 0xff) % PREFIXES.length];
        // the rest as the path, bytes outside printable ASCII percent-encoded as a client would send them
        StringBuilder target = new StringBuilder(prefix);
        for (int i = 1; i < data.length; i++) {
            int b = data[i] & 0xff;
            if (b > 0x20 && b < 0x7f) target.append((char) b);
            else target.append('%').append(String.format("%02X", b));
        }
        String accept = data.length > 1 && (data[1] & 1) == 1 ? "text/html" : "text/turtle";
        String status;
        byte[] response;
        // the one connection the harness itself makes (Jazzer's SSRF detector watches every socket the JVM opens)
        int port = server.port();
        try (var allowed = BugDetectors.allowNetworkConnections((host, p) -> p == port);
             Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
            s.setSoTimeout(30_000);
            OutputStream out = s.getOutputStream();
            out.write(("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: " + accept + "\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            response = all.toByteArray();
        }
        String text = new String(response, StandardCharsets.UTF_8);
        status = text.length() >= 12 && text.startsWith("HTTP/1.1 ") ? text.substring(9, 12) : "none";
        if (status.equals("none")) throw new AssertionError("no HTTP answer to " + target + ": " + abbreviate(text));
        if (!ALLOWED.contains(Integer.parseInt(status))) throw new AssertionError(status + " for " + target + ": " + abbreviate(text));
        // a 404 names the resource asked for: what the path itself says is not the server's
        String own = text.replace(target.toString(), "");
        try {
            own = own.replace(java.net.URLDecoder.decode(target.toString(), StandardCharsets.UTF_8), "");
        } catch (IllegalArgumentException e) {
            // not decodable: nothing of it can be echoed decoded
        }
        if (own.contains("\tat ") || STACK_FRAME.matcher(own).find())
            throw new AssertionError("stack trace for " + target + ": " + abbreviate(text));
    }

    static String abbreviate(String s) {
        return s.length() <= 600 ? s : s.substring(0, 600) + "...";
    }
}
