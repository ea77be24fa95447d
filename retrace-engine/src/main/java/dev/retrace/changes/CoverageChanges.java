package dev.retrace.changes;

import dev.retrace.claims.Hedge;
import dev.retrace.claims.Quantity;
import dev.retrace.claims.SentenceClaims;
import dev.retrace.compare.ArticleAnalysis;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What one side has that the other lacks: copy sentences with no counterpart in the source (added, or
 * broadened) and source sentences or figures the copy leaves out (dropped).
 */
final class CoverageChanges {
  static void added(ArticleAnalysis a, ArticleAnalysis b, List<Integer> unalignedB, GroupClaims wholeA, ChangeSink out) {
    for (int j : unalignedB) {
      var sentence = b.sentences().get(j);
      Optional<Generalization.Found> broadened = Generalization.find(a, wholeA, sentence);
      if (broadened.isPresent()) {
        Generalization.Found g = broadened.get();
        out.change(ChangeKind.GENERALIZATION, Severity.MAJOR, a.sentences().get(g.aSentence()).text(),
            sentence.text(), List.of(g.aSentence()), List.of(j), null, g.from(), g.to(),
            "\"" + g.from() + "\" became \"" + g.to() + "\"");
        continue;
      }
      List<String> specifics = newSpecifics(b.claims().get(j), wholeA);
      out.change(ChangeKind.ADDED_UNSUPPORTED, specifics.isEmpty() ? Severity.MINOR : Severity.MAJOR, null,
          sentence.text(), List.of(), List.of(j), null, null, specifics.isEmpty() ? null : String.join(", ", specifics),
          specifics.isEmpty()
              ? "the source has no sentence that supports this (commentary or context added by the copy)"
              : "the source has no sentence that supports this; it adds " + String.join(", ", specifics));
    }
  }

  /** Broadened claims inside aligned copy sentences. */
  static void generalizations(ArticleAnalysis a, ArticleAnalysis b, List<Integer> alignedB, GroupClaims wholeA,
      ChangeSink out) {
    for (int j : alignedB) {
      var sentence = b.sentences().get(j);
      Generalization.find(a, wholeA, sentence).ifPresent(g -> out.change(ChangeKind.GENERALIZATION, Severity.MAJOR,
          a.sentences().get(g.aSentence()).text(), sentence.text(), List.of(g.aSentence()), List.of(j), null, g.from(),
          g.to(), "\"" + g.from() + "\" became \"" + g.to() + "\""));
    }
  }

  static void dropped(ArticleAnalysis a, List<Integer> unalignedA, GroupClaims wholeB, ChangeSink out) {
    for (int i : unalignedA) {
      SentenceClaims c = a.claims().get(i);
      List<String> lost = new ArrayList<>();
      for (Quantity q : c.quantities()) {
        if (wholeB.quantities.stream().noneMatch(x -> GroupClaims.sameValue(x.claim().value(), q.value()))) {
          lost.add(q.number());
        }
      }
      for (String name : c.entities()) {
        if (!wholeB.mentions(name)) {
          lost.add(name);
        }
      }
      // A modal or "reportedly" only weakens its own sentence's claim, which the copy dropped with it;
      // the other caveats ("could not be verified", "no evidence") qualify what the copy kept.
      boolean caveat = c.hedges().stream()
          .anyMatch(h -> h.kind() != Hedge.Kind.MODAL && h.kind() != Hedge.Kind.REPORTED);
      String detail = lost.isEmpty()
          ? "the copy leaves this sentence out"
          : "the copy leaves this sentence out, with " + String.join(", ", new LinkedHashSet<>(lost));
      out.change(ChangeKind.DROPPED_CONTENT, caveat ? Severity.MAJOR : Severity.MINOR, a.sentences().get(i).text(),
          null, List.of(i), List.of(), null, lost.isEmpty() ? null : String.join(", ", new LinkedHashSet<>(lost)),
          null, caveat ? detail + " (a caveat is lost)" : detail);
    }
  }

  /** Figures unmatched within aligned groups and absent from the whole copy. */
  static void droppedFigures(ArticleAnalysis a, List<Integer> alignedA, Set<Quantity> matchedA, GroupClaims wholeB,
      ChangeSink out) {
    for (int i : alignedA) {
      for (Quantity q : a.claims().get(i).quantities()) {
        if (!matchedA.contains(q)
            && wholeB.quantities.stream().noneMatch(x -> GroupClaims.sameValue(x.claim().value(), q.value()))) {
          out.change(ChangeKind.DROPPED_CONTENT, Severity.MINOR, a.sentences().get(i).text(), null, List.of(i),
              List.of(), q.number(), q.text(), null, "the copy leaves out \"" + q.text() + "\"");
        }
      }
    }
  }

  /** Figures, dates, names and quotations of a copy sentence that the source does not contain. */
  private static List<String> newSpecifics(SentenceClaims c, GroupClaims wholeA) {
    Set<String> out = new LinkedHashSet<>();
    for (Quantity q : c.quantities()) {
      if (wholeA.quantities.stream().noneMatch(x -> GroupClaims.sameValue(x.claim().value(), q.value()))) {
        out.add(q.text());
      }
    }
    c.times().stream().filter(t -> TimeChanges.specific(t.kind()) && !wholeA.mentions(t.text()))
        .forEach(t -> out.add(t.text()));
    c.entities().stream().filter(e -> !wholeA.mentions(e)).forEach(out::add);
    c.quotations().stream().filter(q -> !wholeA.mentions(q.text())).forEach(q -> out.add("\"" + q.text() + "\""));
    return new ArrayList<>(out);
  }

  private CoverageChanges() {}
}
