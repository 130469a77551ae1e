package org.peacetalks.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line answers bad input with a one-line message and exit code 1, usage errors with 2, never a stack trace. */
class CliTest {
    @TempDir
    Path dir;

    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        PrintStream oldOut = System.out, oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = Main.run(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void buildReportsAnchorNotInTextWithFileAndLine() throws IOException {
        Path data = dir.resolve("data");
        Files.createDirectories(data.resolve("articles"));
        Files.createDirectories(data.resolve("annotations"));
        Files.createDirectories(data.resolve("reference"));
        Files.writeString(data.resolve("articles/x.txt"), "Talks resumed in Geneva.\n");
        Files.writeString(data.resolve("annotations/x.yaml"), "article: x\nclaims:\n  - anchor: Talks resumed in Vienna.\n"
            + "    source: article\n    statement: { content: talks resumed }\n");
        Files.writeString(data.resolve("reference/empty.ttl"), "");
        Run r = run("build", "--data", data.toString(), "--store", dir.resolve("store").toString());
        assertEquals(1, r.code());
        assertEquals("error: data/annotations/x.yaml:3:13: anchor quote not found in the article text: \"Talks resumed in Vienna.\"\n",
            r.err());
        assertTrue(Files.notExists(dir.resolve("store")), "a failed build creates no store");
    }

    @Test
    void unknownOptionIsAUsageError() {
        Run r = run("build", "--colour");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("Unknown option: '--colour'"), r.err());
    }

    @Test
    void missingDataDirectoryIsReported() {
        Run r = run("build", "--data", dir.resolve("nowhere").toString(), "--store", dir.resolve("store").toString());
        assertEquals(1, r.code());
        assertEquals("error: " + dir.resolve("nowhere/reference") + ": directory not found\n", r.err());
    }

    /** An empty built store (a TDB2 database and the build stamp), enough for serve --no-build and ingest. */
    Path emptyStore() throws IOException {
        Path store = dir.resolve("store");
        var dsg = org.apache.jena.tdb2.DatabaseMgr.connectDatasetGraph(store.toString());
        org.apache.jena.tdb2.sys.TDBInternal.expel(dsg);
        Files.writeString(store.resolve(org.peacetalks.store.StoreBuilder.STAMP), "test\n");
        return store;
    }

    Path ownerOnly(String name, String content) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, content);
        Files.setPosixFilePermissions(f, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        return f;
    }

    @Test
    void serveWithZeroTimeoutNamesTheOption() {
        Run r = run("serve", "--timeout", "0", "--no-build", "--store", dir.resolve("store").toString());
        assertEquals(1, r.code());
        assertEquals("error: --timeout: must be a number of seconds of at least 0.001, found 0.0\n", r.err());
    }

    @Test
    void serveOnAPortInUseSaysSo() throws IOException {
        Path store = emptyStore();
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            Run r = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(60),
                () -> run("serve", "--no-build", "--store", store.toString(), "--port", Integer.toString(port)));
            assertEquals(1, r.code());
            assertEquals("error: --host 127.0.0.1 --port " + port
                + ": cannot listen: address already in use (another server on this port? choose another with --port)\n", r.err());
        }
    }

    /** TDB2 locks its files with an OS file lock; holding it here is what a running serve does. */
    static java.nio.channels.FileLock lock(Path store) throws IOException {
        java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(store.resolve("tdb.lock"),
            java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE);
        return ch.lock();
    }

    @Test
    void serveAndIngestOnALockedStoreSaySo() throws IOException {
        Path store = emptyStore();
        Path article = dir.resolve("a.txt");
        Files.writeString(article, "The negotiators met in Geneva on Monday. The envoy said the talks were useful and would go on "
            + "for weeks, and that both delegations had agreed on the agenda for the next round.\n");
        try (java.nio.channels.FileLock held = lock(store)) {
            String expected = "error: " + store + ": the store is in use by another process, such as a running serve: "
                + "stop it first, or ingest into the running service with --service URL\n";
            Run serve = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(60),
                () -> run("serve", "--no-build", "--store", store.toString(), "--port", "0"));
            assertEquals(1, serve.code());
            assertEquals(expected, serve.err());
            Run ingest = run("ingest", "--store", store.toString(), "--annotate", "none", article.toString());
            assertEquals(1, ingest.code());
            assertEquals(expected, ingest.err());
        }
    }

    /** The real case: a serve in another JVM holds the store; ingest --store names that process. */
    @Test
    void ingestIntoAStoreBeingServedNamesTheServingProcess() throws Exception {
        Path store = emptyStore();
        Path article = dir.resolve("a.txt");
        Files.writeString(article, "The negotiators met in Geneva on Monday. The envoy said the talks were useful and would go on "
            + "for weeks, and that both delegations had agreed on the agenda for the next round.\n");
        Process serve = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp", System.getProperty("java.class.path"), Main.class.getName(),
            "serve", "--no-build", "--store", store.toString(), "--port", "0").redirectErrorStream(true).start();
        try {
            var out = new java.io.BufferedReader(new java.io.InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
            String line;
            long deadline = System.nanoTime() + 60_000_000_000L;
            while ((line = out.readLine()) != null && !line.startsWith("Serving") && System.nanoTime() < deadline) {}
            assertTrue(line != null && line.startsWith("Serving"), "serve did not start: " + line);
            Run ingest = run("ingest", "--store", store.toString(), "--annotate", "none", article.toString());
            assertEquals(1, ingest.code());
            assertEquals("error: " + store + ": the store is in use by another process (process " + serve.pid() + "), such as a running serve: "
                + "stop it first, or ingest into the running service with --service URL\n", ingest.err());
        } finally {
            serve.destroy();
            serve.waitFor();
        }
    }

    @Test
    void passwordFileReadableByOthersIsRefused() throws IOException {
        Path pw = dir.resolve("pw");
        Files.writeString(pw, "secret\n");
        Files.setPosixFilePermissions(pw, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        Run r = run("serve", "--no-build", "--store", dir.resolve("store").toString(), "--password-file", pw.toString());
        assertEquals(1, r.code());
        assertEquals("error: " + pw + ": password file is accessible to other users (permissions rw-r--r--): restrict it with chmod 600 "
            + pw + "\n", r.err());
        Run ingest = run("ingest", "--service", "http://127.0.0.1:1/kg", "--password-file", pw.toString(), pw.toString());
        assertEquals(1, ingest.code());
        assertEquals("error: " + pw + ": password file is accessible to other users (permissions rw-r--r--): restrict it with chmod 600 "
            + pw + "\n", ingest.err());
    }

    @Test
    void ingestIntoAServiceThatIsNotRunningGivesTheReason() throws IOException {
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        String url = "http://127.0.0.1:" + port + "/kg";
        Path pw = ownerOnly("pw", "secret\n");
        Run r = run("ingest", "--service", url, "--password-file", pw.toString(), pw.toString());
        assertEquals(1, r.code());
        assertEquals("error: " + url + ": service not reachable: connection refused (is the service running at this URL?)\n", r.err());
    }

    @Test
    void unexpectedFailureIsOneLineWithoutStackTrace() {
        Run r = run("ingest", "--store", dir.resolve("store").toString(), "--article-timeout", "-1", dir.resolve("x.txt").toString());
        assertEquals(1, r.code());
        assertEquals("error: " + dir.resolve("store") + ": no built store here: run 'build' first\n", r.err());
        assertTrue(!r.err().contains("\tat "), r.err());
    }
}
