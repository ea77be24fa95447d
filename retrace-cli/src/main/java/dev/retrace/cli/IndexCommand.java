package dev.retrace.cli;

import dev.retrace.corpus.CorpusReader;
import dev.retrace.corpus.CorpusVisitor;
import dev.retrace.corpus.ReadAhead;
import dev.retrace.documents.Document;
import dev.retrace.index.ArticleIndex;
import dev.retrace.index.IndexException;
import dev.retrace.index.IndexSnapshot;
import dev.retrace.index.IndexStats;
import dev.retrace.index.IndexUpdater;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code retrace index add|stats|delete}: the embedded article index that trace and scan search. */
@Command(name = "index", mixinStandardHelpOptions = true,
    description = {"Manages the article index: an embedded Lucene index in one folder, no server.",
        "Default location: $RETRACE_INDEX, else ./.retrace/index."},
    subcommands = {IndexCommand.Add.class, IndexCommand.Stats.class, IndexCommand.Delete.class})
final class IndexCommand implements Runnable {
  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "give a subcommand: add, stats or delete");
  }

  static Path location(Path option) {
    return option != null ? option : ArticleIndex.defaultLocation();
  }

  /** Prints the first few skipped records and counts the rest, so a broken feed does not flood the terminal. */
  static final class SkipReport {
    private static final int SHOWN = 20;
    private final PrintWriter err;
    int count;

    SkipReport(PrintWriter err) {
      this.err = err;
    }

    void skipped(String position, String problem) {
      if (++count <= SHOWN) {
        err.println("retrace: skipped " + position + ": " + problem);
      }
    }

    void finish() {
      if (count > SHOWN) {
        err.println("retrace: ... and " + (count - SHOWN) + " more records skipped");
      }
    }
  }

  /** Adds every article of the inputs to the index; returns the counts by outcome. */
  static Map<IndexUpdater.Outcome, Integer> add(Path index, List<Path> inputs, boolean progress, PrintWriter err) {
    List<Path> files = CorpusReader.files(inputs);
    Map<IndexUpdater.Outcome, Integer> counts = new EnumMap<>(IndexUpdater.Outcome.class);
    SkipReport skips = new SkipReport(err);
    try (IndexUpdater updater = ArticleIndex.openForWriting(index);
        ProgressBar bar = progress ? byteBar("index", CorpusReader.totalBytes(files)) : null) {
      ReadAhead.read(inputs, new CorpusVisitor() {
        @Override
        public void document(Document d) {
          counts.merge(updater.add(d).outcome(), 1, Integer::sum);
        }

        @Override
        public void skipped(String position, String problem) {
          skips.skipped(position, problem);
        }

        @Override
        public void fileDone(Path file, long bytes) {
          if (bar != null) {
            bar.stepBy(bytes);
          }
        }
      });
    } catch (IndexException e) {
      throw IndexErrors.forWriting(e);
    }
    skips.finish();
    err.printf(Locale.ROOT, "retrace: %d added, %d unchanged, %d updated, %d exact duplicates, %d skipped (index: %s)%n",
        counts.getOrDefault(IndexUpdater.Outcome.ADDED, 0), counts.getOrDefault(IndexUpdater.Outcome.UNCHANGED, 0),
        counts.getOrDefault(IndexUpdater.Outcome.UPDATED, 0), counts.getOrDefault(IndexUpdater.Outcome.DUPLICATE, 0),
        skips.count, index);
    err.flush();
    return counts;
  }

  /** Progress by bytes of input read, as in {@link Progress}, counted in MB: files hold any number of articles. */
  private static ProgressBar byteBar(String task, long bytes) {
    return new me.tongfei.progressbar.ProgressBarBuilder().setTaskName(task).setInitialMax(bytes)
        .setStyle(me.tongfei.progressbar.ProgressBarStyle.ASCII).setUnit(" MB", 1 << 20)
        .setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err)).setUpdateIntervalMillis(250)
        .showSpeed().build();
  }

  @Command(name = "add", mixinStandardHelpOptions = true,
      description = {"Adds articles to the index: .txt, .html, .json, .jsonl ({id,url,title,published,text|html}),",
          ".warc/.warc.gz (HTML responses) and Reuters-21578 .sgm files, or folders of them.",
          "Idempotent: articles already indexed with the same content are left alone, so an interrupted add",
          "can simply be run again. The same content under another id is recorded as an exact duplicate."},
      footer = {"%nExamples:", "  retrace index add ../shared/corpora/bbc/news", "  retrace index add crawl.warc.gz --index /data/idx"})
  static final class Add implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to index.")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--index", paramLabel = "DIR", description = "Index folder (default: $RETRACE_INDEX or ./.retrace/index).")
    Path index;

    @Option(names = "--quiet", description = "No progress bar.")
    boolean quiet;

    @Option(names = "--debug", description = "Print stack traces of errors.")
    boolean debug;

    @Override
    public Integer call() {
      add(location(index), paths, !quiet, spec.commandLine().getErr());
      return 0;
    }
  }

  @Command(name = "stats", mixinStandardHelpOptions = true,
      description = "Counts: articles, distinct contents, exact duplicates, size on disk, and the last scan's pairs.")
  static final class Stats implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--index", paramLabel = "DIR", description = "Index folder (default: $RETRACE_INDEX or ./.retrace/index).")
    Path index;

    @Option(names = "--debug", description = "Print stack traces of errors.")
    boolean debug;

    @Override
    public Integer call() throws Exception {
      Path dir = location(index);
      PrintWriter out = spec.commandLine().getOut();
      try (IndexSnapshot snapshot = ArticleIndex.openForReading(dir)) {
        IndexStats s = snapshot.stats();
        out.printf(Locale.ROOT, "index:              %s%n", dir);
        out.printf(Locale.ROOT, "articles:           %d%n", s.articles());
        out.printf(Locale.ROOT, "distinct contents:  %d%n", s.contents());
        out.printf(Locale.ROOT, "exact duplicates:   %d%n", s.duplicates());
        out.printf(Locale.ROOT, "size on disk:       %.1f MB (%d segments)%n", s.bytesOnDisk() / 1048576.0, s.segments());
        Path scan = dir.resolve(ScanCommand.SUMMARY_FILE);
        if (Files.exists(scan)) {
          var node = dev.retrace.report.ReportJson.mapper().readTree(scan.toFile());
          boolean current = node.path("index_version").asLong() == snapshot.version();
          out.printf(Locale.ROOT, "derived pairs:      %d (last scan%s, into %s)%n", node.path("derived_pairs").asInt(),
              current ? "" : ", index changed since", node.path("out").asText());
          out.printf(Locale.ROOT, "duplicate pairs:    %d%n", node.path("duplicate_pairs").asInt());
          out.printf(Locale.ROOT, "stories:            %d%n", node.path("stories").asInt());
        } else {
          out.println("derived pairs:      unknown (run retrace scan --index " + dir + " --out DIR)");
        }
      } catch (IndexException e) {
        throw IndexErrors.forReading(e);
      }
      out.flush();
      return 0;
    }
  }

  @Command(name = "delete", mixinStandardHelpOptions = true, description = "Deletes articles from the index by id.")
  static final class Delete implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "ID", description = "Ids of the articles to delete (as trace and scan print them).")
    List<String> ids = new ArrayList<>();

    @Option(names = "--index", paramLabel = "DIR", description = "Index folder (default: $RETRACE_INDEX or ./.retrace/index).")
    Path index;

    @Option(names = "--debug", description = "Print stack traces of errors.")
    boolean debug;

    @Override
    public Integer call() {
      Path dir = location(index);
      if (!Files.isDirectory(dir)) {
        throw new dev.retrace.documents.InvalidInputException(dir.toString(), "no index here");
      }
      int deleted = 0;
      List<String> missing = new ArrayList<>();
      try (IndexUpdater updater = ArticleIndex.openForWriting(dir)) {
        for (String id : ids) {
          if (updater.delete(id)) {
            deleted++;
          } else {
            missing.add(id);
          }
        }
      } catch (IndexException e) {
        throw IndexErrors.forWriting(e);
      }
      PrintWriter err = spec.commandLine().getErr();
      for (String id : missing) {
        err.println("retrace: not in the index: " + id);
      }
      err.println("retrace: " + deleted + " deleted");
      err.flush();
      return deleted == 0 ? RetraceCommand.EXIT_INPUT : 0;
    }
  }
}
