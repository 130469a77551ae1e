package org.peacetalks.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.peacetalks.corpus.CuratedCorpus;
import org.peacetalks.eval.CorpusEvaluation;
import org.peacetalks.eval.EntityNames;
import org.peacetalks.eval.Evaluation;
import org.peacetalks.eval.EvalCorpora;
import org.peacetalks.extract.Extractor;
import org.peacetalks.rdf.RdfFiles;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code eval}: automatic extraction scored against gold, per layer.
 * <pre>
 *   eval                      # the curated seeds
 *   eval --corpus dev --details
 *   eval --corpus test        # report only: never read its misses while writing rules
 * </pre>
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Run automatic extraction on an evaluation corpus and print precision, recall and F1 per layer.")
public final class EvalCommand implements Callable<Integer> {
    @Mixin
    StoreOptions opts;

    @Option(names = "--corpus", defaultValue = "seeds", description = "seeds (the curated articles of data/), dev or test (data/eval/). Default: ${DEFAULT-VALUE}")
    EvalCorpora.Corpus corpus;

    @Option(names = "--details", description = "Also list, per article, each gold item missed and each extracted item the gold lacks.")
    boolean details;

    @Option(names = "--threads", defaultValue = "2", description = "Articles annotated at once. Default: ${DEFAULT-VALUE}")
    int threads;

    @Option(names = "--speakers", defaultValue = "ranker",
        description = "Quotation speakers: ranker (the shipped model over the rules' candidates) or rules (the sentence shapes alone). Default: ${DEFAULT-VALUE}")
    String speakers;

    @Option(names = "--compare-speakers", description = "Also run with the rules alone and print the quotes layer of both, from one run.")
    boolean compare;

    @Override
    public Integer call() {
        Graph reference = GraphFactory.createDefaultGraph();
        CuratedCorpus curated = new CuratedCorpus(opts.data, opts.ids());
        for (Path f : RdfFiles.turtleFiles(curated.referenceDir())) RdfFiles.parseInto(f, curated.rel(f), reference);
        if (!speakers.equals("ranker") && !speakers.equals("rules")) {
            System.err.println("eval: --speakers must be ranker or rules, not " + speakers);
            return 2;
        }
        Extractor extractor = speakers.equals("rules") ? new Extractor(reference, opts.ids(), null, null) : new Extractor(reference, opts.ids());
        if (corpus == EvalCorpora.Corpus.seeds) {
            System.out.println("Curated-format layers on the seeds (republications skipped):");
            for (Evaluation.Score s : Evaluation.run(curated.readAll(), extractor)) {
                Double target = Evaluation.TARGETS.get(s.layer());
                System.out.println("  " + s + (target == null ? "" : String.format(Locale.ROOT, "  target F1 %.1f %s", target, s.f1() >= target ? "met" : "NOT met")));
            }
            System.out.println();
        }
        EntityNames names = EvalCorpora.names(reference, opts.data, opts.ids());
        CorpusEvaluation.Report r = new CorpusEvaluation(names).run(corpus.name(), EvalCorpora.gold(corpus, opts.data, opts.ids(), names),
            extractor, threads);
        print(r, details);
        if (compare) {
            CorpusEvaluation.Report rules = new CorpusEvaluation(names).run(corpus.name(), EvalCorpora.gold(corpus, opts.data, opts.ids(), names),
                new Extractor(reference, opts.ids(), null, null), threads);
            System.out.println("  quotes, speakers by the rules alone: " + rules.score("quotes with speaker"));
            System.out.println("  quotes, speakers by the ranker:      " + r.score("quotes with speaker"));
        }
        return r.badEvidence() == 0 ? 0 : 1;
    }

    static void print(CorpusEvaluation.Report r, boolean details) {
        if (details) {
            String article = null;
            for (CorpusEvaluation.Detail d : r.details()) {
                if (!d.article().equals(article)) System.out.println("== " + (article = d.article()));
                System.out.println(d);
            }
            System.out.println();
        }
        System.out.printf(Locale.ROOT, "Corpus %s: %d articles, %d words%n", r.corpus(), r.articles(), r.words());
        for (CorpusEvaluation.Score s : r.scores()) System.out.println("  " + s);
        System.out.printf(Locale.ROOT, "  blame stance accuracy %.3f (%d of %d matched pairs)%n", r.stanceAccuracy(), r.stanceAgreed(), r.stanceMatched());
        System.out.printf(Locale.ROOT, "  evidence spans not the article's text: %d%s%n", r.badEvidence(), r.badEvidence() == 0 ? "" : "  (must be 0)");
        if (r.goldNotInText() > 0)
            System.out.printf(Locale.ROOT, "  gold strings not found in the cleaned text: %d (scored as missed)%n", r.goldNotInText());
    }
}
