package org.peacetalks.cli;

/** One-line descriptions of unexpected exceptions for users; the stack trace only with {@value #DEBUG_ENV} set. */
final class Errors {
    static final String DEBUG_ENV = "PEACETALKS_DEBUG";

    private Errors() {}

    /** "message", or the exception's kind when it has no message, of the innermost cause that says something. */
    static String describe(Throwable e) {
        Throwable best = e;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) best = t;
            if (t.getCause() == t) break;
        }
        String m = best.getMessage();
        String kind = best.getClass().getSimpleName();
        return m == null || m.isBlank() ? kind : m.lines().findFirst().orElse(kind).strip();
    }

    static boolean debug() {
        String v = System.getenv(DEBUG_ENV);
        return v != null && !v.isBlank() && !v.equals("0");
    }
}
