package org.peacetalks.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.peacetalks.SeedFixture;
import org.peacetalks.annotate.Annotations;
import org.peacetalks.annotate.Annotator;
import org.peacetalks.cli.Main;
import org.peacetalks.ingest.Cleaner;
import org.peacetalks.ingest.Ingester;
import org.peacetalks.ingest.StoreTarget;
import org.peacetalks.server.KgServer;
import org.peacetalks.vocab.PT;

/**
 * Every kind of bad input the project knows, in one catalogue: files and feed lines
 * given to ingest, command lines, and requests to the public endpoint. Each is
 * answered with its exact message, and nothing stored changes: the store ingest
 * writes to and the store being served are fingerprinted (every quad) before and
 * after each case. The catalogue's size is a test of its own, so it is visible and
 * cannot shrink unnoticed.
 */
class BadInputsIT {
    static final PT.Ids IDS = PT.Ids.standard();
    static final String PASSWORD = "correct horse battery";
    /** How many bad inputs the catalogue holds; the issue asks for at least 30. */
    static final int CATALOGUE_SIZE = 49;

    static final String ENGLISH = "The negotiators met in Geneva on Monday. The envoy said the talks were useful and would go on. "
        + "Officials from both sides said they expected a second round within weeks, and that the agenda was not yet fixed. "
        + "There was no word on a ceasefire, which the delegations have discussed for months without any result at all.\n";

    @TempDir
    static Path dir;
    /** Ingest and command-line cases write here (or try to). */
    static Path store;
    /** Served by {@link #server}, with an update password. */
    static Path served;
    static KgServer server;
    static StoreFingerprint.Listener listener;

    @BeforeAll
    static void start() throws IOException {
        Path built = SeedFixture.buildStore(dir.resolve("built"));
        store = StoreFingerprint.copy(built, dir.resolve("store"));
        served = StoreFingerprint.copy(built, dir.resolve("served"));
        server = SeedFixture.serve(served, PASSWORD);
        listener = new StoreFingerprint.Listener();
    }

    @AfterAll
    static void stop() throws IOException {
        if (listener != null) listener.close();
        if (server != null) server.stop();
    }

    record Case(String name, Callable<String> run, String expected) {}

    /** Both stores, quad by quad. */
    static String fingerprints() {
        DatasetGraph s = DatabaseMgr.connectDatasetGraph(store.toString());
        try {
            return "store " + StoreFingerprint.of(s) + "; served " + StoreFingerprint.of(DatabaseMgr.connectDatasetGraph(served.toString()));
        } finally {
            TDBInternal.expel(s);
        }
    }

    @TestFactory
    Stream<DynamicTest> eachBadInputGetsItsMessageAndNothingStoredChanges() throws IOException {
        List<Case> cases = cases();
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            tests.add(dynamicTest(String.format("%02d %s", i + 1, c.name()), () -> {
                String before = fingerprints();
                assertEquals(c.expected(), c.run().call(), c.name());
                assertEquals(before, fingerprints(), "stored data changed by: " + c.name());
            }));
        }
        return tests.stream();
    }

    @Test
    void catalogueHoldsAtLeastThirtyDistinctBadInputs() throws IOException {
        List<Case> cases = cases();
        Set<String> names = new HashSet<>();
        for (Case c : cases) assertTrue(names.add(c.name()), "two cases named " + c.name());
        assertEquals(CATALOGUE_SIZE, cases.size());
        assertTrue(cases.size() >= 30);
    }

    // ---- the catalogue

    List<Case> cases() throws IOException {
        List<Case> c = new ArrayList<>();
        Path inputs = Files.createDirectories(dir.resolve("inputs-" + System.nanoTime()));
        String text = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(ENGLISH);

        // files and feed lines given to ingest
        Path empty = write(inputs, "empty.txt", "");
        c.add(ingestCase("empty file", empty, empty + ": empty file"));
        Path blank = write(inputs, "blank.txt", " \n\t\n");
        c.add(ingestCase("whitespace only", blank, blank + ": empty article (only whitespace)"));
        Path binary = inputs.resolve("image.txt");
        Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        c.add(ingestCase("binary file", binary, binary + ": binary content (NUL byte at offset 4), expected UTF-8 text"));
        Path latin1 = inputs.resolve("latin1.txt");
        Files.write(latin1, "Kyiv said caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
        c.add(ingestCase("not UTF-8", latin1, latin1 + ": invalid UTF-8: malformed byte sequence at byte offset 13"));
        Path russian = write(inputs, "ru.txt", "Переговоры в Стамбуле начались в марте. Делегации обсудили нейтралитет Украины и гарантии "
            + "безопасности, но стороны не смогли договориться о границах и о статусе Крыма, сказал источник агентства.\n".repeat(2));
        c.add(ingestCase("not English", russian, russian + ": not English: only 0% of its words are English function words"));
        Path scripts = write(inputs, "scripts.html", "<html><script>" + "var x = 1;".repeat(200) + "</script><style>p{}</style></html>");
        c.add(ingestCase("HTML with no text", scripts, scripts + ": no article text left after cleaning"));
        Path huge = inputs.resolve("huge.txt");
        Files.write(huge, ENGLISH.repeat((int) (5L * 1024 * 1024 / ENGLISH.length()) + 1).getBytes(StandardCharsets.UTF_8));
        c.add(ingestCase("file over 5 MB", huge, huge + ": file too large: " + Files.size(huge) + " bytes (limit 5242880)"));
        Path tiny = write(inputs, "tiny.txt", "Yes");
        c.add(ingestCase("three-character article", tiny, tiny + ": article too short: 3 characters after cleaning (at least 100)"));
        Path missing = inputs.resolve("missing.txt");
        c.add(ingestCase("missing file", missing, missing + ": not a file"));
        Path folder = Files.createDirectories(inputs.resolve("folder.txt"));
        c.add(ingestCase("a directory", folder, folder + ": not a file"));
        Path broken = write(inputs, "broken.jsonl", "{\"text\": \"unterminated\n");
        c.add(ingestCase("broken JSON line", broken, broken + ":1:23: broken JSON line: Unexpected end-of-input: was expecting closing quote for a string value"));
        Path array = write(inputs, "array.jsonl", "[" + text + "]\n");
        c.add(ingestCase("JSON line not an object", array, array + ":1:1: expected a JSON object per line"));
        Path noText = write(inputs, "notext.jsonl", "{\"title\": \"Talks\", \"url\": \"https://example.org/a\"}\n");
        c.add(ingestCase("JSON line without text", noText, noText + ":1:1: article has neither 'text' nor 'html'"));
        Path number = write(inputs, "number.jsonl", "{\"text\": 12345}\n");
        c.add(ingestCase("text a number", number, number + ":1:1: 'text' must be a string, found number 12345"));
        Path htmlArray = write(inputs, "htmlarray.jsonl", "{\"title\": \"x\", \"html\": [\"<p>a</p>\"]}\n");
        c.add(ingestCase("html an array", htmlArray, htmlArray + ":1:1: 'html' must be a string, found array [\"<p>a</p>\"]"));
        Path quoteUrl = write(inputs, "quoteurl.jsonl", "{\"url\": \"https://example.org/a\\\"<>\", \"text\": " + text + "}\n");
        c.add(ingestCase("URL with quote and angle brackets", quoteUrl,
            quoteUrl + ":1:1: url must be an absolute http(s) IRI, found 'https://example.org/a\"<>'"));
        Path jsUrl = write(inputs, "jsurl.jsonl", "{\"url\": \"javascript:alert(1)\", \"text\": " + text + "}\n");
        c.add(ingestCase("javascript: URL", jsUrl, jsUrl + ":1:1: url must be an absolute http(s) IRI, found 'javascript:alert(1)'"));
        Path trailing = write(inputs, "trailing.jsonl", "{\"datePublished\": \"2023-02-11 or so\", \"text\": " + text + "}\n");
        c.add(ingestCase("date with trailing words", trailing,
            trailing + ":1:1: datePublished must be an ISO date (YYYY-MM-DD, YYYY-MM or YYYY) or date-time, found '2023-02-11 or so'"));
        Path impossible = write(inputs, "impossible.jsonl", "{\"datePublished\": \"2023-02-30\", \"text\": " + text + "}\n");
        c.add(ingestCase("impossible date", impossible,
            impossible + ":1:1: datePublished must be an ISO date (YYYY-MM-DD, YYYY-MM or YYYY) or date-time, found '2023-02-30'"));
        Path blankLines = write(inputs, "blanklines.jsonl", "\n\n  \n");
        c.add(ingestCase("feed of blank lines", blankLines, blankLines + ": no articles (only blank lines)"));
        Path crashing = write(inputs, "crash.txt", ENGLISH);
        c.add(new Case("annotator crashes", () -> ingest(crashing, a -> {
            throw new IllegalStateException("model crashed");
        }), crashing + ": annotation failed: java.lang.IllegalStateException: model crashed"));

        // command lines
        Path ok = write(inputs, "ok.txt", ENGLISH);
        c.add(cliCase("ingest --article-timeout 0", new String[] {"ingest", "--store", store.toString(), "--annotate", "none",
            "--article-timeout", "0", ok.toString()}, "exit 1: error: --article-timeout: must be a number of seconds of at least 0.001, found 0.0\n"));
        c.add(cliCase("ingest --annotate unknown", new String[] {"ingest", "--store", store.toString(), "--annotate", "magic", ok.toString()},
            "exit 1: error: --annotate: unknown annotator 'magic' (available: extract, mentions, none)\n"));
        Path nowhere = inputs.resolve("nowhere");
        c.add(cliCase("ingest into no store", new String[] {"ingest", "--store", nowhere.toString(), "--annotate", "none", ok.toString()},
            "exit 1: error: " + nowhere + ": no built store here: run 'build' first\n"));
        c.add(new Case("ingest into a locked store", () -> {
            try (var ch = java.nio.channels.FileChannel.open(store.resolve("tdb.lock"), java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.WRITE); var held = ch.lock()) {
                return cli("ingest", "--store", store.toString(), "--annotate", "none", ok.toString());
            }
        }, "exit 1: error: " + store + ": the store is in use by another process, such as a running serve: "
            + "stop it first, or ingest into the running service with --service URL\n"));
        Path open = write(inputs, "pw-open", "secret\n");
        Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rw-r--r--"));
        c.add(cliCase("password file readable by others", new String[] {"ingest", "--service", server.datasetUrl(), "--password-file",
            open.toString(), ok.toString()}, "exit 1: error: " + open + ": password file is accessible to other users (permissions rw-r--r--): "
                + "restrict it with chmod 600 " + open + "\n"));
        Path wrong = write(inputs, "pw-wrong", "not the password\n");
        Files.setPosixFilePermissions(wrong, PosixFilePermissions.fromString("rw-------"));
        c.add(cliCase("ingest with the wrong password", new String[] {"ingest", "--service", server.datasetUrl(), "--password-file",
            wrong.toString(), "--annotate", "none", ok.toString()}, "exit 1: error: " + server.datasetUrl()
                + ": the service refused the update (HTTP 401): wrong or missing password\n0 ingested, 1 failed\n"));
        String down = "http://127.0.0.1:" + StoreFingerprint.freePort() + "/kg";
        c.add(cliCase("ingest into a service not running", new String[] {"ingest", "--service", down, "--password-file", wrong.toString(),
            ok.toString()}, "exit 1: error: " + down + ": service not reachable: connection refused (is the service running at this URL?)\n"));
        c.add(cliCase("ingest into a URL that is not a dataset", new String[] {"ingest", "--service", "ftp://example.org/kg",
            "--password-file", wrong.toString(), ok.toString()}, "exit 1: error: ftp://example.org/kg: not a service dataset URL: "
                + "expected http://HOST:PORT/DATASET, e.g. http://127.0.0.1:3030/kg\n"));
        c.add(cliCase("serve --timeout 0", new String[] {"serve", "--timeout", "0", "--no-build", "--store", store.toString()},
            "exit 1: error: --timeout: must be a number of seconds of at least 0.001, found 0.0\n"));
        c.add(cliCase("build from a missing data folder", new String[] {"build", "--data", nowhere.toString(), "--store",
            inputs.resolve("new-store").toString()}, "exit 1: error: " + nowhere.resolve("reference") + ": directory not found\n"));
        c.add(cliCase("unknown option", new String[] {"ingest", "--colour", "red"}, "exit 2: Unknown option: '--colour'\n"));

        // requests to the public endpoint
        String kg = server.datasetUrl();
        String target = listener.url("/sparql");
        c.add(new Case("SERVICE to a local listener", () -> {
            String r = Web.get(kg + "?query=" + Web.enc("SELECT * { SERVICE <" + target + "> { ?s ?p ?o } }"));
            Thread.sleep(200);
            return r + " (connections " + listener.connections.get() + ")";
        }, "400 SERVICE is not allowed on this endpoint: <" + target + "> (connections 0)"));
        c.add(new Case("SERVICE on a variable", () -> Web.get(kg + "?query=" + Web.enc("SELECT * { BIND(<" + target + "> AS ?e) SERVICE ?e { ?s ?p ?o } }")),
            "400 SERVICE is not allowed on this endpoint: <" + target + ">"));
        String longQuery = "ASK {} #" + "x".repeat(100_000);
        c.add(new Case("query over 100,000 characters", () -> Web.post(kg, "application/sparql-query", longQuery, null),
            "400 Query too long: 100008 characters (limit 100000)"));
        c.add(new Case("query nested 30,000 deep", () -> Web.post(kg, "application/sparql-query",
            "SELECT * " + "{".repeat(30_000) + "?s ?p ?o" + "}".repeat(30_000), null), "400 Query too deeply nested: depth 30000 (limit 200)"));
        StringBuilder unions = new StringBuilder("SELECT (COUNT(*) AS ?n) { {}");
        while (unions.length() < 99_980) unions.append(" UNION {}");
        unions.append(" }");
        c.add(new Case("11,000 UNIONs", () -> Web.post(kg, "application/sparql-query", unions.toString(), null),
            "400 Query too complex: nested too deeply to evaluate"));
        String big = "query=" + Web.enc("ASK {}") + "&pad=" + "x".repeat(1_100_000);
        c.add(new Case("request body over 1 MiB", () -> Web.post(kg, "application/x-www-form-urlencoded", big, null),
            "413 Request body too large: " + big.length() + " bytes (limit 1048576)"));
        c.add(new Case("query syntax error", () -> Web.post(kg, "application/sparql-query", "SELECT * WHERE { ?s ?p }", null),
            "400 Parse error: Encountered \" \"}\" \"} \"\" at line 1, column 24."));
        c.add(new Case("TRACE", () -> Web.send(Web.request(server.serverUrl() + "doc/person/boris-johnson")
            .method("TRACE", HttpRequest.BodyPublishers.noBody()).header("Cookie", "secret=1")), "405 TRACE is not allowed"));
        c.add(new Case("stylesheet parameter", () -> Web.get(kg + "?query=" + Web.enc("SELECT * {}") + "&stylesheet=" + Web.enc("\"?><script>x</script>")),
            "400 Parameter 'stylesheet' is not supported"));
        c.add(new Case("callback parameter", () -> Web.get(kg + "?query=" + Web.enc("SELECT * {}") + "&callback=alert(1)//"),
            "400 Parameter 'callback' is not supported"));
        String insert = "INSERT DATA { GRAPH <http://example.org/g> { <http://example.org/a> <http://example.org/b> 1 } }";
        c.add(new Case("update without a password", () -> Web.post(kg + "/update", "application/sparql-update", insert, null), "401 Error 401 Unauthorized"));
        c.add(new Case("update with a wrong password", () -> Web.post(kg + "/update", "application/sparql-update", insert, Web.basic("admin", "guess")),
            "401 Error 401 Unauthorized"));
        c.add(new Case("update on the query endpoint", () -> Web.post(kg + "/query", "application/sparql-update", insert, Web.basic("admin", PASSWORD)),
            "415 Unsupported: application/sparql-update"));
        c.add(new Case("update through the public endpoint", () -> Web.post(kg, "application/x-www-form-urlencoded", "update=" + Web.enc(insert), null),
            "400 No operation for request: /kg"));
        c.add(new Case("graph store PUT without a password", () -> Web.send(Web.request(kg + "/data?graph=" + Web.enc("http://example.org/g"))
            .header("Content-Type", "text/turtle").PUT(HttpRequest.BodyPublishers.ofString("<a:b> <a:c> <a:d> ."))),
            // refused, but Jetty's authenticator sends no reason with a PUT (a POST gets its error page)
            "401 "));
        c.add(new Case("path traversal in a page URL", () -> Web.get(server.serverUrl() + "doc/person/..%2F..%2F..%2Fetc%2Fpasswd"),
            "400 Error 400 Ambiguous URI path separator"));
        c.add(new Case("unknown page", () -> Web.get(server.serverUrl() + "doc/person/nobody-at-all"), "404 Error 404 No such resource: https://w3id.org/peacetalks/id/person/nobody-at-all"));
        return c;
    }

    // ---- ingest

    Case ingestCase(String name, Path file, String expected) {
        return new Case(name, () -> ingest(file, a -> Annotations.NONE), expected);
    }

    /** The one error ingest gives for {@code file}, or what it stored instead. */
    static String ingest(Path file, Annotator annotator) {
        List<Ingester.Outcome> r;
        try (StoreTarget t = new StoreTarget(store, IDS)) {
            r = new Ingester(IDS, Cleaner.standard(), annotator, t, 1).ingest(List.of(file), null);
        }
        if (r.size() != 1) return r.size() + " outcomes: " + r;
        return r.get(0).ok() ? "stored article " + r.get(0).articleId() : r.get(0).error().getMessage();
    }

    // ---- command lines

    Case cliCase(String name, String[] args, String expected) {
        return new Case(name, () -> cli(args), expected);
    }

    /** "exit N: " and what the command wrote to stderr (the first line of a usage error). */
    static synchronized String cli(String... args) {
        PrintStream oldOut = System.out, oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int code;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            code = Main.run(args);
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
        String e = err.toString(StandardCharsets.UTF_8);
        String o = out.toString(StandardCharsets.UTF_8);
        // what the command says about the failure: its error lines (the progress bar and, in this JVM, the server's log are not)
        e = code == 2 ? e.lines().findFirst().orElse("") + "\n"
            : String.join("", e.lines().filter(l -> l.startsWith("error: ")).map(l -> l + "\n").toList());
        // ingest reports its tally on stdout: kept so that a case shows nothing was ingested
        String tally = o.lines().filter(l -> l.matches("\\d+ ingested, \\d+ failed")).findFirst().map(l -> l + "\n").orElse("");
        return "exit " + code + ": " + e + tally;
    }

    static Path write(Path dir, String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }
}
