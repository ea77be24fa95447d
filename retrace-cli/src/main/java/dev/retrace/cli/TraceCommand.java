package dev.retrace.cli;

import dev.retrace.documents.Document;
import dev.retrace.documents.DocumentReader;
import dev.retrace.documents.InvalidInputException;
import dev.retrace.index.ArticleIndex;
import dev.retrace.index.IndexException;
import dev.retrace.index.IndexSnapshot;
import dev.retrace.report.ReportJson;
import dev.retrace.trace.TraceMatch;
import dev.retrace.trace.TraceResult;
import dev.retrace.trace.Tracer;
import dev.retrace.trace.Verifier;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code retrace trace ARTICLE}: where an article came from, and where it went, within an index. */
@Command(name = "trace", mixinStandardHelpOptions = true,
    description = {"Finds an article's sources and copies in the index, ranked, each verified by the compare engine,",
        "with relation, score, direction and key changes, and the provenance chain (A -> B -> C).",
        "ARTICLE is a file (.txt, .html, .json) or the id of an indexed article."},
    footer = {"%nExamples:", "  retrace trace story.html", "  retrace trace reuters-1234 --json"})
final class TraceCommand implements Callable<Integer> {
  @Mixin
  ModelOption engine = new ModelOption();

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "ARTICLE", description = "A file, or the id of an article in the index.")
  String article;

  @Option(names = "--index", paramLabel = "DIR", description = "Index folder (default: $RETRACE_INDEX or ./.retrace/index).")
  Path index;

  @Option(names = "--json", description = "Print the result as JSON.")
  boolean json;

  @Option(names = "--debug", description = "Print stack traces of errors.")
  boolean debug;

  @Override
  public Integer call() {
    Path dir = IndexCommand.location(index);
    TraceResult result;
    try (IndexSnapshot snapshot = ArticleIndex.openForReading(dir)) {
      Document doc = resolve(snapshot);
      result = new Tracer(snapshot, new Verifier(engine.engine())).trace(doc);
    } catch (IndexException e) {
      throw IndexErrors.forReading(e);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(ReportJson.pretty(result));
    } else {
      print(result, out);
    }
    out.flush();
    return 0;
  }

  private Document resolve(IndexSnapshot snapshot) {
    Path path = Path.of(article);
    if (Files.exists(path)) {
      return DocumentReader.read(path);
    }
    Document indexed = snapshot.document(article);
    if (indexed == null) {
      throw new InvalidInputException(article, "no such file, and no article with this id in " + snapshot.location());
    }
    return indexed;
  }

  private static void print(TraceResult r, PrintWriter out) {
    out.printf(Locale.ROOT, "%s: %d match%s (%d candidates, %d compared)%n", r.article(), r.matches().size(),
        r.matches().size() == 1 ? "" : "es", r.candidates(), r.compared());
    if (r.chain().size() > 1) {
      out.println("chain: " + String.join(" -> ", r.chain()));
    }
    int n = 0;
    for (TraceMatch m : r.matches()) {
      out.printf(Locale.ROOT, "%2d. %-7s %-9s %.2f  %s%s%n", ++n, m.role().json(), m.relation().json(), m.score(), m.id(),
          m.title() == null ? "" : "  \"" + m.title() + "\"");
      if (m.changes() > 0) {
        out.printf(Locale.ROOT, "      %d change%s%n", m.changes(), m.changes() == 1 ? "" : "s");
      }
      for (String c : m.keyChanges()) {
        out.println("      - " + c);
      }
    }
  }
}
