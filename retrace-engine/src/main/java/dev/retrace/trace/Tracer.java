package dev.retrace.trace;

import dev.retrace.documents.Document;
import dev.retrace.index.Candidate;
import dev.retrace.index.IndexSnapshot;
import dev.retrace.report.ComparisonReport;
import dev.retrace.sketches.Sketch;
import dev.retrace.sketches.Sketcher;
import dev.retrace.verdict.Direction;
import dev.retrace.verdict.Relation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Traces one article through an index: exact duplicates by content hash, then candidates from the index's
 * channels, the plausible ones ({@link CandidateGate}) verified by the compare engine. A found source is
 * traced in turn, which gives the provenance chain (A -> B -> C).
 */
public final class Tracer {
  /** Candidates each index channel contributes. */
  static final int PER_CHANNEL = 20;
  /** Most comparisons for one article: the compare engine is the expensive part of a trace. */
  static final int MAX_COMPARED = 8;
  /** How far up the chain to follow sources. */
  static final int MAX_CHAIN = 5;
  private static final int KEY_CHANGES = 3;

  private final IndexSnapshot index;
  private final Verifier verifier;

  public Tracer(IndexSnapshot index, Verifier verifier) {
    this.index = index;
    this.verifier = verifier;
  }

  public TraceResult trace(Document article) {
    Sketch sketch = new Sketcher().sketch(article.text());
    String hash = sketch.contentHash().toString();
    List<TraceMatch> matches = new ArrayList<>();
    for (String id : index.withContent(hash)) {
      if (!id.equals(article.id())) {
        Document d = index.document(id);
        matches.add(new TraceMatch(id, d.title(), d.url(), TraceMatch.Role.UNKNOWN, Relation.DUPLICATE, 1.0,
            Direction.UNKNOWN.json(), 1.0, 1.0, 0, List.of()));
      }
    }
    List<Candidate> candidates = index.candidates(sketch, hash, PER_CHANNEL);
    List<Candidate> worth = candidates.stream().filter(CandidateGate::worthComparing).limit(MAX_COMPARED).toList();
    List<TraceMatch> verified = worth.parallelStream().map(c -> verify(c, article)).filter(m -> m != null).toList();
    matches.addAll(verified);
    matches.sort(Comparator.comparing((TraceMatch m) -> m.relation() == Relation.DUPLICATE ? 0 : 1)
        .thenComparing(Comparator.comparingDouble(TraceMatch::score).reversed()));
    return new TraceResult(article.id(), matches, chain(article.id(), matches), candidates.size(), worth.size());
  }

  /** The compare engine's verdict on a candidate, as a match; null when it is not a duplicate or derived. */
  private TraceMatch verify(Candidate c, Document article) {
    Document other = index.document(c.docId());
    if (!verifier.mayBeVersions(other, article)) {
      return null; // the compare engine would call it related: another event in the same form
    }
    ComparisonReport r = verifier.compare(other, article);
    if (r.relation() != Relation.DERIVED && r.relation() != Relation.DUPLICATE) {
      return null;
    }
    TraceMatch.Role role = switch (r.direction()) {
      case A_TO_B -> TraceMatch.Role.SOURCE;
      case B_TO_A -> TraceMatch.Role.COPY;
      case UNKNOWN -> TraceMatch.Role.UNKNOWN;
    };
    return new TraceMatch(other.id(), other.title(), other.url(), role, r.relation(), r.score(), r.direction().json(),
        c.jaccard(), c.facts(), r.changes().size(), TraceMatch.keyChanges(r.changes(), KEY_CHANGES));
  }

  /** Follows the strongest source upwards while it is in the index: oldest first, the article last. */
  private List<String> chain(String articleId, List<TraceMatch> matches) {
    List<String> chain = new ArrayList<>();
    chain.add(articleId);
    Set<String> seen = new HashSet<>(chain);
    TraceMatch source = strongestSource(matches, seen);
    while (source != null && chain.size() <= MAX_CHAIN) {
      chain.add(0, source.id());
      seen.add(source.id());
      Document d = index.document(source.id());
      if (d == null) {
        break;
      }
      Sketch sketch = new Sketcher().sketch(d.text());
      List<TraceMatch> ups = new ArrayList<>();
      for (Candidate c : index.candidates(sketch, sketch.contentHash().toString(), PER_CHANNEL).stream()
          .filter(CandidateGate::worthComparing).filter(c -> !seen.contains(c.key())).limit(MAX_COMPARED / 2).toList()) {
        TraceMatch m = verify(c, d);
        if (m != null) {
          ups.add(m);
        }
      }
      source = strongestSource(ups, seen);
    }
    return chain;
  }

  private static TraceMatch strongestSource(List<TraceMatch> matches, Set<String> exclude) {
    return matches.stream().filter(m -> m.role() == TraceMatch.Role.SOURCE && !exclude.contains(m.id()))
        .max(Comparator.comparingDouble(TraceMatch::score)).orElse(null);
  }
}
