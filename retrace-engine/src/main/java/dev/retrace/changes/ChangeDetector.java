package dev.retrace.changes;

import dev.retrace.alignment.Alignment;
import dev.retrace.claims.Quantity;
import dev.retrace.compare.ArticleAnalysis;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds every change a copy (b) made to its source (a), group by aligned group, plus what the copy added
 * or dropped. Each concern lives in its own class; this one only walks the groups.
 */
public final class ChangeDetector {
  /**
   * Changes and preserved claims for one comparison, and how dense in facts the source's aligned sentences are:
   * figures and specific dates per sentence (a wire template is mostly figures; a narrative has few).
   */
  public record Result(List<Change> changes, List<Preserved> preserved, double factsPerSentence) {
    public Result(List<Change> changes, List<Preserved> preserved) {
      this(changes, preserved, 0);
    }
  }

  /** Figures and specific dates per sentence of the given (aligned) source sentences; 0 when there are none. */
  private static double factsPerSentence(ArticleAnalysis a, List<Integer> sentences) {
    Set<Integer> distinct = new HashSet<>(sentences);
    if (distinct.isEmpty()) {
      return 0;
    }
    int facts = 0;
    for (int i : distinct) {
      facts += a.claims().get(i).quantities().size();
      facts += (int) a.claims().get(i).times().stream().filter(t -> TimeChanges.specific(t.kind())).count();
    }
    return (double) facts / distinct.size();
  }

  public Result detect(ArticleAnalysis a, ArticleAnalysis b, List<Alignment> alignments, List<Integer> unalignedA,
      List<Integer> unalignedB) {
    ChangeSink out = new ChangeSink();
    GroupClaims wholeA = GroupClaims.whole(a);
    GroupClaims wholeB = GroupClaims.whole(b);
    Set<Quantity> matchedA = new HashSet<>();
    List<Integer> alignedA = new ArrayList<>();
    List<Integer> alignedB = new ArrayList<>();
    UnsupportedNames.SourceNames sourceNames = new UnsupportedNames.SourceNames(wholeA);
    for (Alignment g : alignments) {
      GroupClaims ga = new GroupClaims(a, g.a());
      GroupClaims gb = new GroupClaims(b, g.b());
      alignedA.addAll(g.a());
      alignedB.addAll(g.b());
      QuantityChanges.detect(a, b, ga, gb, wholeA, wholeB, out, matchedA);
      TimeChanges.detect(ga, gb, wholeA, out);
      TimeChanges.durations(ga, gb, wholeA, out);
      TimeChanges.unpaired(gb, wholeA, wholeB, out);
      AttributionChanges.detect(ga, gb, wholeA, out);
      QuoteChanges.detect(ga, gb, wholeA, out);
      HedgeChanges.detect(ga, gb, out);
      NegationChanges.detect(ga, gb, out);
      WordSwaps.Result swaps = WordSwaps.of(ga, gb);
      AntonymChanges.detect(ga, gb, swaps, out);
      SiblingChanges.detect(ga, gb, swaps, out);
      StatusChanges.detect(ga, gb, swaps, out);
      EntityChanges.detect(ga, gb, wholeA, wholeB, out);
      RoleChanges.detect(ga, gb, out);
      OrdinalChanges.detect(ga, gb, swaps, out);
      OrdinalChanges.unpaired(ga, gb, wholeA, swaps, out);
      OrdinalChanges.superlatives(ga, gb, out);
      UnsupportedNames.detect(ga, gb, sourceNames, out);
      FigureSwaps.detect(ga, gb, wholeA, out);
    }
    // Figures in unmatched copy sentences may still restate a source figure with another meaning.
    GroupClaims none = new GroupClaims(a, List.of());
    for (int j : unalignedB) {
      QuantityChanges.detect(a, b, none, new GroupClaims(b, List.of(j)), wholeA, wholeB, out, matchedA);
    }
    CoverageChanges.generalizations(a, b, alignedB, wholeA, out);
    CoverageChanges.added(a, b, unalignedB, wholeA, out);
    CoverageChanges.dropped(a, unalignedA, wholeB, out);
    CoverageChanges.droppedFigures(a, alignedA, matchedA, wholeB, out);
    return new Result(out.changes(), out.preserved(), factsPerSentence(a, alignedA));
  }
}
