package org.peacetalks.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peacetalks.ingest.ArticleFiles;
import org.peacetalks.util.InputException;

/** The job's reading, without Spark: folder listing in input order, JSON lines by byte offset, ingest's items. */
class ArticleSourceTest {
    static final Configuration CONF = new Configuration();

    @TempDir
    Path dir;

    @Test
    void linesKeepTheirNumbersAndByteOffsets() throws IOException {
        byte[] bytes = "{\"a\": 1}\n\n{\"b\": \"é\"}\r\nlast".getBytes(StandardCharsets.UTF_8);
        List<String> seen = new ArrayList<>();
        new ArticleSource.LineReader(new ByteArrayInputStream(bytes)).forEach((no, offset, line, length) ->
            seen.add(no + "@" + offset + "+" + length + ":" + new String(line, 0, length, StandardCharsets.UTF_8).strip()));
        assertEquals(List.of("1@0+8:{\"a\": 1}", "2@9+0:", "3@10+12:{\"b\": \"é\"}", "4@23+4:last"), seen);
    }

    @Test
    void foldersGiveTheirArticleFilesInPathOrderAndMissingInputsFail() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in/sub"));
        for (String f : List.of("in/b.txt", "in/a.html", "in/sub/c.jsonl", "in/notes.md", "in/.hidden.txt", "in/_SUCCESS.txt"))
            Files.writeString(dir.resolve(f), "x");
        List<InputException> missing = new ArrayList<>();
        List<ArticleSource.Input> inputs = ArticleSource.list(List.of(dir.resolve("in").toString(), dir.resolve("gone.txt").toString(),
            dir.resolve("in/notes.md").toString()), CONF, missing::add);
        assertEquals(List.of(dir + "/in/a.html", dir + "/in/b.txt", dir + "/in/sub/c.jsonl", dir + "/in/notes.md"),
            inputs.stream().map(ArticleSource.Input::name).toList());
        assertEquals(List.of(0, 1, 2, 3), inputs.stream().map(ArticleSource.Input::index).toList());
        assertEquals(List.of(dir.resolve("gone.txt") + ": not found"), missing.stream().map(InputException::getMessage).toList());
    }

    @Test
    void aJsonLineIsReadBackAloneByItsOffset() throws IOException {
        String one = "{\"title\": \"One\", \"text\": \"first article\"}", two = "{\"title\": \"Zwei\", \"text\": \"second article, ü\"}";
        Path f = dir.resolve("feed.jsonl");
        Files.writeString(f, one + "\n\n" + two + "\n");
        ArticleSource.Input in = ArticleSource.list(List.of(f.toString()), CONF, e -> {}).get(0);
        List<ArticleSource.Read> all = ArticleSource.readAll(in, CONF);
        assertEquals(2, all.size());
        Rows.Place second = all.get(1).place();
        assertEquals(3, second.line());
        assertEquals(one.length() + 2, second.offset());
        ArticleFiles.Item again = ArticleSource.readOne(second, CONF);
        assertNull(again.error());
        assertEquals(f + ":3", again.article().origin());
        assertEquals("second article, ü", again.article().content());
        assertEquals("Zwei", again.article().metadata().title());
    }

    @Test
    void badBytesInOneJsonLineFailThatLineOnly() throws IOException {
        Path f = dir.resolve("feed.jsonl");
        byte[] good = "{\"text\": \"fine\"}\n".getBytes(StandardCharsets.UTF_8);
        byte[] bad = {'{', '"', 't', '"', ':', ' ', '"', (byte) 0xC3, '"', '}', '\n'};
        Files.write(f, concat(good, bad, good));
        List<ArticleSource.Read> all = ArticleSource.readAll(ArticleSource.list(List.of(f.toString()), CONF, e -> {}).get(0), CONF);
        assertEquals(3, all.size());
        assertNull(all.get(0).item().error());
        assertEquals(f + ":2:1: invalid UTF-8: malformed byte sequence at byte offset 7", all.get(1).item().error().getMessage());
        assertNull(all.get(2).item().error());
    }

    static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] p : parts) out.writeBytes(p);
        return out.toByteArray();
    }
}
