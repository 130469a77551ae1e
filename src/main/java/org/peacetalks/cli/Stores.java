package org.peacetalks.cli;

import java.nio.file.Path;

import org.apache.jena.sparql.core.DatasetGraph;
import org.peacetalks.store.SearchIndex;
import org.peacetalks.util.InputException;

/** Opening the TDB2 store with its text index, with a message, not a stack trace, when another process holds it. */
final class Stores {
    private Stores() {}

    static DatasetGraph connect(Path store) {
        try {
            return SearchIndex.open(store, System.out);
        } catch (RuntimeException e) {
            throw opening(store, e);
        }
    }

    /** The message for a failure to open {@code store}: "in use by another process" for TDB2's lock. */
    static InputException opening(Path store, RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            // another process holds the lock; OverlappingFileLockException: this process does, outside TDB2
            if (m.contains("Failed to get a lock") || t instanceof java.nio.channels.OverlappingFileLockException) {
                var pid = java.util.regex.Pattern.compile("held by process (\\d+)").matcher(m);
                return new InputException(store.toString(), "the store is in use by another process"
                    + (pid.find() ? " (process " + pid.group(1) + ")" : "")
                    + ", such as a running serve: stop it first, or ingest into the running service with --service URL", e);
            }
        }
        return new InputException(store.toString(), "cannot open the store: " + Errors.describe(e), e);
    }
}
