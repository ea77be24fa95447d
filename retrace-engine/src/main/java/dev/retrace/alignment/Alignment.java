package dev.retrace.alignment;

import java.util.List;

/**
 * A group of source sentences ({@code a}) and copy sentences ({@code b}) that say the same thing. A group
 * is many-to-many: a copy sentence may merge two source sentences, or split one.
 *
 * @param a          indices of the source-side sentences, ascending
 * @param b          indices of the copy-side sentences, ascending
 * @param kind       how closely the wording follows
 * @param similarity strength of the group's best link, in [0, 1]
 */
public record Alignment(List<Integer> a, List<Integer> b, AlignmentKind kind, double similarity) {
  public Alignment {
    a = List.copyOf(a);
    b = List.copyOf(b);
  }
}
