package org.peacetalks.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peacetalks.util.InputException;
import org.peacetalks.vocab.PT;

/**
 * Bad input stops the build with a message naming the file and the problem,
 * and the store built before is untouched. Each test starts from a small valid
 * corpus (one article, two entities) and breaks one thing.
 */
class StoreBuilderTest {
    static final String ARTICLE = "Boris Johnson told Zelensky to “fight on.” Russia demands neutrality.\n";
    static final String REFERENCE = """
        @prefix pt: <https://w3id.org/peacetalks/ontology#> .
        @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
        @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
        @base <https://w3id.org/peacetalks/id/> .
        <person/boris-johnson> a pt:Person ; rdfs:label "Boris Johnson"@en .
        <person/volodymyr-zelensky> a pt:Person ; rdfs:label "Volodymyr Zelensky"@en ; skos:altLabel "Zelensky"@en .
        <state/russia> a pt:State , pt:Territory ; rdfs:label "Russia"@en .
        <event/istanbul-talks-collapse> a pt:Breakdown ; rdfs:label "Collapse of the Istanbul talks"@en .
        """;
    static final String ANNOTATIONS = """
        article: a1
        mentions: [person/boris-johnson, person/volodymyr-zelensky]
        claims:
          - anchor: Boris Johnson told Zelensky to “fight on.”
            source: article
            quote: fight on
            blame:
              blamed: person/boris-johnson
              outcome: event/istanbul-talks-collapse
        """;

    @TempDir
    Path dir;
    Path data;
    Path store;

    @BeforeEach
    void setUp() throws IOException {
        data = dir.resolve("data");
        store = dir.resolve("store");
        write("articles/a1.txt", ARTICLE);
        write("articles/a1.meta.yaml", "title: null\n");
        write("annotations/a1.yaml", ANNOTATIONS);
        write("reference/entities.ttl", REFERENCE);
        builder().build(store);
    }

    StoreBuilder builder() { return new StoreBuilder(data, Path.of("ontology"), PT.Ids.standard()); }

    void write(String rel, String content) throws IOException {
        Path p = data.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content, StandardCharsets.UTF_8);
    }

    long claims() {
        Dataset ds = TDB2Factory.connectDataset(store.toString());
        try {
            return Txn.calculateRead(ds, () -> {
                try (var qe = QueryExecutionFactory.create(
                        "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?c a <https://w3id.org/peacetalks/ontology#Claim> } }", ds)) {
                    return qe.execSelect().next().getLiteral("n").getLong();
                }
            });
        } finally {
            TDBInternal.expel(ds.asDatasetGraph());
        }
    }

    /** Builds, expects failure, and checks the message and that the old store still answers. */
    InputException fails(String expectedFile, String expectedText) {
        InputException e = assertThrows(InputException.class, () -> builder().build(store));
        assertTrue(e.getMessage().startsWith(expectedFile), () -> "message should name " + expectedFile + ": " + e.getMessage());
        assertTrue(e.getMessage().contains(expectedText), () -> "message should say '" + expectedText + "': " + e.getMessage());
        assertEquals(1, claims(), "the previously built store must be untouched");
        return e;
    }

    @Test
    void buildsValidCorpus() {
        assertEquals(1, claims());
    }

    @Test
    void rejectsAnchorNotInText() throws IOException {
        write("annotations/a1.yaml", ANNOTATIONS.replace("told Zelensky", "told Zelenskiy"));
        fails("data/annotations/a1.yaml:4:13", "anchor quote not found in the article text: \"Boris Johnson told Zelenskiy");
    }

    @Test
    void rejectsUnknownEntity() throws IOException {
        write("annotations/a1.yaml", ANNOTATIONS.replace("blamed: person/boris-johnson", "blamed: person/boris-johnsen"));
        fails("data/annotations/a1.yaml:4", "unknown entity <https://w3id.org/peacetalks/id/person/boris-johnsen>");
    }

    @Test
    void rejectsMalformedMetadata() throws IOException {
        write("articles/a1.meta.yaml", "title: [unclosed\n");
        fails("data/articles/a1.meta.yaml:2:1", "malformed YAML");
    }

    @Test
    void rejectsUnknownMetadataKey() throws IOException {
        write("articles/a1.meta.yaml", "title: null\npublishedBy: Reuters\n");
        fails("data/articles/a1.meta.yaml:2:14", "unknown key 'publishedBy'");
    }

    @Test
    void rejectsWrongDatatypeInAnnotations() throws IOException {
        write("annotations/a1.yaml", ANNOTATIONS + """
              - anchor: Russia demands neutrality.
                source: article
                figure: { measure: troops, value: many }
            """);
        fails("data/annotations/a1.yaml:12:39", "expected a number, found 'many'");
    }

    @Test
    void rejectsWrongDatatypeInReference() throws IOException {
        write("reference/entities.ttl", REFERENCE
            + "<person/boris-johnson> pt:startDate \"last spring\"^^<http://www.w3.org/2001/XMLSchema#date> .\n");
        fails("data/reference/entities.ttl:9:37", "Lexical form 'last spring' not valid for datatype XSD date");
    }

    @Test
    void rejectsInvalidUtf8Article() throws IOException {
        Files.write(data.resolve("articles/a1.txt"), new byte[] {'R', 'u', 's', (byte) 0xC3, (byte) 0x28, '\n'});
        fails("data/articles/a1.txt", "invalid UTF-8: malformed byte sequence at byte offset 3");
    }

    @Test
    void rejectsBinaryArticle() throws IOException {
        Files.write(data.resolve("articles/a1.txt"), new byte[] {'P', 'K', 3, 4, 0, 0});
        fails("data/articles/a1.txt", "binary content (NUL byte at offset 4)");
    }

    @Test
    void rejectsMalformedReferenceTurtle() throws IOException {
        write("reference/entities.ttl", REFERENCE + "<person/x> a pt:Person ; rdfs:label \"unterminated .\n");
        fails("data/reference/entities.ttl:10:1", "Broken token (newline in string)");
    }

    @Test
    void rejectsShaclViolation() throws IOException {
        // A second English label violates the one-label-per-language shape.
        write("reference/entities.ttl", REFERENCE + "<person/boris-johnson> rdfs:label \"BoJo\"@en .\n");
        InputException e = fails("data/reference", "<https://w3id.org/peacetalks/id/person/boris-johnson>");
        assertTrue(e.getMessage().contains("data/reference/entities.ttl"), e.getMessage());
    }

    @Test
    void rebuildKeepsIngestedArticles() throws IOException {
        Path file = dir.resolve("ingested.txt");
        Files.writeString(file, "Negotiators met again in Geneva on Monday and agreed to meet once more within a month, "
            + "although neither side said what the agenda of the next round would be or who would attend it for them.\n");
        try (org.peacetalks.ingest.StoreTarget t = new org.peacetalks.ingest.StoreTarget(store, PT.Ids.standard())) {
            var r = new org.peacetalks.ingest.Ingester(PT.Ids.standard(), org.peacetalks.ingest.Cleaner.standard(),
                a -> org.peacetalks.annotate.Annotations.NONE, t, 1).ingest(java.util.List.of(file), null);
            assertEquals(null, r.get(0).error());
        }
        write("annotations/a1.yaml", ANNOTATIONS.replace("mentions: [person/boris-johnson, person/volodymyr-zelensky]", "mentions: []"));
        StoreBuilder.Result r = builder().build(store);
        assertEquals(1, r.kept());
        assertEquals(2, articles());
    }

    long articles() {
        Dataset ds = TDB2Factory.connectDataset(store.toString());
        try {
            return Txn.calculateRead(ds, () -> {
                try (var qe = QueryExecutionFactory.create(
                        "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?a a <https://w3id.org/peacetalks/ontology#NewsArticle> } }", ds)) {
                    return qe.execSelect().next().getLiteral("n").getLong();
                }
            });
        } finally {
            TDBInternal.expel(ds.asDatasetGraph());
        }
    }

    @Test
    void rejectsQuoteOutsideAnchor() throws IOException {
        write("annotations/a1.yaml", ANNOTATIONS.replace("quote: fight on", "quote: neutrality"));
        fails("data/annotations/a1.yaml:6", "quote is not inside the claim's anchor");
    }
}
