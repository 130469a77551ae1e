package org.peacetalks.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.peacetalks.corpus.CuratedCorpus;
import org.peacetalks.extract.Extractor;
import org.peacetalks.rdf.RdfFiles;
import org.peacetalks.vocab.PT;

/**
 * Extraction scored against the curated seeds. The floors sit just under the
 * figures measured on 2026-11-22 and guard against regressions; the measured
 * F1 meets the targets (0.9 for named mentions and quotes, 0.7 for
 * attributed claims, positions, figures and blame) on every layer but the
 * event/document references, which have none.
 */
class EvaluationTest {
    @Test
    void layersMeetTheirFloorsOnTheSeeds() {
        Graph reference = GraphFactory.createDefaultGraph();
        for (Path f : RdfFiles.turtleFiles(Path.of("data/reference"))) RdfFiles.parseInto(f, reference);
        CuratedCorpus corpus = new CuratedCorpus(Path.of("data"), PT.Ids.standard());
        // the sentence shapes alone (no speaker ranker, no learned blame decision)
        List<Evaluation.Score> scores = Evaluation.run(corpus.readAll(), new Extractor(reference, PT.Ids.standard(), null, null, null, null));
        scores.forEach(s -> System.out.println("eval " + s));
        assertEquals(List.of("linked mentions", "event/doc references", "quotes with speaker", "attributed claims", "positions",
            "figures", "blame"), scores.stream().map(Evaluation.Score::layer).toList());
        floor(scores.get(0), 0.91, 0.92);   // measured P=0.912 R=0.931
        floor(scores.get(1), 0.83, 0.41);   // measured P=0.844 R=0.415
        floor(scores.get(2), 0.94, 0.86);   // measured P=0.950 R=0.864
        floor(scores.get(3), 0.91, 0.60);   // measured P=0.917 R=0.610
        floor(scores.get(4), 0.89, 0.58);   // measured P=0.902 R=0.585
        floor(scores.get(5), 0.94, 0.71);   // measured P=0.947 R=0.720
        floor(scores.get(6), 0.99, 0.59);   // measured P=1.000 R=0.600
        // the targets on the seeds
        for (Evaluation.Score s : scores) if (Evaluation.TARGETS.containsKey(s.layer())) target(s, Evaluation.TARGETS.get(s.layer()));
    }

    /**
     * The shipped extractor, with the quotation speaker ranker and the learned
     * blame decision. The ranker lifts quotes on the eval corpus (test F1 0.679
     * → 0.738 in one run) and on the seeds' curated format gives four more
     * quotations a speaker the curators did not list, so its quotes stay under
     * the seeds' 0.9 target. The blame decision lifts blame on articles the
     * rules were not written on (dev 5-fold CV F1 0.278 → 0.564, test 0.193 →
     * 0.424, measured 2026-12-03) and costs the seeds' precision: generic cue
     * words in the seeds' long commentary ("talks failures", "stop short",
     * "prevent a deal") become blame the curators did not list (measured
     * P=0.167 R=0.600, attributed claims P=0.877 R=0.602). These floors guard
     * that trade-off; the rules-alone test above keeps the old ones.
     */
    @Test
    void theRankedExtractorHoldsItsFloorsOnTheSeeds() {
        Graph reference = GraphFactory.createDefaultGraph();
        for (Path f : RdfFiles.turtleFiles(Path.of("data/reference"))) RdfFiles.parseInto(f, reference);
        CuratedCorpus corpus = new CuratedCorpus(Path.of("data"), PT.Ids.standard());
        List<Evaluation.Score> scores = Evaluation.run(corpus.readAll(), new Extractor(reference, PT.Ids.standard()));
        scores.forEach(s -> System.out.println("eval ranked " + s));
        floor(scores.get(0), 0.91, 0.92);   // measured P=0.912 R=0.931
        floor(scores.get(2), 0.92, 0.86);   // measured P=0.927 R=0.864
        // one claim below 0.602 since the 2026-12-03 reporting verbs (that commit said 0.602; CI measured 0.596, as here)
        floor(scores.get(3), 0.87, 0.59);   // measured P=0.876 R=0.596
        floor(scores.get(4), 0.89, 0.58);   // measured P=0.902 R=0.585
        floor(scores.get(5), 0.94, 0.78);   // measured P=0.947 R=0.783
        floor(scores.get(6), 0.16, 0.59);   // measured P=0.167 R=0.600
    }

    static void target(Evaluation.Score s, double f1) {
        assertTrue(s.f1() >= f1, "below the target F1 " + f1 + ": " + s);
    }

    static void floor(Evaluation.Score s, double p, double r) {
        assertTrue(s.precision() >= p && s.recall() >= r, s.toString());
    }
}
