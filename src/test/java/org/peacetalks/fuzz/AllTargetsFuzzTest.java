package org.peacetalks.fuzz;

import java.util.Arrays;

import com.code_intelligence.jazzer.junit.FuzzTest;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * CI's short fuzzing run: all five targets in one JVM (Jazzer fuzzes one test per
 * JVM, and starting its agent costs more than the run), the first byte choosing
 * the target and the rest its input; the files in {@code AllTargetsFuzzTestInputs/}
 * (a target byte, then a project file of that kind) are its seeds and, without
 * {@code JAZZER_FUZZ}, its regression inputs. {@code .ci/reliability} fuzzes each
 * target on its own for longer.
 */
class AllTargetsFuzzTest {
    /** The server and the scratch file first, so that their set-up is not taken for a slow input. */
    @BeforeAll
    static void start() throws Exception {
        LinkedDataPathFuzzTest.fuzzerInitialize();
        JsonLinesFuzzTest.fuzzerInitialize();
    }

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
