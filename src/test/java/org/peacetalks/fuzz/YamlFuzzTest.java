package org.peacetalks.fuzz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.code_intelligence.jazzer.junit.FuzzTest;

import org.peacetalks.annotate.CuratedReader;
import org.peacetalks.corpus.Article;
import org.peacetalks.vocab.PT;

/**
 * The YAML readers on any bytes: an article's metadata and annotations against a
 * real seed article, read or refused with the file and line.
 */
class YamlFuzzTest {
    static final CuratedReader READER = new CuratedReader(PT.Ids.standard());
    static final Article ARTICLE;

    static {
        try {
            ARTICLE = new Article("000_a17960bcbfc5c427", "000_a17960bcbfc5c427.txt",
                Files.readString(Path.of("data/articles/000_a17960bcbfc5c427.txt")), null);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @FuzzTest(maxDuration = Fuzz.CI_DURATION)
    void metadataAndAnnotationsAreReadOrRefused(byte[] data) {
        fuzzerTestOneInput(data);
    }

    public static void fuzzerTestOneInput(byte[] data) {
        String content = Fuzz.text(data);
        Fuzz.refusalOnly(() -> READER.readMetadata("fuzz.meta.yaml", content, ARTICLE.text()));
        Fuzz.refusalOnly(() -> READER.readAnnotations("fuzz.yaml", content, ARTICLE, stem -> null));
    }
}
