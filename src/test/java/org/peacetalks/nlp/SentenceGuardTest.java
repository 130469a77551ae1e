package org.peacetalks.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Sentences over the limit are split at whitespace or left out, offsets unchanged; tokenizer and splitter only, no models. */
class SentenceGuardTest {
    private static final SentenceGuard GUARD = SentenceGuard.of(1000);
    private static final String INTRO = "Talks resumed in Geneva on Monday. ";

    @Test
    void ordinaryTextIsUnchanged() {
        String text = INTRO + "The envoy said the talks were useful.\nA second paragraph follows.\n";
        SentenceGuard.Result r = GUARD.guard(text);
        assertEquals(text, r.text());
        assertEquals(List.of(), r.warnings());
    }

    @Test
    void hundredThousandCharacterSentenceIsSplitAtSpaces() {
        StringBuilder b = new StringBuilder(INTRO);
        while (b.length() < INTRO.length() + 100_000 - 8) b.append("and the ");
        String sentence = b.substring(INTRO.length()) + "end.";
        String text = INTRO + sentence + " Then it stopped.\n";
        long t0 = System.nanoTime();
        SentenceGuard.Result r = GUARD.guard(text);
        long millis = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(text.length(), r.text().length(), "offsets must not move");
        assertEquals(text.replace('\n', ' '), r.text().replace('\n', ' '), "only spaces became line breaks");
        for (String line : r.text().substring(INTRO.length(), INTRO.length() + sentence.length()).split("\n")) assertTrue(line.length() <= 1000, "line of " + line.length());
        assertEquals(List.of("sentence at offset 35: " + sentence.length() + " characters (limit 1000): split into 100 parts"), r.warnings());
        assertTrue(millis < 10_000, "took " + millis + " ms");
    }

    @Test
    void stretchWithoutSpacesIsLeftOut() {
        String run = "x".repeat(3000);
        String text = INTRO + "It read " + run + " and more.\n";
        SentenceGuard.Result r = GUARD.guard(text);
        assertEquals(text.length(), r.text().length());
        assertEquals(INTRO + "It read\n" + " ".repeat(3000) + " and more.\n", r.text());
        assertEquals(List.of("sentence at offset 35: 3018 characters (limit 1000): split into 2 parts, "
            + "3000 characters without a space left out of annotation"), r.warnings());
    }

    @Test
    void offsetsAreCodePoints() {
        String text = "\uD83D\uDD4A\uFE0F Peace. " + "word ".repeat(300) + "end.\n";
        SentenceGuard.Result r = GUARD.guard(text);
        assertEquals(List.of("sentence at offset 10: 1504 characters (limit 1000): split into 2 parts"), r.warnings());
    }
}
