package dev.retrace.changes;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Collects changes and preserved claims, dropping exact repeats (a claim can be seen from two groups). */
final class ChangeSink {
  private final Set<Change> changes = new LinkedHashSet<>();
  private final Set<Preserved> preserved = new LinkedHashSet<>();

  void change(ChangeKind kind, Severity severity, String aText, String bText, List<Integer> aSentences,
      List<Integer> bSentences, String value, String from, String to, String detail) {
    changes.add(new Change(kind, severity, aText, bText, aSentences, bSentences, value, from, to, detail));
  }

  /** True when a change already gives {@code name} as (part of) the copy's version, so it is not reported twice. */
  boolean reportedTo(String name) {
    return changes.stream().anyMatch(c -> c.to() != null && c.to().contains(name));
  }

  /** True when a change of this kind already reports the swap {@code from} → {@code to}. */
  boolean reported(ChangeKind kind, String from, String to) {
    return changes.stream().anyMatch(c -> c.kind() == kind && from.equals(c.from()) && to.equals(c.to()));
  }

  void preserved(String kind, String text, String value, int aSentence, int bSentence) {
    preserved.add(new Preserved(kind, text, value, aSentence, bSentence));
  }

  List<Change> changes() {
    List<Change> out = new ArrayList<>(changes);
    // Major first, then in copy order, so the most misleading changes lead every report.
    out.sort((x, y) -> {
      int s = x.severity().compareTo(y.severity());
      if (s != 0) {
        return s;
      }
      int bx = x.bSentences().isEmpty() ? Integer.MAX_VALUE : x.bSentences().get(0);
      int by = y.bSentences().isEmpty() ? Integer.MAX_VALUE : y.bSentences().get(0);
      return Integer.compare(bx, by);
    });
    return out;
  }

  List<Preserved> preserved() {
    return new ArrayList<>(preserved);
  }
}
