package org.peacetalks.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peacetalks.SeedFixture;
import org.peacetalks.extract.Extractor;
import org.peacetalks.vocab.PT;

/**
 * With the CoreNLP models: a 20,000-character sentence (a 5,000-character one took
 * 8 s, a 100,000-character one 434 s of CPU and then a StackOverflowError in SUTime)
 * is split before parsing, reported with article and offset, and the article goes
 * in within seconds (model loading included), with the claim of its short sentence.
 */
class LongSentenceIT {
    static final PT.Ids IDS = PT.Ids.standard();

    @TempDir
    Path dir;

    @Test
    void twentyThousandCharacterSentenceIsSplitAndTheArticleGoesIn() throws Exception {
        Path store = SeedFixture.buildStore(dir);
        StringBuilder run = new StringBuilder();
        while (run.length() < 20_000 - 40) run.append("the delegations met, and the talks went on, ");
        String intro = "Sergei Lavrov said the talks in Istanbul had failed.\n";
        String text = intro + "Then " + run + "until the end.\n";
        Path f = dir.resolve("long.txt");
        Files.writeString(f, text);
        long t0 = System.nanoTime();
        List<Ingester.Outcome> r;
        try (StoreTarget t = new StoreTarget(store, IDS)) {
            r = new Ingester(IDS, Cleaner.standard(), new Extractor(t.reference(), IDS), t, 2).ingest(List.of(f), null);
        }
        long seconds = (System.nanoTime() - t0) / 1_000_000_000L;
        assertNull(r.get(0).error());
        String id = r.get(0).articleId();
        int length = ("Then " + run + "until the end.").length();
        assertEquals(List.of("sentence of article " + id + " at offset " + intro.length() + ": " + length
            + " characters (limit 1000): split into 21 parts"), r.get(0).warnings());
        assertTrue(r.get(0).claims() >= 1, "the short sentence's claim is kept: " + r.get(0).claims());
        assertTrue(seconds < 40, "took " + seconds + " s");
        System.out.println("LongSentenceIT: " + length + "-character sentence ingested in " + seconds + " s, " + r.get(0).claims() + " claims");
    }
}
