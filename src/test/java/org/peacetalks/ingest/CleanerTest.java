package org.peacetalks.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.peacetalks.corpus.ArticleMetadata;

class CleanerTest {
    final Cleaner cleaner = Cleaner.standard();

    Cleaner.Result clean(String content, boolean html) {
        return cleaner.clean(new RawArticle("t", "t", content, html, ArticleMetadata.UNKNOWN));
    }

    @Test
    void removesBannerSyndicationAndCommentForm() {
        Cleaner.Result r = clean("""
            Latest World News and Updates

            Talks Resume in Geneva

            Delegations met on Monday.  The talks went on.

            Read the full article here

            Leave A Reply

            Your email address will not be published.
            """, false);
        assertEquals("Talks Resume in Geneva\n\nDelegations met on Monday. The talks went on.\n", r.text());
        assertEquals("Talks Resume in Geneva", r.title());
        assertEquals(List.of("banner-latest-news: Latest World News and Updates",
            "syndication-read-full: Read the full article here"), r.removed());
    }

    @Test
    void removesRelatedStoryTeaserWithItsSummary() {
        Cleaner.Result r = clean("""
            The envoy arrived late.

            Ministers Sign Grain Accord
            Other Topics of Interest

            Ministers Sign Grain Accord

            Officials agreed on shipments through the corridor.

            The envoy left the next day.

            To suggest a correction or clarification, write to us here
            Comments (0)
            """, false);
        assertEquals("The envoy arrived late.\n\nThe envoy left the next day.\n", r.text());
        assertNull(r.title());
    }

    @Test
    void htmlBecomesParagraphsWithoutScriptsOrChrome() {
        Cleaner.Result r = clean("""
            <html><head><title>x</title><script>var a = "<p>not text</p>";</script></head>
            <body><nav>Home | World</nav><article><h1>Leaders Meet</h1>
            <p>Putin&nbsp;said “no”.</p><p>Zelensky <b>disagreed</b>.<script>track()</script></p></article>
            <footer>© Site</footer></body></html>
            """, true);
        assertEquals("Leaders Meet\n\nPutin said “no”.\n\nZelensky disagreed.\n", r.text());
    }

    @Test
    void normalisesUnicodeToNfc() {
        Cleaner.Result r = clean("Zelenskyy visited Kyiv\u200B. Cafe\u0301 talks.\r\n", false);
        assertEquals("Zelenskyy visited Kyiv. Café talks.\n", r.text());
    }

    @Test
    void ruleFileErrorsNameTheFileAndLine() {
        assertEquals("nope.rules: rule file not found on the classpath",
            org.junit.jupiter.api.Assertions.assertThrows(org.peacetalks.util.InputException.class, () -> Cleaner.loadRules("nope.rules")).getMessage());
        String bad = org.junit.jupiter.api.Assertions.assertThrows(org.peacetalks.util.InputException.class,
            () -> Cleaner.loadRules("bad-regex.rules")).getMessage();
        assertTrue(bad.startsWith("bad-regex.rules:3:1: bad regex: "), bad);
        assertEquals("short.rules:1:1: expected '<id> <kind> <regex>'",
            org.junit.jupiter.api.Assertions.assertThrows(org.peacetalks.util.InputException.class, () -> Cleaner.loadRules("short.rules")).getMessage());
    }

    @Test
    void seedRepublicationCleansToTheOriginalText() throws Exception {
        String original = Files.readString(Path.of("data/articles/003_7c7980079dbd970a.txt"));
        String copy = Files.readString(Path.of("data/articles/004_16506607363ae513.txt"));
        Cleaner.Result r = clean(copy, false);
        assertEquals("The West Should Be Receptive to Russia’s Openness to Talks", r.title());
        assertFalse(r.text().contains("Firearms"));
        assertFalse(r.text().contains("Leave A Reply"));
        assertTrue(r.text().endsWith("isn’t the option of negotiating a settlement with Russia at least worth exploring?\n"));
        assertTrue(original.strip().endsWith("isn’t the option of negotiating a settlement with Russia at least worth exploring?"));
    }
}
