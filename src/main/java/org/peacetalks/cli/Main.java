package org.peacetalks.cli;

import org.peacetalks.util.InputException;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point: {@code java -jar target/peacetalks-kg.jar <command>}.
 * <pre>
 *   java -jar target/peacetalks-kg.jar build
 *   java -jar target/peacetalks-kg.jar serve --port 3030
 * </pre>
 */
@Command(name = "peacetalks-kg", mixinStandardHelpOptions = true, version = "peacetalks-kg 0.1.0",
    description = "Knowledge graph of who claims what about the Russia-Ukraine peace negotiations.",
    subcommands = {BuildCommand.class, ServeCommand.class, IngestCommand.class, EvalCommand.class, TrainSpeakersCommand.class, TrainBlameCommand.class,
        BenchmarkCommand.class, GenerateCommand.class, LoadCommand.class, SparkCommand.class, SparkBenchmarkCommand.class})
public final class Main {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command and returns its exit code: 0 ok, 1 bad input, 2 usage error. */
    public static int run(String... args) {
        CommandLine cl = new CommandLine(new Main());
        // Users get one line naming the file, setting or URL and the reason, never a stack
        // trace (set PEACETALKS_DEBUG=1 to see it).
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            if (Errors.debug()) ex.printStackTrace(cmd.getErr());
            if (ex instanceof InputException) {
                cmd.getErr().println("error: " + ex.getMessage());
                return 1;
            }
            if (ex instanceof IllegalArgumentException) {
                cmd.getErr().println("error: " + ex.getMessage());
                return 1;
            }
            cmd.getErr().println("error: " + cmd.getCommandName() + " failed: " + Errors.describe(ex));
            return 1;
        });
        return cl.execute(args);
    }
}
