package dev.retrace.scan;

import com.fasterxml.jackson.databind.SerializationFeature;
import dev.retrace.index.IndexSnapshot;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Groups verified pairs into stories (connected components: duplicates, derivations and related articles) and
 * the copy graph (who copied whom); writes stories.jsonl and graph.json.
 */
final class StoryBuilder {
  private static final int LABEL_TERMS = 4;

  private final IndexSnapshot index;
  private final Map<String, Long> seqByKey;
  private final List<ScanPair> pairs;
  private final List<Story> stories;

  StoryBuilder(IndexSnapshot index, Map<String, Long> seqByKey, List<ScanPair> pairs, List<String[]> related) {
    this.index = index;
    this.seqByKey = seqByKey;
    this.pairs = pairs;
    Map<String, String> parent = new HashMap<>();
    for (ScanPair p : pairs) {
      union(parent, p.a(), p.b());
    }
    for (String[] r : related) {
      union(parent, r[0], r[1]);
    }
    Map<String, List<String>> components = new LinkedHashMap<>();
    for (String key : parent.keySet()) {
      components.computeIfAbsent(find(parent, key), k -> new ArrayList<>()).add(key);
    }
    Set<String> copies = pairs.stream().map(ScanPair::copy).filter(c -> c != null).collect(Collectors.toSet());
    List<List<String>> groups = new ArrayList<>(components.values());
    groups.forEach(g -> g.sort(Comparator.comparingLong(this::seq)));
    groups.sort(Comparator.comparingInt((List<String> g) -> g.size()).reversed().thenComparing(g -> seq(g.get(0))));
    List<Story> built = new ArrayList<>();
    for (List<String> g : groups) {
      List<String> origins = g.stream().filter(k -> !copies.contains(k)).toList();
      if (origins.isEmpty()) {
        origins = List.of(g.get(0));
      }
      Set<String> members = new HashSet<>(g);
      int copyPairs = (int) pairs.stream().filter(p -> members.contains(p.a())).count();
      built.add(new Story("story-" + (built.size() + 1), label(g), g.size(), origins, copyPairs, g));
    }
    this.stories = built;
  }

  List<Story> stories() {
    return stories;
  }

  private long seq(String key) {
    return seqByKey.getOrDefault(key, Long.MAX_VALUE);
  }

  /** The most frequent names of the story ("p:" facts), else its rarest-looking words. */
  private String label(List<String> articles) {
    Map<String, Integer> names = new HashMap<>();
    Map<String, Integer> words = new HashMap<>();
    for (String key : articles.subList(0, Math.min(articles.size(), 25))) {
      int doc = index.docId(key);
      if (doc < 0) {
        continue;
      }
      for (String fact : new HashSet<>(index.facts(doc))) {
        if (fact.startsWith("p:")) {
          names.merge(fact.substring(2), 1, Integer::sum);
        } else if (fact.startsWith("w:")) {
          words.merge(fact.substring(2), 1, Integer::sum);
        }
      }
    }
    Map<String, Integer> source = names.size() >= 2 ? names : words;
    return source.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(LABEL_TERMS).map(Map.Entry::getKey).collect(Collectors.joining(", "));
  }

  void write(Path out) throws IOException {
    StringBuilder lines = new StringBuilder();
    for (Story s : stories) {
      lines.append(CorpusScan.JSON.writeValueAsString(s)).append('\n');
    }
    atomically(out.resolve("stories.jsonl"), lines.toString());
    atomically(out.resolve("graph.json"), CorpusScan.JSON.copy().enable(SerializationFeature.INDENT_OUTPUT)
        .writeValueAsString(graph()));
  }

  record Node(String id, String title, String url, String site) {}

  record Edge(String source, String target, String relation, double score, boolean directionKnown, int changes) {}

  record Graph(List<Node> nodes, List<Edge> edges) {}

  /** Nodes are the articles in any pair; an edge goes from source to copy (from the earlier to the later when unknown). */
  Graph graph() {
    Map<String, Node> nodes = new LinkedHashMap<>();
    List<Edge> edges = new ArrayList<>();
    for (ScanPair p : pairs) {
      nodes.computeIfAbsent(p.a(), k -> new Node(k, p.aTitle(), p.aUrl(), Site.of(p.aUrl(), k)));
      nodes.computeIfAbsent(p.b(), k -> new Node(k, p.bTitle(), p.bUrl(), Site.of(p.bUrl(), k)));
      boolean known = p.source() != null;
      edges.add(new Edge(known ? p.source() : p.a(), known ? p.copy() : p.b(), p.relation(), p.score(), known, p.changes()));
    }
    return new Graph(new ArrayList<>(nodes.values()), edges);
  }

  static void atomically(Path target, String content) throws IOException {
    Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
    Files.writeString(tmp, content, StandardCharsets.UTF_8);
    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  private static void union(Map<String, String> parent, String a, String b) {
    parent.putIfAbsent(a, a);
    parent.putIfAbsent(b, b);
    String ra = find(parent, a);
    String rb = find(parent, b);
    if (!ra.equals(rb)) {
      parent.put(rb, ra);
    }
  }

  private static String find(Map<String, String> parent, String x) {
    String root = x;
    while (!parent.get(root).equals(root)) {
      root = parent.get(root);
    }
    while (!parent.get(x).equals(root)) { // path compression
      String next = parent.get(x);
      parent.put(x, root);
      x = next;
    }
    return root;
  }
}
