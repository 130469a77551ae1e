package org.peacetalks.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.peacetalks.annotate.Annotations;
import org.peacetalks.annotate.CuratedReader;
import org.peacetalks.util.InputException;
import org.peacetalks.vocab.PT;

/**
 * The curated corpus in {@code data/}: {@code articles/<stem>.txt} with optional
 * {@code articles/<stem>.meta.yaml}, and {@code annotations/<stem>.yaml}.
 */
public final class CuratedCorpus {
    /** One article with its annotations and the file they came from (null when none). */
    public record Entry(Article article, Annotations annotations, String annotationFile) {}

    private final Path dataDir;
    private final CuratedReader reader;

    public CuratedCorpus(Path dataDir, PT.Ids ids) {
        this.dataDir = dataDir;
        this.reader = new CuratedReader(ids);
    }

    public Path articlesDir() { return dataDir.resolve("articles"); }
    public Path annotationsDir() { return dataDir.resolve("annotations"); }
    public Path referenceDir() { return dataDir.resolve("reference"); }

    /** Article stems in name order. */
    public List<String> stems() {
        Path dir = articlesDir();
        if (!Files.isDirectory(dir)) throw new InputException(dir.toString(), "no articles directory");
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt"))
                .map(n -> n.substring(0, n.length() - 4)).sorted().toList();
        } catch (IOException e) {
            throw new InputException(dir.toString(), "cannot list: " + e.getMessage(), e);
        }
    }

    /** Reads one article: text, metadata and annotations, all anchors resolved. */
    public Entry read(String stem) {
        Path txt = articlesDir().resolve(stem + ".txt");
        String text = TextFiles.readUtf8(txt, rel(txt));
        if (text.isBlank()) throw new InputException(rel(txt), "empty article");
        Article article = new Article(stem, txt.getFileName().toString(), text, ArticleMetadata.UNKNOWN);
        Path meta = articlesDir().resolve(stem + ".meta.yaml");
        if (Files.exists(meta)) {
            ArticleMetadata m = reader.readMetadata(rel(meta), TextFiles.readUtf8(meta, rel(meta)), text);
            if (m.republicationOf() != null) {
                Path orig = articlesDir().resolve(m.republicationOf() + ".txt");
                if (!Files.exists(orig))
                    throw new InputException(rel(meta), "republicationOf names an unknown article '" + m.republicationOf() + "'");
                // the metadata file names the original by stem; the graph links article IRIs, made from ids
                String origText = TextFiles.readUtf8(orig, rel(orig));
                m = m.withRepublicationOf(new Article(m.republicationOf(), orig.getFileName().toString(), origText, ArticleMetadata.UNKNOWN).id());
            }
            article = article.withMetadata(m);
        }
        Path ann = annotationsDir().resolve(stem + ".yaml");
        if (!Files.exists(ann)) return new Entry(article, Annotations.NONE, null);
        Annotations a = reader.readAnnotations(rel(ann), TextFiles.readUtf8(ann, rel(ann)), article, other -> {
            Path o = annotationsDir().resolve(other + ".yaml");
            return Files.exists(o) ? new String[] {rel(o), TextFiles.readUtf8(o, rel(o))} : null;
        });
        return new Entry(article, a, rel(ann));
    }

    public List<Entry> readAll() {
        List<Entry> out = new ArrayList<>();
        for (String s : stems()) out.add(read(s));
        return out;
    }

    /** A path as users see it in messages: relative to the directory that holds data/. */
    public String rel(Path p) {
        Path base = dataDir.toAbsolutePath().getParent();
        Path abs = p.toAbsolutePath();
        return base != null && abs.startsWith(base) ? base.relativize(abs).toString() : p.toString();
    }
}
