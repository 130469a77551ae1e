package org.peacetalks.extract.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The stage contract on stages that need no models: assembly checks, the state's layers, per-stage timing. */
class PipelineTest {
    static final Layer<String> TEXT = Layer.of("text");
    static final Layer<List<String>> WORDS = Layer.of("words");
    static final Layer<Integer> COUNT = Layer.of("count");

    static final Stage SPLIT = Stage.of("split", Set.of(TEXT), Set.of(WORDS), s -> s.put(WORDS, List.of(s.get(TEXT).split(" "))));
    static final Stage COUNTER = Stage.of("count", Set.of(WORDS), Set.of(COUNT), s -> s.put(COUNT, s.get(WORDS).size()));

    @Test
    void runsTheStagesInOrderOnOneState() {
        Pipeline p = new Pipeline(Set.of(TEXT), List.of(SPLIT, COUNTER));
        ArticleState s = new ArticleState().put(TEXT, "the talks collapsed");
        p.run(s);
        assertEquals(List.of("the", "talks", "collapsed"), s.get(WORDS));
        assertEquals(3, s.get(COUNT));
        assertEquals(List.of("split", "count"), p.stageIds());
    }

    @Test
    void assemblyFailsNamingTheStageAndTheMissingLayer() {
        var e = assertThrows(IllegalArgumentException.class, () -> new Pipeline(Set.of(TEXT), List.of(COUNTER, SPLIT)));
        assertEquals("stage 'count' requires layer 'words', which no stage before it provides", e.getMessage());
        var nothingGiven = assertThrows(IllegalArgumentException.class, () -> new Pipeline(Set.of(), List.of(SPLIT)));
        assertEquals("stage 'split' requires layer 'text', which no stage before it provides", nothingGiven.getMessage());
    }

    @Test
    void aLayerIsProvidedOnceAndStageIdsAreUnique() {
        Stage again = Stage.of("split-again", Set.of(TEXT), Set.of(WORDS), s -> {});
        var twice = assertThrows(IllegalArgumentException.class, () -> new Pipeline(Set.of(TEXT), List.of(SPLIT, again)));
        assertEquals("stage 'split-again' provides layer 'words', already provided by stage 'split'", twice.getMessage());
        Stage sameId = Stage.of("split", Set.of(WORDS), Set.of(COUNT), s -> {});
        var ids = assertThrows(IllegalArgumentException.class, () -> new Pipeline(Set.of(TEXT), List.of(SPLIT, sameId)));
        assertEquals("two stages have the id 'split'", ids.getMessage());
    }

    @Test
    void aStageThatDoesNotProvideWhatItDeclaresFailsTheRun() {
        Stage lazy = Stage.of("lazy", Set.of(TEXT), Set.of(WORDS), s -> {});
        Pipeline p = new Pipeline(Set.of(TEXT), List.of(lazy));
        var e = assertThrows(IllegalStateException.class, () -> p.run(new ArticleState().put(TEXT, "x")));
        assertEquals("stage 'lazy' did not provide layer 'words'", e.getMessage());
    }

    @Test
    void theStateRefusesAMissingLayerAndASecondValue() {
        ArticleState s = new ArticleState().put(TEXT, "x");
        assertEquals("layer 'count' has not been provided", assertThrows(IllegalStateException.class, () -> s.get(COUNT)).getMessage());
        assertEquals("layer 'text' is provided twice", assertThrows(IllegalStateException.class, () -> s.put(TEXT, "y")).getMessage());
    }

    @Test
    void eachStageIsTimedPerRun() {
        Pipeline p = new Pipeline(Set.of(TEXT), List.of(SPLIT, COUNTER));
        for (String t : List.of("a b", "c d e")) p.run(new ArticleState().put(TEXT, t));
        List<String> runs = new ArrayList<>();
        for (Pipeline.Timing t : p.timings()) runs.add(t.stage() + " " + t.runs() + " " + (t.nanos() > 0));
        assertEquals(List.of("split 2 true", "count 2 true"), runs);
    }
}
