package org.peacetalks.util;

/**
 * Bad input: always names the file and, where known, the line (or character
 * offset) and the problem, in one format: {@code file:line:col: message}.
 * A fatal error aborts the article (or build) it occurs in; nothing stored changes.
 */
public class InputException extends RuntimeException {
    private final String file;
    private final int line;
    private final int column;

    public InputException(String file, int line, int column, String message) {
        super(message);
        this.file = file;
        this.line = line;
        this.column = column;
    }

    public InputException(String file, String message) {
        this(file, -1, -1, message);
    }

    public InputException(String file, String message, Throwable cause) {
        this(file, -1, -1, message);
        initCause(cause);
    }

    public String file() { return file; }
    public int line() { return line; }
    public int column() { return column; }
    public String problem() { return super.getMessage(); }

    @Override
    public String getMessage() {
        StringBuilder sb = new StringBuilder(file == null ? "<input>" : file);
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) sb.append(':').append(column);
        }
        return sb.append(": ").append(super.getMessage()).toString();
    }
}
