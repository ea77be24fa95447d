package dev.retrace.cli;

import dev.retrace.documents.Document;
import dev.retrace.documents.DocumentReader;
import dev.retrace.report.ComparisonReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code retrace demo}: compares the bundled example pair (examples/ in the repository, inside the jar). */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Compares the bundled example article and its rewrite, prints the report and writes an HTML version.")
final class DemoCommand implements Callable<Integer> {
  @Mixin
  ModelOption engine = new ModelOption();

  @Spec
  CommandSpec spec;

  @Option(names = "--html", paramLabel = "FILE", description = "Where to write the HTML report (default: ${DEFAULT-VALUE}).")
  Path html = Path.of("retrace-demo.html");

  @Option(names = "--json", description = "Print the report as JSON instead of the terminal view.")
  boolean json;

  @Option(names = "--no-color", description = "Never colour the terminal report.")
  boolean noColor;

  @Option(names = "--debug", description = "Print stack traces of errors.")
  boolean debug;

  @Override
  public Integer call() {
    Document source = bundled("source.txt");
    Document rewrite = bundled("rewrite.txt");
    ComparisonReport report = engine.engine().compare(source, rewrite);
    ReportOutput.print(report, spec.commandLine().getOut(), json, Terminal.colour(noColor), html);
    return 0;
  }

  private static Document bundled(String name) {
    try (InputStream in = DemoCommand.class.getResourceAsStream("/examples/" + name)) {
      if (in == null) {
        throw new IllegalStateException("example " + name + " is missing from the jar");
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return DocumentReader.fromText(text, name.replace(".txt", ""), "examples/" + name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
