package org.peacetalks.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peacetalks.annotate.Annotations;
import org.peacetalks.annotate.Annotator;
import org.peacetalks.annotate.Certainty;
import org.peacetalks.annotate.Claim;
import org.peacetalks.annotate.Origin;
import org.peacetalks.annotate.Polarity;
import org.peacetalks.annotate.Proposition;
import org.peacetalks.annotate.SourceKind;
import org.peacetalks.annotate.Span;
import org.peacetalks.corpus.Article;
import org.peacetalks.store.StoreBuilder;
import org.peacetalks.util.InputException;
import org.peacetalks.vocab.PT;

/**
 * Ingest into a stopped store with a stand-in annotator (one own-voice statement
 * per sentence containing "said"), so these tests need no NLP models: one
 * atomic update per article, republications linked, and every kind of bad input
 * reported by file (and line) while the rest goes in and nothing stored is lost.
 */
class IngesterTest {
    static final PT.Ids IDS = PT.Ids.standard();
    static final Pattern SENTENCE = Pattern.compile("[^.!?\\n]*\\bsaid\\b[^.!?\\n]*[.!?]");

    static final Annotator SAID = (Article a) -> {
        List<Claim> claims = new ArrayList<>();
        Matcher m = SENTENCE.matcher(a.text());
        while (m.find()) {
            Span s = Span.ofChars(a.text(), m.start(), m.end());
            claims.add(new Claim(s, IDS.article(a.id()), SourceKind.OWN_VOICE, List.of(), "said", List.of(), Certainty.CERTAIN,
                Polarity.AFFIRMED, null, null, new Proposition.Statement(List.of(), m.group().strip()), IDS.rule("test-said"), 0.5,
                new Origin(a.sourceFile(), 0)));
        }
        return new Annotations(List.of(), List.of(), claims);
    };

    static final String ENGLISH = "The negotiators met in Geneva on Monday. The envoy said the talks were useful and would go on. "
        + "Officials from both sides said they expected a second round within weeks, and that the agenda was not yet fixed. "
        + "There was no word on a ceasefire, which the delegations have discussed for months without any result at all.\n";

    @TempDir
    static Path built;
    @TempDir
    Path dir;
    Path store;

    @BeforeAll
    static void buildSeedStore() {
        new StoreBuilder(Path.of("data"), Path.of(System.getProperty("peacetalks.ontology", "ontology")), IDS).build(built.resolve("tdb2"));
    }

    @BeforeEach
    void copyStore() throws IOException {
        store = dir.resolve("tdb2");
        try (var s = Files.walk(built.resolve("tdb2"))) {
            for (Path p : s.toList()) {
                Path t = store.resolve(built.resolve("tdb2").relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(t);
                else Files.copy(p, t);
            }
        }
    }

    List<Ingester.Outcome> ingest(Path... files) {
        try (StoreTarget t = new StoreTarget(store, IDS)) {
            return new Ingester(IDS, Cleaner.standard(), SAID, t, 2).ingest(List.of(files), null);
        }
    }

    long count(String where) {
        Dataset ds = TDB2Factory.connectDataset(store.toString());
        try {
            return Txn.calculateRead(ds, () -> {
                try (var qe = QueryExecutionFactory.create("PREFIX pt: <https://w3id.org/peacetalks/ontology#> "
                    + "SELECT (COUNT(*) AS ?n) { GRAPH ?g { " + where + " } }", ds)) {
                    return qe.execSelect().next().getLiteral("n").getLong();
                }
            });
        } finally {
            TDBInternal.expel(ds.asDatasetGraph());
        }
    }

    long articles() { return count("?a a pt:NewsArticle"); }

    long claimsByRule() { return count("?c pt:method <" + IDS.rule("test-said") + ">"); }

    Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    static InputException error(Ingester.Outcome o) {
        assertTrue(o.error() != null, "expected an error for " + o.origin());
        return o.error();
    }

    @Test
    void ingestsPlainTextAsOneArticleGraph() throws IOException {
        List<Ingester.Outcome> r = ingest(write("geneva.txt", ENGLISH));
        assertEquals(1, r.size());
        assertNull(r.get(0).error());
        assertEquals(2, r.get(0).claims());
        assertEquals(6, articles());
        assertEquals(2, claimsByRule());
    }

    @Test
    void reingestingReplacesTheGraphInsteadOfAddingToIt() throws IOException {
        Path f = write("geneva.txt", ENGLISH);
        ingest(f);
        List<Ingester.Outcome> r = ingest(f);
        assertTrue(r.get(0).replaced());
        assertEquals(6, articles());
        assertEquals(2, claimsByRule());
    }

    @Test
    void republicationIsLinkedToItsOriginal() throws IOException {
        String original = Files.readString(Path.of("data/articles/003_7c7980079dbd970a.txt"));
        String copy = "Latest World News and Updates\n\n" + original + "\nRead the full article here\n\nLeave A Reply\n";
        List<Ingester.Outcome> r = ingest(write("copy.txt", copy));
        assertNull(r.get(0).error());
        assertEquals(new Article("003", "x", original, null).id(), r.get(0).republicationOf());
    }

    @Test
    void publicationDateKeepsThePrecisionTheFeedGives() throws IOException {
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        String month = "{\"datePublished\": \"2023-02\", \"text\": " + json.writeValueAsString(ENGLISH) + "}";
        String year = "{\"datePublished\": \"2023\", \"text\": " + json.writeValueAsString(ENGLISH.replace("Geneva", "Vienna")
            .replace("Monday", "Friday").replace("useful", "serious").replace("weeks", "days").replace("months", "years")) + "}";
        String stamp = "{\"datePublished\": \"2023-02-11T08:30:00Z\", \"text\": " + json.writeValueAsString("The mediators in Oslo said on Tuesday "
            + "that both delegations had agreed to meet again, and that a list of prisoners to be exchanged was being drawn up by the two sides.\n") + "}";
        String trailing = "{\"datePublished\": \"2023-02-11 or so\", \"text\": " + json.writeValueAsString(ENGLISH) + "}";
        Path f = write("dates.jsonl", month + "\n" + year + "\n" + stamp + "\n" + trailing + "\n");
        List<Ingester.Outcome> r = ingest(f);
        assertEquals(4, r.size());
        assertNull(r.get(0).error());
        assertNull(r.get(1).error());
        assertNull(r.get(2).error());
        assertEquals(f + ":4:1: datePublished must be an ISO date (YYYY-MM-DD, YYYY-MM or YYYY) or date-time, found '2023-02-11 or so'",
            error(r.get(3)).getMessage());
        String xsd = "http://www.w3.org/2001/XMLSchema#";
        assertEquals(1, count("?a <http://schema.org/datePublished> \"2023-02\"^^<" + xsd + "gYearMonth>"));
        assertEquals(1, count("?a <http://schema.org/datePublished> \"2023\"^^<" + xsd + "gYear>"));
        assertEquals(1, count("?a <http://schema.org/datePublished> \"2023-02-11\"^^<" + xsd + "date>"));
    }

    @Test
    void brokenJsonLineIsReportedWithItsLineAndTheOthersGoIn() throws IOException {
        String good = "{\"url\": \"https://example.org/a\", \"title\": \"Talks\", \"datePublished\": \"2024-11-20\", \"text\": "
            + new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(ENGLISH) + "}";
        Path f = write("feed.jsonl", good + "\n{\"text\": \"unterminated\n" + good.replace("Geneva", "Vienna") + "\n");
        List<Ingester.Outcome> r = ingest(f);
        assertEquals(3, r.size());
        assertNull(r.get(0).error());
        assertTrue(error(r.get(1)).getMessage().startsWith(f + ":2:"), r.get(1).error().getMessage());
        assertTrue(r.get(1).error().getMessage().contains("broken JSON line"));
        assertNull(r.get(2).error());
        assertEquals(7, articles());
        // one word apart: the second is a republication of the first
        assertEquals(r.get(0).articleId(), r.get(2).republicationOf());
        assertEquals(2, count("?a <http://schema.org/datePublished> \"2024-11-20\"^^<http://www.w3.org/2001/XMLSchema#date> ; <http://schema.org/headline> \"Talks\""));
    }

    @Test
    void badFilesAreReportedAndNothingStoredChanges() throws IOException {
        Path empty = write("empty.txt", "");
        Path binary = dir.resolve("image.txt");
        Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        Path latin1 = dir.resolve("latin1.txt");
        Files.write(latin1, "Kyiv said caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
        Path russian = write("ru.txt", "Переговоры в Стамбуле начались в марте. Делегации обсудили нейтралитет Украины и гарантии "
            + "безопасности, но стороны не смогли договориться о границах и о статусе Крыма, сказал источник агентства.\n".repeat(2));
        Path scripts = write("scripts.html", "<html><script>" + "var x = 1;".repeat(200) + "</script><style>p{}</style></html>");
        Path huge = dir.resolve("huge.txt");
        try (OutputStream o = Files.newOutputStream(huge)) {
            byte[] block = ENGLISH.getBytes(StandardCharsets.UTF_8);
            for (long n = 0; n < 50L * 1024 * 1024; n += block.length) o.write(block);
        }
        List<Ingester.Outcome> r = ingest(empty, binary, latin1, russian, scripts, huge, write("ok.txt", ENGLISH));
        assertEquals(empty + ": empty file", error(r.get(0)).getMessage());
        assertEquals(binary + ": binary content (NUL byte at offset 4), expected UTF-8 text", error(r.get(1)).getMessage());
        assertEquals(latin1 + ": invalid UTF-8: malformed byte sequence at byte offset 13", error(r.get(2)).getMessage());
        assertTrue(error(r.get(3)).getMessage().startsWith(russian + ": not English"), r.get(3).error().getMessage());
        assertEquals(scripts + ": no article text left after cleaning", error(r.get(4)).getMessage());
        assertTrue(error(r.get(5)).getMessage().startsWith(huge + ": file too large"), r.get(5).error().getMessage());
        assertNull(r.get(6).error());
        assertEquals(6, articles());
    }

    @Test
    void failingAnnotatorLeavesOtherArticlesAndTheStoreIntact() throws IOException {
        Annotator flaky = a -> {
            if (a.text().contains("Vienna")) throw new IllegalStateException("model crashed");
            return SAID.annotate(a);
        };
        Path a = write("a.txt", ENGLISH);
        Path b = write("b.txt", ENGLISH.replace("Geneva", "Vienna"));
        List<Ingester.Outcome> r;
        try (StoreTarget t = new StoreTarget(store, IDS)) {
            r = new Ingester(IDS, Cleaner.standard(), flaky, t, 2).ingest(List.of(a, b), null);
        }
        assertNull(r.get(0).error());
        assertEquals(b + ": annotation failed: java.lang.IllegalStateException: model crashed", error(r.get(1)).getMessage());
        assertEquals(6, articles());
    }

    @Test
    void articleOverTheTimeLimitIsStoredWithoutClaimsAndItsWorkInterrupted() throws IOException {
        java.util.concurrent.atomic.AtomicBoolean interrupted = new java.util.concurrent.atomic.AtomicBoolean();
        Annotator stuck = a -> {
            if (!a.text().contains("Vienna")) return SAID.annotate(a);
            long end = System.nanoTime() + 60_000_000_000L;
            while (System.nanoTime() < end) {
                if (Thread.currentThread().isInterrupted()) {
                    interrupted.set(true);
                    throw new IllegalStateException("interrupted");
                }
            }
            throw new AssertionError("never interrupted");
        };
        Path a = write("a.txt", ENGLISH);
        Path b = write("b.txt", ENGLISH.replace("Geneva", "Vienna"));
        long t0 = System.nanoTime();
        List<Ingester.Outcome> r;
        try (StoreTarget t = new StoreTarget(store, IDS)) {
            r = new Ingester(IDS, Cleaner.standard(), stuck, t, 2, java.time.Duration.ofMillis(500)).ingest(List.of(a, b), null);
        }
        long millis = (System.nanoTime() - t0) / 1_000_000;
        assertNull(r.get(0).error());
        assertEquals(2, r.get(0).claims());
        assertNull(r.get(1).error());
        assertEquals(0, r.get(1).claims());
        // b differs from a by one word: also a republication of it
        assertEquals(List.of("republication of article " + r.get(0).articleId() + " (similarity 0.82)",
            "annotation stopped at the time limit of 0.5 s: stored without claims"), r.get(1).warnings());
        assertTrue(millis < 20_000, "took " + millis + " ms");
        assertEquals(7, articles());
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (!interrupted.get() && System.nanoTime() < deadline) Thread.onSpinWait();
        assertTrue(interrupted.get(), "the stuck annotation was interrupted");
    }

    @Test
    void tooShortArticleIsRefused() throws IOException {
        Path tiny = write("tiny.txt", "Yes");
        List<Ingester.Outcome> r = ingest(tiny);
        assertEquals(tiny + ": article too short: 3 characters after cleaning (at least 100)", error(r.get(0)).getMessage());
        assertEquals(5, articles());
    }

    @Test
    void jsonFieldsMustBeStringsAndUrlsIris() throws IOException {
        String text = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(ENGLISH);
        Path f = write("feed.jsonl", "{\"text\": 12345}\n"
            + "{\"url\": \"https://example.org/a\\\"<>\", \"text\": " + text + "}\n"
            + "{\"url\": \"https://example.org/talks?id=1#top\", \"text\": " + text + "}\n"
            + "{\"url\": \"javascript:alert(1)\", \"text\": " + text + "}\n"
            + "{\"title\": \"x\", \"html\": [\"<p>a</p>\"]}\n");
        List<Ingester.Outcome> r = ingest(f);
        assertEquals(f + ":1:1: 'text' must be a string, found number 12345", error(r.get(0)).getMessage());
        assertEquals(f + ":2:1: url must be an absolute http(s) IRI, found 'https://example.org/a\"<>'", error(r.get(1)).getMessage());
        assertNull(r.get(2).error());
        assertEquals(f + ":4:1: url must be an absolute http(s) IRI, found 'javascript:alert(1)'", error(r.get(3)).getMessage());
        assertEquals(f + ":5:1: 'html' must be a string, found array [\"<p>a</p>\"]", error(r.get(4)).getMessage());
        assertEquals(6, articles());
    }
}
