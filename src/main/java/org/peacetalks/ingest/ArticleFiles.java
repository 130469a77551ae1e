package org.peacetalks.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.peacetalks.annotate.DateValue;
import org.peacetalks.corpus.ArticleMetadata;
import org.peacetalks.corpus.TextFiles;
import org.peacetalks.util.InputException;

/**
 * Reads article files: {@code .txt} (plain text), {@code .html}/{@code .htm},
 * and {@code .jsonl} (one article per line: text or html, with url, title,
 * publisher, author, datePublished). A broken JSON line is reported with its
 * line number and does not stop the other lines.
 */
public final class ArticleFiles {
    /** Files larger than this are refused before reading: no news article is this long. */
    public static final long MAX_BYTES = 5L * 1024 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One article read from a file, or the error that stopped it. */
    public record Item(RawArticle article, InputException error) {
        static Item ok(RawArticle a) { return new Item(a, null); }
        static Item failed(InputException e) { return new Item(null, e); }
    }

    private ArticleFiles() {}

    public static List<Item> read(Path file) {
        String name = file.toString();
        try {
            if (!Files.isRegularFile(file)) return List.of(Item.failed(new InputException(name, "not a file")));
            long size = Files.size(file);
            if (size == 0) return List.of(Item.failed(new InputException(name, "empty file")));
            if (size > MAX_BYTES)
                return List.of(Item.failed(new InputException(name, "file too large: " + size + " bytes (limit " + MAX_BYTES + ")")));
            return read(name, file.getFileName().toString(), Files.readAllBytes(file));
        } catch (InputException e) {
            return List.of(Item.failed(e));
        } catch (IOException e) {
            return List.of(Item.failed(new InputException(name, "cannot read: " + e.getMessage(), e)));
        }
    }

    /**
     * The articles of a file's bytes, already read (from any file system): {@code name} names
     * it in messages, {@code fileName} (its last path segment) tells its kind. The size limit
     * is the caller's.
     */
    public static List<Item> read(String name, String fileName, byte[] bytes) {
        try {
            String content = TextFiles.decodeUtf8(name, bytes);
            String lower = fileName.toLowerCase(Locale.ROOT);
            String stem = stem(fileName);
            if (isJsonLines(fileName)) return jsonLines(name, stem, content);
            if (content.isBlank()) return List.of(Item.failed(new InputException(name, "empty article (only whitespace)")));
            boolean html = lower.endsWith(".html") || lower.endsWith(".htm");
            return List.of(Item.ok(new RawArticle(name, stem, content, html, ArticleMetadata.UNKNOWN)));
        } catch (InputException e) {
            return List.of(Item.failed(e));
        }
    }

    /** Whether a file of this name holds one article per line. */
    public static boolean isJsonLines(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return lower.endsWith(".jsonl") || lower.endsWith(".ndjson");
    }

    /**
     * One line of a JSON Lines file ({@code no} counts from 1), or null for a blank line.
     * The article's stem is {@code stem-no} unless the line gives an {@code id}.
     */
    public static Item jsonLine(String name, String stem, int no, String text) {
        String line = text.strip();
        if (line.isEmpty()) return null;
        try {
            return Item.ok(jsonArticle(name, no, stem + "-" + no, JSON.readTree(line)));
        } catch (JsonProcessingException e) {
            return Item.failed(new InputException(name, no, (int) e.getLocation().getColumnNr(),
                "broken JSON line: " + e.getOriginalMessage()));
        } catch (InputException e) {
            return Item.failed(e);
        }
    }

    static List<Item> jsonLines(String name, String stem, String content) {
        List<Item> out = new ArrayList<>();
        String[] lines = content.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Item it = jsonLine(name, stem, i + 1, lines[i]);
            if (it != null) out.add(it);
        }
        if (out.isEmpty()) out.add(Item.failed(new InputException(name, "no articles (only blank lines)")));
        return out;
    }

    static RawArticle jsonArticle(String name, int line, String stem, JsonNode n) {
        if (!n.isObject()) throw new InputException(name, line, 1, "expected a JSON object per line");
        String text = string(n, "text", name, line), html = string(n, "html", name, line);
        if ((text == null || text.isBlank()) && (html == null || html.isBlank()))
            throw new InputException(name, line, 1, "article has neither 'text' nor 'html'");
        String date = str(n, "datePublished") != null ? str(n, "datePublished") : str(n, "date");
        DateValue published = DateValue.parsePublished(date);
        if (date != null && published == null)
            throw new InputException(name, line, 1,
                "datePublished must be an ISO date (YYYY-MM-DD, YYYY-MM or YYYY) or date-time, found '" + date + "'");
        List<String> authors = new ArrayList<>();
        JsonNode a = n.get("author");
        if (a != null && a.isArray()) a.forEach(x -> authors.add(x.asText()));
        else if (a != null && !a.isNull()) authors.add(a.asText());
        String url = string(n, "url", name, line);
        if (url != null && !isWebIri(url)) throw new InputException(name, line, 1, "url must be an absolute http(s) IRI, found '" + url + "'");
        String id = str(n, "id");
        ArticleMetadata m = new ArticleMetadata(str(n, "title"), url, str(n, "publisher"), authors, published,
            str(n, "language"), null, List.of());
        boolean isHtml = text == null || text.isBlank();
        return new RawArticle(name + ":" + line, id != null ? id : stem, isHtml ? html : text, isHtml, m);
    }

    /** The string value of {@code key}, or null when absent; a number, object or array there is an error. */
    private static String string(JsonNode n, String key, String name, int line) {
        JsonNode v = n.get(key);
        if (v == null || v.isNull()) return null;
        if (!v.isTextual())
            throw new InputException(name, line, 1, "'" + key + "' must be a string, found " + v.getNodeType().toString().toLowerCase(Locale.ROOT)
                + " " + abbreviate(v.toString()));
        return v.asText();
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "...";
    }

    /** An absolute http(s) IRI by RFC 3987 (no spaces, quotes or angle brackets), with a host. */
    static boolean isWebIri(String s) {
        try {
            org.apache.jena.irix.IRIx iri = org.apache.jena.irix.IRIx.create(s);
            // not isAbsolute(): an RFC 3986 absolute-URI has no fragment, and an article URL may
            return !iri.hasViolations() && (iri.hasScheme("http") || iri.hasScheme("https"))
                && s.matches("(?i)https?://[^/?#@:]+.*");
        } catch (org.apache.jena.irix.IRIException e) {
            return false;
        }
    }

    private static String str(JsonNode n, String key) {
        JsonNode v = n.get(key);
        return v == null || v.isNull() ? null : v.asText();
    }

    /** The stem of a file's articles: its name without the last extension. */
    public static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}
