package io.newswire.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The newswire command line. Each subcommand is one class listed in {@code subcommands} below;
 * a new command is added by writing its class and listing it there.
 */
@Command(
        name = "newswire",
        mixinStandardHelpOptions = true,
        versionProvider = Newswire.Version.class,
        description = "Turns raw news into entities, attributed statements and stance.",
        subcommands = {
            DemoCommand.class,
            RunCommand.class,
            ProduceCommand.class,
            CountsCommand.class,
            ExtractCommand.class,
            EvalCommand.class,
            TrainStanceCommand.class,
            CommandLine.HelpCommand.class
        })
public final class Newswire implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine(System.out, System.err).execute(args));
    }

    /**
     * The configured command line. Output is UTF-8 whatever the platform charset (Java 17 takes
     * it from the locale, and JSON Lines with names like "Nicolás" must not depend on that).
     * Errors the user can fix are one line on stderr and exit status 1.
     */
    public static CommandLine commandLine(OutputStream out, OutputStream err) {
        return new CommandLine(new Newswire())
                .setOut(utf8(out))
                .setErr(utf8(err))
                .setExecutionExceptionHandler((e, commandLine, parseResult) -> {
                    if (e instanceof IOException || e instanceof UncheckedIOException
                            || e instanceof IllegalArgumentException || e instanceof IllegalStateException) {
                        commandLine.getErr().println("newswire " + commandLine.getCommandName() + ": " + e.getMessage());
                        return 1;
                    }
                    throw e;
                });
    }

    private static PrintWriter utf8(OutputStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }

    static final class Version implements CommandLine.IVersionProvider {

        @Override
        public String[] getVersion() {
            String version = Newswire.class.getPackage().getImplementationVersion();
            return new String[] {"newswire " + (version == null ? "(development build)" : version)};
        }
    }
}
