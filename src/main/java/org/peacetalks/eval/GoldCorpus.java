package org.peacetalks.eval;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import org.peacetalks.annotate.DateValue;
import org.peacetalks.corpus.Article;
import org.peacetalks.corpus.ArticleMetadata;
import org.peacetalks.corpus.TextFiles;
import org.peacetalks.ingest.Cleaner;
import org.peacetalks.ingest.RawArticle;
import org.peacetalks.util.InputException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One split of the blind evaluation corpus: {@code NAME.txt} beside
 * {@code NAME.gold.json} (format: {@code data/eval/FORMAT.md}). The text is
 * cleaned as ingest cleans it, with the page's metadata as a JSON Lines record
 * would carry it, so extraction sees what a user's ingest would.
 */
public final class GoldCorpus {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> BLAME_STANCES = Set.of("asserts", "denies", "reports");
    private static final Set<String> POSITION_STANCES = Set.of("demand", "offer", "acceptance", "rejection", "redline");

    private GoldCorpus() {}

    /** Every article of {@code dir}, in name order. */
    public static List<Gold> read(Path dir) {
        if (!Files.isDirectory(dir)) throw new InputException(dir.toString(), "no such evaluation split");
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".gold.json")).sorted().toList();
        } catch (IOException e) {
            throw new InputException(dir.toString(), "cannot list: " + e.getMessage(), e);
        }
        if (files.isEmpty()) throw new InputException(dir.toString(), "no gold files (*.gold.json)");
        Cleaner cleaner = Cleaner.standard();
        List<Gold> out = new ArrayList<>();
        for (Path f : files) out.add(read(f, cleaner));
        return out;
    }

    static Gold read(Path goldFile, Cleaner cleaner) {
        String file = goldFile.toString();
        String fname = goldFile.getFileName().toString();
        String name = fname.substring(0, fname.length() - ".gold.json".length());
        Path txt = goldFile.resolveSibling(name + ".txt");
        if (!Files.exists(txt)) throw new InputException(file, "no article text " + txt.getFileName() + " beside it");
        JsonNode g;
        try {
            g = JSON.readTree(TextFiles.readUtf8(goldFile, file));
        } catch (JsonProcessingException e) {
            throw new InputException(file, e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                e.getLocation() == null ? 0 : e.getLocation().getColumnNr(), "not JSON: " + e.getOriginalMessage());
        }
        JsonNode meta = g.path("meta");
        String date = text(meta, "datePublished");
        DateValue published = date == null ? null : DateValue.parse(date);
        if (date != null && (published == null || published.datatype() == org.apache.jena.datatypes.xsd.XSDDatatype.XSDgMonthDay))
            throw new InputException(file, "meta.datePublished must be YYYY, YYYY-MM or YYYY-MM-DD, found '" + date + "'");
        String author = text(meta, "author");
        ArticleMetadata m = new ArticleMetadata(text(meta, "title"), text(meta, "url"), text(meta, "publisher"),
            author == null ? List.of() : List.of(author), published, "en", null, List.of());
        String raw = TextFiles.readUtf8(txt, txt.toString());
        Cleaner.Result c = cleaner.clean(new RawArticle(txt.toString(), name, raw, false, m));
        Article a = new Article(name, txt.getFileName().toString(), c.text(),
            m.title() == null && c.title() != null ? new ArticleMetadata(c.title(), m.url(), m.publisher(), m.authors(),
                m.datePublished(), m.language(), null, m.boilerplate()) : m);

        List<Gold.Actor> actors = list(g, "actors", file, n -> new Gold.Actor(need(n, "name", file), need(n, "type", file)));
        List<String> territories = list(g, "territories", file, n -> nameOf(n, file));
        List<String> documents = list(g, "documents", file, n -> nameOf(n, file));
        List<Gold.Quote> quotes = list(g, "quotes", file, n -> new Gold.Quote(need(n, "speaker", file), need(n, "text", file)));
        List<Gold.Blame> blame = list(g, "blame", file, n -> new Gold.Blame(need(n, "blamed", file), need(n, "attributed_by", file),
            oneOf(n, "stance", BLAME_STANCES, file), text(n, "negotiation"), need(n, "sentence", file)));
        List<Gold.Position> positions = list(g, "positions", file, n -> new Gold.Position(need(n, "holder", file),
            oneOf(n, "stance", POSITION_STANCES, file), text(n, "issue"), need(n, "source", file), need(n, "sentence", file)));
        List<Gold.Figure> figures = list(g, "figures", file, n -> {
            Set<BigDecimal> nums = new LinkedHashSet<>();
            for (String k : new String[] {"value", "min", "max"}) {
                JsonNode v = n.get(k);
                if (v == null || v.isNull()) continue;
                if (!v.isNumber()) throw new InputException(file, "figure " + k + " is not a number: " + v);
                nums.add(v.decimalValue().stripTrailingZeros());
            }
            if (nums.isEmpty()) throw new InputException(file, "figure without value, min or max: " + n);
            return new Gold.Figure(nums, text(n, "unit"), text(n, "measures"), text(n, "according_to"), need(n, "sentence", file));
        });
        return new Gold(name, text(g, "author"), text(g, "style"), a, actors, territories, documents, quotes, blame, positions, figures);
    }

    private static <T> List<T> list(JsonNode g, String key, String file, Function<JsonNode, T> f) {
        JsonNode arr = g.get(key);
        if (arr == null || arr.isNull()) return List.of();
        if (!arr.isArray()) throw new InputException(file, "'" + key + "' must be a list");
        List<T> out = new ArrayList<>();
        for (JsonNode n : arr) out.add(f.apply(n));
        return out;
    }

    private static String nameOf(JsonNode n, String file) {
        if (n.isTextual() && !n.asText().isBlank()) return n.asText();
        if (n.isObject()) return need(n, "name", file);
        throw new InputException(file, "expected a name, found " + n);
    }

    private static String oneOf(JsonNode n, String key, Set<String> allowed, String file) {
        String v = need(n, key, file);
        if (!allowed.contains(v)) throw new InputException(file, key + " '" + v + "' is not one of " + new java.util.TreeSet<>(allowed));
        return v;
    }

    private static String need(JsonNode n, String key, String file) {
        String v = text(n, key);
        if (v == null || v.isBlank()) throw new InputException(file, "missing '" + key + "' in " + n);
        return v;
    }

    private static String text(JsonNode n, String key) {
        JsonNode v = n == null ? null : n.get(key);
        return v == null || v.isNull() || !v.isValueNode() ? null : v.asText();
    }
}
