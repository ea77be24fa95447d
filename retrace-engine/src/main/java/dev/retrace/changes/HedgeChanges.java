package dev.retrace.changes;

import dev.retrace.changes.GroupClaims.Located;
import dev.retrace.claims.Hedge;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares caveats by family ({@link Hedge.Kind}), so that "analysts are skeptical" and "analysts remain
 * cautious" match. Each copy caveat vouches for one source caveat (same words first, then same family): a
 * source with "would" and "could" whose copy keeps only "would" lost one. A source caveat left without a
 * copy caveat is dropped (major: the copy sounds surer than its source), unless it was a forecast's "should"
 * and the copy tells the claim as an expectation ("expects", "estimated"); a caveat only the copy has was
 * added (minor).
 */
final class HedgeChanges {
  /** Words of expectation that keep a forecast a forecast, as its "should" did. */
  private static final Set<String> EXPECTATIONS = Set.of("expect", "expects", "expected", "expecting", "expectation",
      "expectations", "estimate", "estimates", "estimated", "estimating", "forecast", "forecasts", "forecasting",
      "projected", "projects", "predict", "predicts", "predicted", "anticipate", "anticipates", "anticipated");

  static void detect(GroupClaims ga, GroupClaims gb, ChangeSink out) {
    Set<Hedge.Kind> inA = kinds(ga);
    List<Located<Hedge>> unusedB = new ArrayList<>(gb.hedges);
    Map<Located<Hedge>, Located<Hedge>> kept = new LinkedHashMap<>();
    for (boolean sameWords : new boolean[] {true, false}) {
      for (Located<Hedge> h : ga.hedges) {
        if (kept.containsKey(h)) {
          continue;
        }
        for (Located<Hedge> x : unusedB) {
          if (x.claim().kind() == h.claim().kind()
              && (!sameWords || x.claim().text().equalsIgnoreCase(h.claim().text()))) {
            kept.put(h, x);
            unusedB.remove(x);
            break;
          }
        }
      }
    }
    for (Located<Hedge> h : ga.hedges) {
      Located<Hedge> k = kept.get(h);
      if (k != null) {
        out.preserved("hedge", k.claim().text(), null, h.sentence(), k.sentence());
      } else if (h.claim().text().equalsIgnoreCase("should") && gb.words().stream().anyMatch(EXPECTATIONS::contains)) {
        continue; // "earnings should be between 23 and 26 cts" → "it expects earnings of 23 to 26 cts"
      } else if (keepsScope(ga, h, gb)) {
        out.change(ChangeKind.HEDGE_DROPPED, Severity.MAJOR, ga.text, gb.text, List.of(h.sentence()), gb.sentences,
            null, h.claim().text(), null, "the caveat \"" + h.claim().text() + "\" is gone");
      }
    }
    for (Located<Hedge> h : gb.hedges) {
      if (!inA.contains(h.claim().kind())) {
        out.change(ChangeKind.HEDGE_ADDED, Severity.MINOR, ga.text, gb.text, ga.sentences, List.of(h.sentence()),
            null, null, h.claim().text(), "the copy adds the caveat \"" + h.claim().text() + "\"");
      }
    }
  }

  /**
   * A modal or "reportedly" hedges the words that follow it ("possibly deceptive practices"). When the
   * copy left those words out too, the hedge went with the content it qualified: that is dropped content,
   * not a claim made surer. Caveats of the other kinds qualify the sentence as a whole and always count.
   */
  private static boolean keepsScope(GroupClaims ga, Located<Hedge> h, GroupClaims gb) {
    if (h.claim().kind() != Hedge.Kind.MODAL && h.claim().kind() != Hedge.Kind.REPORTED) {
      return true;
    }
    List<String> scope = HedgeScope.words(ga, h);
    long kept = scope.stream().filter(w -> HedgeScope.present(gb.lowerText, w)).count();
    return scope.isEmpty() || 2 * kept >= scope.size();
  }

  private static Set<Hedge.Kind> kinds(GroupClaims g) {
    Set<Hedge.Kind> out = EnumSet.noneOf(Hedge.Kind.class);
    g.hedges.forEach(h -> out.add(h.claim().kind()));
    return out;
  }

  private HedgeChanges() {}
}
