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
}
