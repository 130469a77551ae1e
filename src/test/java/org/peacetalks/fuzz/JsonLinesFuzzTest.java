package org.peacetalks.fuzz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.code_intelligence.jazzer.junit.FuzzTest;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.peacetalks.ingest.ArticleFiles;

/**
 * The JSON Lines reader on any bytes: each line is an article or an error naming
 * the file and line, and one bad line never costs the others.
 */
class JsonLinesFuzzTest {
    static Path file;

    @BeforeAll
    static void fuzzerInitialize() throws IOException {
        file = Files.createTempFile("fuzz", ".jsonl");
    }

    @AfterAll
    static void fuzzerTearDown() throws IOException {
        if (file != null) Files.deleteIfExists(file);
    }

    @FuzzTest(maxDuration = Fuzz.CI_DURATION)
    void everyLineIsAnArticleOrAnErrorWithItsLine(byte[] data) throws IOException {
        fuzzerTestOneInput(data);
    }

    public static void fuzzerTestOneInput(byte[] data) throws IOException {
        if (file == null) fuzzerInitialize();
        Files.write(file, data);
        List<ArticleFiles.Item> items = ArticleFiles.read(file);
        if (items.isEmpty()) throw new AssertionError("no item and no error");
        for (ArticleFiles.Item it : items) {
            if ((it.article() == null) == (it.error() == null)) throw new AssertionError("an item must be an article or an error: " + it);
            if (it.error() != null && !it.error().getMessage().startsWith(file.toString() + ":"))
                throw new AssertionError("error without the file: " + it.error().getMessage());
            if (it.article() != null && it.article().content().isBlank()) throw new AssertionError("an article without text");
        }
    }
}
