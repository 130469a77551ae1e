package org.peacetalks.eval;

import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.peacetalks.corpus.CuratedCorpus;
import org.peacetalks.vocab.PT;

/** The corpora extraction is scored on: the curated seeds in {@code data/}, and the blind splits in {@code data/eval/}. */
public final class EvalCorpora {
    /** Which gold. */
    public enum Corpus { seeds, dev, test }

    private EvalCorpora() {}

    /** Names of the reference entities, with the evaluation corpus's aliases for canonical gold names. */
    public static EntityNames names(Graph reference, Path data, PT.Ids ids) {
        return new EntityNames(reference).withAliases(data.resolve("eval/aliases.tsv"), ids.entity(""));
    }

    public static List<Gold> gold(Corpus c, Path data, PT.Ids ids, EntityNames names) {
        return switch (c) {
            case seeds -> SeedGold.of(new CuratedCorpus(data, ids).readAll(), names);
            case dev, test -> GoldCorpus.read(data.resolve("eval").resolve(c.name()));
        };
    }
}
