package dev.retrace.changes;

import dev.retrace.changes.GroupClaims.Located;
import dev.retrace.claims.Hedge;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Compares caveats by family ({@link Hedge.Kind}), so that "analysts are skeptical" and "analysts remain
 * cautious" match. A source caveat missing from the copy's group is dropped (major: the copy sounds
 * surer than its source); a caveat only the copy has was added (minor).
 */
final class HedgeChanges {
  static void detect(GroupClaims ga, GroupClaims gb, ChangeSink out) {
    Set<Hedge.Kind> inB = kinds(gb);
    Set<Hedge.Kind> inA = kinds(ga);
    for (Located<Hedge> h : ga.hedges) {
      if (inB.contains(h.claim().kind())) {
        Located<Hedge> kept = gb.hedges.stream().filter(x -> x.claim().kind() == h.claim().kind()).findFirst().orElseThrow();
        out.preserved("hedge", kept.claim().text(), null, h.sentence(), kept.sentence());
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
