package dev.retrace.synth;

import dev.retrace.corpus.CorpusReader;
import dev.retrace.corpus.CorpusVisitor;
import dev.retrace.documents.Document;
import dev.retrace.documents.DocumentReader;
import dev.retrace.documents.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Reads the source corpora: the BBC News folders ({@code <category>/*.txt}, first line the title) and the
 * Reuters-21578 SGML files, through the corpus package's jsoup-based {@code ReutersReader} (BODY, TITLE and
 * DATE kept, entities decoded).
 */
public final class SourceLoader {
  private SourceLoader() {}

  /** Every .txt under {@code dir}, its category the name of the folder holding it. */
  public static List<SourceArticle> bbc(Path dir) {
    requireFolder(dir, "--bbc");
    List<Path> files;
    try (Stream<Path> walk = Files.walk(dir)) {
      files = walk.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
    } catch (IOException e) {
      throw new InvalidInputException(dir.toString(), "cannot list folder: " + e.getMessage());
    }
    List<SourceArticle> out = new ArrayList<>();
    for (Path f : files) {
      if (f.getParent().equals(dir)) {
        continue; // BBC articles sit in category folders; loose files (README) are not articles
      }
      String category = f.getParent().getFileName().toString().toLowerCase(Locale.ROOT);
      String stem = f.getFileName().toString().replaceFirst("\\.txt$", "");
      try {
        Document d = DocumentReader.read(f);
        out.add(new SourceArticle("bbc", category,
            new Document("bbc-" + category + "-" + stem, d.url(), d.title(), d.published(), d.text(), d.origin())));
      } catch (InvalidInputException e) {
        // an unreadable article is left out; the rest of the corpus is still usable
      }
    }
    if (out.isEmpty()) {
      throw new InvalidInputException(dir.toString(), "no BBC articles (<category>/*.txt) found");
    }
    return out;
  }

  /** Every Reuters-21578 story with a body in the .sgm files of {@code dir}; the "Reuter" sign-off is dropped. */
  public static List<SourceArticle> reuters(Path dir) {
    requireFolder(dir, "--reuters");
    List<Path> sgm;
    try (Stream<Path> list = Files.list(dir)) {
      sgm = list.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".sgm")).sorted().toList();
    } catch (IOException e) {
      throw new InvalidInputException(dir.toString(), "cannot list folder: " + e.getMessage());
    }
    List<SourceArticle> out = new ArrayList<>();
    CorpusReader.read(sgm, new CorpusVisitor() {
      @Override
      public void document(Document d) {
        String text = d.text().replaceAll("(?s)\\s*\\bReuter\\s*$", "").strip();
        if (!text.isEmpty()) {
          out.add(new SourceArticle("reuters", null,
              new Document(d.id(), d.url(), d.title(), d.published(), text, d.origin())));
        }
      }

      @Override
      public void skipped(String position, String problem) {
        // stories without a body are not sources
      }
    });
    if (out.isEmpty()) {
      throw new InvalidInputException(dir.toString(), "no Reuters-21578 stories (reut2-*.sgm) found");
    }
    return out;
  }

  private static void requireFolder(Path dir, String option) {
    if (!Files.exists(dir)) {
      throw new InvalidInputException(dir.toString(), "no such folder (" + option + ")");
    }
    if (!Files.isDirectory(dir)) {
      throw new InvalidInputException(dir.toString(), "not a folder (" + option + ")");
    }
  }
}
