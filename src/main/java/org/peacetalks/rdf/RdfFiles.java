package org.peacetalks.rdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandler;
import org.peacetalks.util.InputException;

/** Strict parsing of the project's Turtle files: every warning (a bad literal, a bad IRI) is an error naming file and line. */
public final class RdfFiles {
    private RdfFiles() {}

    /** The {@code .ttl} files of {@code dir} in name order. */
    public static List<Path> turtleFiles(Path dir) {
        if (!Files.isDirectory(dir)) throw new InputException(dir.toString(), "directory not found");
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".ttl")).sorted().toList();
        } catch (IOException e) {
            throw new InputException(dir.toString(), "cannot list: " + e.getMessage(), e);
        }
    }

    public static void parseInto(Path file, Graph target) {
        parseInto(file, file.toString(), target);
    }

    /** Parses {@code file} into {@code target}; errors name it as {@code name}. */
    public static void parseInto(Path file, String name, Graph target) {
        try {
            RDFParser.source(file).lang(Lang.TURTLE).errorHandler(strict(name)).parse(target);
        } catch (InputException e) {
            throw e;
        } catch (RiotException e) {
            throw new InputException(name, "malformed Turtle: " + e.getMessage());
        }
    }

    private static ErrorHandler strict(String file) {
        return new ErrorHandler() {
            @Override public void warning(String message, long line, long col) { fail(message, line, col); }
            @Override public void error(String message, long line, long col) { fail(message, line, col); }
            @Override public void fatal(String message, long line, long col) { fail(message, line, col); }
            private void fail(String message, long line, long col) {
                throw new InputException(file, (int) line, (int) col, message);
            }
        };
    }
}
