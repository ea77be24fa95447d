package dev.retrace.changes;

import dev.retrace.changes.GroupClaims.Located;
import java.util.List;

/**
 * A name in the copy's group that the source never mentions, where the source's group has a name the copy
 * never mentions, is a replaced person, organisation or place.
 */
final class EntityChanges {
  static void detect(GroupClaims ga, GroupClaims gb, GroupClaims wholeA, GroupClaims wholeB, ChangeSink out) {
    replaced(ga.places, gb.places, wholeA, wholeB, ga, gb, ChangeKind.PLACE_CHANGED, out);
    // Places are entities too; report each replaced name once, under its most specific kind.
    List<Located<String>> entitiesA = ga.entities.stream().filter(e -> ga.places.stream().noneMatch(p -> p.claim().equals(e.claim()))).toList();
    List<Located<String>> entitiesB = gb.entities.stream().filter(e -> gb.places.stream().noneMatch(p -> p.claim().equals(e.claim()))).toList();
    replaced(entitiesA, entitiesB, wholeA, wholeB, ga, gb, ChangeKind.ENTITY_CHANGED, out);
  }

  private static void replaced(List<Located<String>> namesA, List<Located<String>> namesB, GroupClaims wholeA,
      GroupClaims wholeB, GroupClaims ga, GroupClaims gb, ChangeKind kind, ChangeSink out) {
    Located<String> lostA = namesA.stream().filter(n -> !wholeB.mentions(n.claim())).findFirst().orElse(null);
    Located<String> newB = namesB.stream().filter(n -> !wholeA.mentions(n.claim())).findFirst().orElse(null);
    if (lostA != null && newB != null) {
      out.change(kind, Severity.MAJOR, ga.text, gb.text, List.of(lostA.sentence()), List.of(newB.sentence()), null,
          lostA.claim(), newB.claim(), "\"" + lostA.claim() + "\" became \"" + newB.claim() + "\"");
    }
  }

  private EntityChanges() {}
}
