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
 * figures measured on 2026-11-22 and guard against regressions; they are below
 * the targets (0.9 for mentions and quotes, 0.7 for blame), which the
 * extraction does not reach yet.
 */
class EvaluationTest {
    @Test
    void layersMeetTheirFloorsOnTheSeeds() {
        Graph reference = GraphFactory.createDefaultGraph();
        for (Path f : RdfFiles.turtleFiles(Path.of("data/reference"))) RdfFiles.parseInto(f, reference);
        CuratedCorpus corpus = new CuratedCorpus(Path.of("data"), PT.Ids.standard());
        List<Evaluation.Score> scores = Evaluation.run(corpus.readAll(), new Extractor(reference, PT.Ids.standard()));
        scores.forEach(s -> System.out.println("eval " + s));
        assertEquals(List.of("linked mentions", "quotes with speaker", "blame"), scores.stream().map(Evaluation.Score::layer).toList());
        floor(scores.get(0), 0.88, 0.69);   // measured P=0.886 R=0.700
        floor(scores.get(1), 0.84, 0.41);   // measured P=0.850 R=0.415
        floor(scores.get(2), 0.99, 0.59);   // measured P=1.000 R=0.600
    }

    static void floor(Evaluation.Score s, double p, double r) {
        assertTrue(s.precision() >= p && s.recall() >= r, s.toString());
    }
}
