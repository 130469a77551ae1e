package org.peacetalks.fuzz;

import java.nio.charset.StandardCharsets;

import org.peacetalks.util.InputException;

/**
 * What every fuzz target here holds to: bad input is an {@link InputException}
 * (the message a user sees, with the file and position); anything else thrown,
 * an error included, is a finding.
 */
final class Fuzz {
    private Fuzz() {}

    /** Seconds of each fuzz test's short run in CI ({@code .ci/reliability} runs the targets for longer). */
    static final String CI_DURATION = "10s";

    static String text(byte[] data) {
        return new String(data, StandardCharsets.UTF_8);
    }

    /** Runs {@code body}; an InputException is the expected refusal, and must say what is wrong. */
    static void refusalOnly(Runnable body) {
        try {
            body.run();
        } catch (InputException e) {
            if (e.problem() == null || e.problem().isBlank() || e.file() == null)
                throw new AssertionError("a refusal without a file or a reason: " + e.getMessage(), e);
        }
    }
}
