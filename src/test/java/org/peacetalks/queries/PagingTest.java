package org.peacetalks.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.peacetalks.SeedFixture;
import org.junit.jupiter.api.io.TempDir;

/**
 * Paging as the README documents it: a competency query with {@code LIMIT n OFFSET k}
 * appended returns its rows in pages, and the pages together are exactly its
 * expected rows, in order (every query orders its rows).
 */
class PagingTest {
    static final int PAGE = 4;

    @TempDir
    static Path dir;
    static Dataset ds;

    @BeforeAll
    static void build() {
        ds = org.apache.jena.query.DatasetFactory.wrap(org.peacetalks.store.SearchIndex.open(SeedFixture.buildStore(dir), System.out));
        ds.getContext().set(TDB2.symUnionDefaultGraph, true);
    }

    @AfterAll
    static void close() {
        org.peacetalks.store.SearchIndex.close(ds.asDatasetGraph());
    }

    static Stream<String> queries() throws IOException {
        return CompetencyQueriesTest.queries();
    }

    static List<String> rows(String query) {
        String tsv = Txn.calculateRead(ds, () -> {
            try (QueryExecution qe = QueryExecutionFactory.create(query, ds)) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                ResultSetFormatter.outputAsTSV(out, qe.execSelect());
                return out.toString(StandardCharsets.UTF_8);
            }
        });
        return tsv.lines().toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void pagesTogetherAreTheExpectedRows(String name) throws IOException {
        String query = Files.readString(Path.of("queries", name));
        List<String> expected = Files.readString(Path.of("src/test/resources/expected", name.replace(".rq", ".tsv"))).lines().toList();
        List<String> paged = new ArrayList<>();
        for (int offset = 0; ; offset += PAGE) {
            List<String> page = rows(query + "\nLIMIT " + PAGE + " OFFSET " + offset);
            if (offset == 0) paged.add(page.get(0));
            assertEquals(expected.get(0), page.get(0), "header");
            paged.addAll(page.subList(1, page.size()));
            if (page.size() - 1 < PAGE) break;
        }
        assertEquals(expected, paged, name);
    }
}
