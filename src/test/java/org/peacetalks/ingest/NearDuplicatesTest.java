package org.peacetalks.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class NearDuplicatesTest {
    static String seed(String name) throws Exception {
        return Files.readString(Path.of("data/articles", name));
    }

    @Test
    void republicationWithBoilerplateMatchesItsOriginalOnly() throws Exception {
        NearDuplicates nd = new NearDuplicates();
        nd.add("000", seed("000_a17960bcbfc5c427.txt"));
        nd.add("001", seed("001_5ebe0946f73e4939.txt"));
        nd.add("002", seed("002_6eefe4c0358a7307.txt"));
        nd.add("003", seed("003_7c7980079dbd970a.txt"));
        var m = nd.match(seed("004_16506607363ae513.txt"));
        assertTrue(m.isPresent());
        assertEquals("003", m.get().id());
        assertTrue(m.get().similarity() >= 0.9, "similarity " + m.get().similarity());
    }

    @Test
    void articlesOnTheSameStoryAreNotDuplicates() throws Exception {
        NearDuplicates nd = new NearDuplicates();
        nd.add("000", seed("000_a17960bcbfc5c427.txt"));
        nd.add("003", seed("003_7c7980079dbd970a.txt"));
        // 001 covers the same Reuters report as 000 in other words
        assertEquals(java.util.Optional.empty(), nd.match(seed("001_5ebe0946f73e4939.txt")));
        assertEquals(java.util.Optional.empty(), nd.match(seed("002_6eefe4c0358a7307.txt")));
    }

    @Test
    void similarityOfUnrelatedTextIsLow() {
        int[] a = NearDuplicates.signature("the talks in Istanbul were agreed in principle by both delegations in March");
        int[] b = NearDuplicates.signature("inflation rose sharply as the central bank raised its key interest rate again");
        assertTrue(NearDuplicates.similarity(a, b) < 0.1);
    }
}
