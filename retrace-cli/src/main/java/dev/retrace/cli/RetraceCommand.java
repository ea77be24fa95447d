package dev.retrace.cli;

import dev.retrace.documents.InvalidInputException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code retrace}: the command line. Each subcommand is its own class; this one only wires them and maps
 * failures to exit codes and one-line messages (stack traces only with {@code --debug}).
 */
@Command(name = "retrace", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = "Traces rewritten news back to its source and shows, claim by claim, what each copy changed.",
    subcommands = {CompareCommand.class, DemoCommand.class, EvalCommand.class, SynthCommand.class, IndexCommand.class, TraceCommand.class, ScanCommand.class, CommandLine.HelpCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:success",
        "1:internal error (a bug: run again with --debug and report it)",
        "2:usage error (unknown option, missing argument)",
        "3:bad input (missing, empty, binary or malformed file)",
        "4:cannot write output"})
public final class RetraceCommand {
  public static final int EXIT_INTERNAL = 1;
  public static final int EXIT_USAGE = 2;
  public static final int EXIT_INPUT = 3;
  public static final int EXIT_OUTPUT = 4;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit code (tests call this instead of main). */
  public static int run(String... args) {
    return run(new PrintWriter(System.out, true, StandardCharsets.UTF_8), new PrintWriter(System.err, true, StandardCharsets.UTF_8), args);
  }

  /** Runs the command line with the given output streams. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    boolean debug = java.util.Arrays.asList(args).contains("--debug");
    CommandLine cli = new CommandLine(new RetraceCommand());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
      if (debug) {
        ex.printStackTrace(commandLine.getErr());
      }
      if (ex instanceof InvalidInputException) {
        commandLine.getErr().println("retrace: " + ex.getMessage());
        return EXIT_INPUT;
      }
      if (ex instanceof OutputException) {
        commandLine.getErr().println("retrace: " + ex.getMessage());
        return EXIT_OUTPUT;
      }
      commandLine.getErr().println("retrace: internal error: " + ex + (debug ? "" : " (run with --debug for details)"));
      return EXIT_INTERNAL;
    });
    return cli.execute(args);
  }
}
