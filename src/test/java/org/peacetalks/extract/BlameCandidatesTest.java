package org.peacetalks.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** The learned blame decision's model: its file format and its arithmetic, without CoreNLP. */
class BlameCandidatesTest {
    @Test
    void theModelFileRoundTrips() {
        var m = new LinearModel(Map.of("rule-any", 2.5, "s:anchored:cause-failure", 0.75, "is-source", -1.25), -0.5, 0.3);
        String text = m.write("test model");
        assertEquals("""
            # test model
            threshold\t0.3
            bias\t-0.5
            is-source\t-1.25
            rule-any\t2.5
            s:anchored:cause-failure\t0.75
            """, text);
        var back = LinearModel.read(text, "test.model");
        assertEquals(text, back.write("test model"));
        assertEquals(0.3, back.threshold());
    }

    @Test
    void theProbabilityIsTheLogisticOfTheWeightedFeatures() {
        var m = new LinearModel(Map.of("a", 1.0, "b", -2.0), 0.5, 0.5);
        // z = 0.5 + 1.0*1 + (-2.0)*1 = -0.5; an unknown feature weighs nothing
        assertEquals(1 / (1 + Math.exp(0.5)), m.probability(Map.of("a", 1.0, "b", 1.0, "unseen", 1.0)), 1e-12);
        assertEquals(1 / (1 + Math.exp(-0.5)), m.probability(Map.of()), 1e-12);
    }

    @Test
    void aBadLineNamesTheFileAndTheLine() {
        var e = assertThrows(IllegalArgumentException.class,
            () -> LinearModel.read("# header\nthreshold\t0.3\nrule-any 2.5\n", "blame.model"));
        assertEquals("blame.model:3: expected feature<TAB>weight, got: rule-any 2.5", e.getMessage());
        var n = assertThrows(IllegalArgumentException.class,
            () -> LinearModel.read("bias\tlow\n", "blame.model"));
        assertEquals("blame.model:1: not a number: low", n.getMessage());
    }

    @Test
    void theShippedModelLoadsWithAThresholdBetweenZeroAndOne() {
        var m = BlameCandidates.shippedModel();
        assertTrue(m != null && m.threshold() > 0 && m.threshold() < 1, "threshold " + (m == null ? null : m.threshold()));
        // a rule frame's blamed party weighs for blame in the trained model
        assertTrue(m.probability(Map.of("rule-any", 1.0)) > m.probability(Map.of()));
    }
}
