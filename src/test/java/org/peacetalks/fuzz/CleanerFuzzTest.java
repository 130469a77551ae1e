package org.peacetalks.fuzz;

import java.text.Normalizer;

import com.code_intelligence.jazzer.junit.FuzzTest;

import org.peacetalks.corpus.ArticleMetadata;
import org.peacetalks.ingest.Cleaner;
import org.peacetalks.ingest.RawArticle;

/** The cleaner on any text or HTML: a cleaned text (NFC, one kind of newline, not blank) or a refusal. */
class CleanerFuzzTest {
    static final Cleaner CLEANER = Cleaner.standard();

    @FuzzTest(maxDuration = Fuzz.CI_DURATION)
    void cleanerGivesCleanTextOrARefusal(byte[] data) {
        fuzzerTestOneInput(data);
    }

    /** The entry point of the long run (Jazzer's own driver). */
    public static void fuzzerTestOneInput(byte[] data) {
        boolean html = data.length > 0 && (data[0] & 1) == 1;
        String content = Fuzz.text(data);
        Fuzz.refusalOnly(() -> {
            Cleaner.Result r = CLEANER.clean(new RawArticle("fuzz.txt", "fuzz", content, html, ArticleMetadata.UNKNOWN));
            String t = r.text();
            if (t.isBlank()) throw new AssertionError("blank text accepted");
            if (!Normalizer.isNormalized(t, Normalizer.Form.NFC)) throw new AssertionError("not NFC: " + t);
            if (t.indexOf('\r') >= 0) throw new AssertionError("a carriage return left in: " + t);
        });
    }
}
