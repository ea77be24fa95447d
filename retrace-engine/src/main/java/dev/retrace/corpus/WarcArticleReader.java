package dev.retrace.corpus;

import dev.retrace.documents.Document;
import dev.retrace.documents.DocumentReader;
import dev.retrace.documents.InvalidInputException;
import dev.retrace.documents.TextDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Optional;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * The HTML pages of a WARC or WARC.gz crawl (jwarc), one article per successful text/html response, named by
 * its target URI. Other records (requests, metadata, images, redirects) are not articles and are passed over
 * silently. A record jwarc cannot parse is reported as {@code file@offset} and reading resumes at the next
 * record start, so one damaged record does not lose the rest of the crawl.
 */
final class WarcArticleReader {
  /** Pages larger than this are not news articles (same limit as single files). */
  private static final long MAX_PAGE_BYTES = DocumentReader.DEFAULT_MAX_BYTES;
  private static final byte[] GZIP_MAGIC = {0x1f, (byte) 0x8b, 0x08};
  private static final byte[] WARC_MAGIC = "WARC/1.".getBytes(StandardCharsets.US_ASCII);

  private WarcArticleReader() {}

  static void read(Path file, CorpusVisitor visitor) {
    String name = file.getFileName().toString();
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        WarcReader reader = new WarcReader(channel)) {
      byte[] magic = reader.compression() == WarcCompression.GZIP ? GZIP_MAGIC : WARC_MAGIC;
      // jwarc's position() is where the most recently read record starts; a damaged record's start is found
      // by looking for the next record marker after the last good one.
      long lastStart = -1;
      while (true) {
        Optional<WarcRecord> next;
        try {
          next = reader.next();
        } catch (IOException | RuntimeException e) {
          long bad = RecordStart.find(channel, lastStart + 1, magic);
          visitor.skipped(name + "@" + (bad < 0 ? lastStart + 1 : bad), "malformed WARC record: " + message(e));
          long resume = bad < 0 ? -1 : RecordStart.find(channel, bad + 1, magic);
          if (resume < 0) {
            return;
          }
          reader.position(resume);
          lastStart = resume - 1;
          continue;
        }
        if (next.isEmpty()) {
          return;
        }
        lastStart = reader.position();
        if (next.get() instanceof WarcResponse response) {
          article(response, name + "@" + lastStart, visitor);
        }
      }
    } catch (IOException e) {
      visitor.skipped(name, "cannot read WARC: " + message(e));
    }
  }

  private static void article(WarcResponse response, String position, CorpusVisitor visitor) {
    Document article = parse(response, position, visitor);
    if (article != null) {
      visitor.document(article); // outside the catch below: the visitor's own failures are not bad records
    }
  }

  private static Document parse(WarcResponse response, String position, CorpusVisitor visitor) {
    try {
      String type = response.http().contentType().base().toString().toLowerCase(Locale.ROOT);
      if (response.http().status() != 200 || !(type.equals("text/html") || type.equals("application/xhtml+xml"))) {
        return null;
      }
      byte[] bytes;
      try (InputStream body = response.http().body().stream()) {
        bytes = body.readNBytes((int) MAX_PAGE_BYTES + 1);
      }
      if (bytes.length > MAX_PAGE_BYTES) {
        visitor.skipped(position, "page larger than " + (MAX_PAGE_BYTES >> 20) + " MB");
        return null;
      }
      String uri = response.target();
      Document page = DocumentReader.fromHtml(TextDecoder.decode(bytes, position), uri, position);
      return new Document(uri, uri, page.title(), page.published(), page.text(), position);
    } catch (InvalidInputException e) {
      visitor.skipped(position, e.problem());
    } catch (IOException | RuntimeException e) {
      visitor.skipped(position, "malformed HTTP response: " + message(e));
    }
    return null;
  }

  private static String message(Exception e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return m.lines().findFirst().orElse(m);
  }

  /** Finds where the next record begins after a damaged one. */
  static final class RecordStart {
    private RecordStart() {}

    /** Offset of the first {@code magic} at or after {@code from}, or -1. */
    static long find(FileChannel channel, long from, byte[] magic) throws IOException {
      ByteBuffer buf = ByteBuffer.allocate(1 << 16);
      long base = from;
      while (base < channel.size()) {
        buf.clear();
        int n = channel.read(buf, base);
        if (n <= 0) {
          return -1;
        }
        byte[] a = buf.array();
        for (int i = 0; i + magic.length <= n; i++) {
          if (matches(a, i, magic)) {
            return base + i;
          }
        }
        // step back so a marker split across two reads is still found
        base += Math.max(1, n - magic.length + 1);
      }
      return -1;
    }

    private static boolean matches(byte[] a, int at, byte[] magic) {
      for (int k = 0; k < magic.length; k++) {
        if (a[at + k] != magic[k]) {
          return false;
        }
      }
      return true;
    }
  }
}
