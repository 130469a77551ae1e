package org.peacetalks.util;

import java.io.PrintStream;

/**
 * A progress bar on stderr for long runs: redrawn in place on a terminal,
 * one line per tenth of the work otherwise (CI logs stay short).
 */
public final class Progress {
    private final String task;
    private final int total;
    private final PrintStream out;
    private final boolean terminal;
    private final long started = System.nanoTime();
    private int done;
    private int failed;
    private int lastDecile = -1;

    public Progress(String task, int total, PrintStream out) {
        this.task = task;
        this.total = total;
        this.out = out;
        this.terminal = System.console() != null;
    }

    public synchronized void step(boolean ok) {
        done++;
        if (!ok) failed++;
        int decile = total == 0 ? 10 : done * 10 / total;
        if (terminal) {
            out.print("\r" + line());
            if (done == total) out.println();
        } else if (decile != lastDecile) {
            out.println(line());
        }
        lastDecile = decile;
        out.flush();
    }

    String line() {
        int width = 30;
        int filled = total == 0 ? width : done * width / total;
        double secs = (System.nanoTime() - started) / 1e9;
        return String.format("%s [%s%s] %d/%d%s %.1fs", task, "#".repeat(filled), ".".repeat(width - filled), done, total,
            failed > 0 ? " (" + failed + " failed)" : "", secs);
    }
}
