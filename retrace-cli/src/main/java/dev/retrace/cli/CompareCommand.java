package dev.retrace.cli;

import dev.retrace.documents.DocumentReader;
import dev.retrace.documents.InvalidInputException;
import dev.retrace.documents.LanguageCheck;
import dev.retrace.report.ComparisonReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code retrace compare A B}: is B derived from A (or A from B), and what did the copy change? */
@Command(name = "compare", mixinStandardHelpOptions = true,
    description = {"Compares two articles: relation, direction, sentence alignment and every changed claim.",
        "Inputs: .txt (first line may be the title), .html, or .json ({id,url,title,published,text|html}).",
        "With --pairs, compares every pair of a JSONL file instead and writes one JSON report per line."},
    footer = {"%nExamples:",
        "  retrace compare examples/source.txt examples/rewrite.txt",
        "  retrace compare a.html b.html --json > report.json",
        "  retrace compare a.txt b.txt --html report.html",
        "  retrace compare source.txt summary.txt --check",
        "  retrace compare --pairs pairs.jsonl --out reports.jsonl"})
final class CompareCommand implements Callable<Integer> {
  @Mixin
  ModelOption engine = new ModelOption();

  @Spec
  CommandSpec spec;

  @Parameters(arity = "0..2", paramLabel = "ARTICLE", description = "The two articles: A (candidate source) and B.")
  Path[] articles = new Path[0];

  @Option(names = "--json", description = "Print the report as one JSON object instead of the terminal view.")
  boolean json;

  @Option(names = "--html", paramLabel = "FILE", description = "Also write a self-contained HTML report to FILE.")
  Path html;

  @ArgGroup(exclusive = false)
  PairsOptions pairs;

  static final class PairsOptions {
    @Option(names = "--pairs", required = true, paramLabel = "FILE.jsonl",
        description = "Batch mode: compare every {id, a, b} line of FILE.jsonl.")
    Path file;

    @Option(names = "--out", paramLabel = "FILE.jsonl", description = "Where batch reports go (default: standard output).")
    Path out;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--quiet", description = "No progress bar.")
    boolean quiet;
  }

  @Option(names = "--check", description = "Check B against A as its known source (a summary, an excerpt, a "
      + "fact-check): the direction is A -> B, and every claim of B is compared with the source sentence that "
      + "supports it best, even when B covers little of A.")
  boolean check;

  @Option(names = "--any-language", description = "Compare even when an article does not look like English "
      + "(the models are English-only; results will be unreliable).")
  boolean anyLanguage;

  @Option(names = "--no-color", description = "Never colour the terminal report.")
  boolean noColor;

  @Option(names = "--debug", description = "Print stack traces of errors.")
  boolean debug;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (pairs != null) {
      if (articles.length > 0) {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "give either two articles or --pairs, not both");
      }
      return new PairsRunner(engine.engine(), pairs.threads, !pairs.quiet)
          .run(pairs.file, pairs.out, out, spec.commandLine().getErr());
    }
    if (articles.length != 2) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "compare needs two articles (A and B), or --pairs FILE");
    }
    var a = DocumentReader.read(articles[0]);
    var b = DocumentReader.read(articles[1]);
    if (!anyLanguage) {
      requireEnglish(articles[0], a.text());
      requireEnglish(articles[1], b.text());
    }
    ComparisonReport report = check ? engine.engine().check(a, b) : engine.engine().compare(a, b);
    ReportOutput.print(report, out, json, Terminal.colour(noColor), html);
    return 0;
  }

  private static void requireEnglish(Path path, String text) {
    if (!LanguageCheck.looksEnglish(text)) {
      throw new InvalidInputException(path.toString(),
          "text does not look like English; Retrace's models are English-only (--any-language compares anyway)");
    }
  }

}
