package org.peacetalks.store;

import java.util.List;

import org.peacetalks.util.InputException;

/** A build stopped by bad input; the served store is untouched. */
public class BuildException extends InputException {
    private final List<String> problems;

    public BuildException(String file, List<String> problems) {
        super(file, "SHACL violations");
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() { return problems; }

    /** Each problem line already names its file and line. */
    @Override
    public String getMessage() {
        return problems.size() == 1 ? problems.get(0)
            : file() + ": " + problems.size() + " SHACL violations:\n  " + String.join("\n  ", problems);
    }
}
