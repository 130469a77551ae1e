package org.peacetalks.fuzz;

import java.util.Arrays;

import com.code_intelligence.jazzer.junit.FuzzTest;

import org.junit.jupiter.api.AfterAll;

/**
 * CI's short fuzzing run: all five targets in one JVM (Jazzer fuzzes one test per
 * JVM, and starting its agent costs more than the run), the first byte choosing
 * the target and the rest its input. {@code .ci/reliability} fuzzes each target
 * on its own for longer.
 */
class AllTargetsFuzzTest {
    @FuzzTest(maxDuration = "45s")
    void noTargetThrowsAnythingButARefusal(byte[] data) throws Exception {
        if (data.length == 0) return;
        byte[] rest = Arrays.copyOfRange(data, 1, data.length);
        switch ((data[0] & 0xff) % 5) {
            case 0 -> CleanerFuzzTest.fuzzerTestOneInput(rest);
            case 1 -> JsonLinesFuzzTest.fuzzerTestOneInput(rest);
            case 2 -> YamlFuzzTest.fuzzerTestOneInput(rest);
            case 3 -> RuleFilesFuzzTest.fuzzerTestOneInput(rest);
            default -> LinkedDataPathFuzzTest.fuzzerTestOneInput(rest);
        }
    }

    @AfterAll
    static void stop() throws Exception {
        LinkedDataPathFuzzTest.fuzzerTearDown();
        JsonLinesFuzzTest.fuzzerTearDown();
    }
}
