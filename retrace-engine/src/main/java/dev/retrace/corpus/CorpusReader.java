package dev.retrace.corpus;

import dev.retrace.documents.Document;
import dev.retrace.documents.DocumentReader;
import dev.retrace.documents.InvalidInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Reads a news corpus given as files and folders: .txt, .html/.htm, .json (one article each), .jsonl (one
 * article a line), .warc/.warc.gz (HTML responses) and Reuters-21578 .sgm files. Folders are walked
 * recursively in name order, so two runs over the same input see the same articles in the same order (a
 * resumed run relies on that). Other files in a folder are ignored, and so are README and LICENSE files, which
 * come with downloaded corpora and are not articles; a file named explicitly must be readable.
 */
public final class CorpusReader {

  private CorpusReader() {}

  /** The article files under {@code inputs}, in the order they are read. */
  public static List<Path> files(List<Path> inputs) {
    List<Path> files = new ArrayList<>();
    for (Path input : inputs) {
      if (Files.isDirectory(input)) {
        try (Stream<Path> walk = Files.walk(input)) {
          walk.filter(Files::isRegularFile).filter(p -> kindOf(p) != Kind.OTHER && !isCorpusNote(p)).sorted().forEach(files::add);
        } catch (IOException | UncheckedIOException e) {
          throw new InvalidInputException(input.toString(), "cannot list folder: " + e.getMessage());
        }
      } else if (Files.isRegularFile(input)) {
        files.add(input);
      } else {
        throw new InvalidInputException(input.toString(), Files.exists(input) ? "not a regular file" : "no such file or folder");
      }
    }
    return files;
  }

  /** Total size of the files, for a progress bar by bytes. */
  public static long totalBytes(List<Path> files) {
    long total = 0;
    for (Path f : files) {
      try {
        total += Files.size(f);
      } catch (IOException e) {
        // counted as empty; reading it will report the problem
      }
    }
    return total;
  }

  /** Reads every article of {@code inputs} (files or folders) into {@code visitor}. */
  public static void read(List<Path> inputs, CorpusVisitor visitor) {
    for (Path input : inputs) {
      Path root = Files.isDirectory(input) ? input : input.toAbsolutePath().getParent();
      for (Path file : files(List.of(input))) {
        readFile(file, idPrefix(root, file, input), visitor);
      }
    }
  }

  /**
   * Reads one file. {@code idPrefix} names it in article ids: the path relative to the folder given (two
   * folders of a corpus often hold files with the same name, e.g. business/001.txt and sport/001.txt).
   */
  public static void readFile(Path file, String idPrefix, CorpusVisitor visitor) {
    long size;
    try {
      size = Files.size(file);
    } catch (IOException e) {
      visitor.skipped(file.toString(), "cannot read file: " + e.getMessage());
      return;
    }
    switch (kindOf(file)) {
      case JSONL -> JsonLinesReader.read(file, visitor);
      case WARC -> WarcArticleReader.read(file, visitor);
      case REUTERS -> ReutersReader.read(file, visitor);
      default -> {
        try {
          Document d = DocumentReader.read(file);
          visitor.document(withId(d, idPrefix));
        } catch (InvalidInputException e) {
          visitor.skipped(file.toString(), e.problem());
        }
      }
    }
    visitor.fileDone(file, size);
  }

  static Document withId(Document d, String id) {
    return new Document(id, d.url(), d.title(), d.published(), d.text(), d.origin());
  }

  /** "news/business/001" for news/business/001.txt read from the folder news. */
  private static String idPrefix(Path root, Path file, Path input) {
    Path rel;
    if (Files.isDirectory(input)) {
      Path base = input.toAbsolutePath().normalize();
      Path parent = base.getParent();
      rel = (parent == null ? base : parent).relativize(file.toAbsolutePath().normalize());
    } else {
      rel = file.getFileName();
    }
    String s = rel.toString().replace('\\', '/');
    int dot = s.lastIndexOf('.');
    return dot > s.lastIndexOf('/') + 1 ? s.substring(0, dot) : s;
  }

  private static boolean isCorpusNote(Path file) {
    String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
    return name.startsWith("readme") || name.startsWith("license") || name.startsWith("licence");
  }

  enum Kind { ARTICLE, JSONL, WARC, REUTERS, OTHER }

  static Kind kindOf(Path file) {
    String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
      return Kind.JSONL;
    }
    if (name.endsWith(".warc") || name.endsWith(".warc.gz")) {
      return Kind.WARC;
    }
    if (name.endsWith(".sgm")) {
      return Kind.REUTERS;
    }
    if (name.endsWith(".txt") || name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".json")) {
      return Kind.ARTICLE;
    }
    return Kind.OTHER;
  }
}
