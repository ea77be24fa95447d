package dev.retrace.scan;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import dev.retrace.documents.Document;
import dev.retrace.index.IndexSnapshot;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * report.html: an overview a person can read. Rendered with jmustache, which HTML-escapes every {{value}}, so
 * article text (titles, ids from untrusted pages) can never become markup.
 */
final class ScanReport {
  private static final int TOP = 20;
  private static final int ARTICLES_SHOWN = 12;
  private static final Template TEMPLATE = load();

  private ScanReport() {}

  private static Template load() {
    try (InputStream in = ScanReport.class.getResourceAsStream("report.mustache")) {
      if (in == null) {
        throw new IllegalStateException("report.mustache missing from the class path");
      }
      return Mustache.compiler().defaultValue("").compile(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static void write(Path file, IndexSnapshot index, List<ScanPair> pairs, List<Story> stories) throws IOException {
    StoryBuilder.atomically(file, render(index, pairs, stories));
  }

  static String render(IndexSnapshot index, List<ScanPair> pairs, List<Story> stories) {
    Map<String, Object> model = new HashMap<>();
    long derived = pairs.stream().filter(p -> p.relation().equals("derived")).count();
    model.put("articles", index.articles());
    model.put("pairs", pairs.size());
    model.put("derived", derived);
    model.put("duplicates", pairs.size() - derived);
    model.put("storyCount", stories.size());

    List<Map<String, Object>> storyRows = new ArrayList<>();
    for (Story s : stories.stream().filter(s -> s.copies() > 0).limit(TOP).toList()) {
      List<Map<String, Object>> articles = new ArrayList<>();
      for (String key : s.articles().subList(0, Math.min(ARTICLES_SHOWN, s.articles().size()))) {
        Document d = index.document(key);
        articles.add(Map.of("id", key, "title", d == null || d.title() == null ? "" : d.title(),
            "origin", s.origins().contains(key)));
      }
      storyRows.add(Map.of("label", s.label(), "size", s.size(), "copies", s.copies(), "articles", articles,
          "more", Math.max(0, s.size() - ARTICLES_SHOWN)));
    }
    model.put("stories", storyRows);

    Map<String, Integer> bySite = new LinkedHashMap<>();
    for (ScanPair p : pairs) {
      if (p.copy() != null) {
        boolean copyIsA = p.copy().equals(p.a());
        bySite.merge(Site.of(copyIsA ? p.aUrl() : p.bUrl(), p.copy()), 1, Integer::sum);
      }
    }
    model.put("sites", bySite.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .limit(TOP).map(e -> Map.of("site", e.getKey(), "copies", e.getValue())).toList());

    model.put("changed", pairs.stream().filter(p -> p.changes() > 0)
        .sorted(Comparator.comparingInt(ScanPair::majorChanges).thenComparingInt(ScanPair::changes).reversed())
        .limit(TOP).map(p -> Map.of("source", p.source() != null ? p.source() : p.a(),
            "copy", p.copy() != null ? p.copy() : p.b(),
            "title", p.bTitle() == null ? (p.aTitle() == null ? "" : p.aTitle()) : p.bTitle(),
            "changes", p.changes(), "major", p.majorChanges(), "kinds", String.join(", ", p.changeKinds().keySet())))
        .toList());
    return TEMPLATE.execute(model);
  }
}
