package dev.retrace.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Lists the negation cues of a sentence, lower-cased, in order: not, n't, no, never, none, nobody,
 * nothing, neither, nor, nowhere, without, cannot, "fail(ed) to", deny/denied. Fixed expressions that
 * do not negate the claim are skipped: "not only", "not just", "not least", "not to mention", "whether
 * or not", "if not", "nothing but", "none other than", "no doubt", "no wonder", "no matter", "without
 * doubt", "never mind", the qualifiers "no more/less/fewer than", and "No." for number. "No longer"
 * still negates. Cues inside a caveat ("provided no evidence", "could not be verified") are part of that
 * caveat, not a negation of the claim: hedge checks compare them, so they are left out here. Stateless and
 * thread-safe.
 */
public final class NegationDetector {
  private static final Set<String> CUES = Lexicon.set("""
      not n't no never none nobody nothing neither nor nowhere without cannot""");
  private static final Set<String> DENY = Lexicon.set("deny denies denied denying");
  private static final Set<String> FAIL = Lexicon.set("fail fails failed failing");
  private static final Set<String> AFTER_NO = Lexicon.set("doubt wonder matter");

  public List<String> detect(Words w) {
    return detect(w, List.of());
  }

  /** The negation cues of a sentence outside the given caveats. */
  public List<String> detect(Words w, List<Hedge> caveats) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < w.size(); i++) {
      String l = w.low(i);
      if (inside(w, i, caveats)) {
        continue;
      }
      if (CUES.contains(l)) {
        if (!fixed(w, i, l)) {
          out.add(l);
        }
      } else if (DENY.contains(l)) {
        out.add(l);
      } else if (FAIL.contains(l) && w.is(i + 1, "to")) {
        out.add(l + " to");
      }
    }
    return out;
  }

  private static boolean inside(Words w, int i, List<Hedge> caveats) {
    for (Hedge h : caveats) {
      if (h.start() <= w.start(i) && w.end(i) <= h.end()) {
        return true;
      }
    }
    return false;
  }

  private static boolean fixed(Words w, int i, String l) {
    String next = w.low(i + 1);
    String prev = w.low(i - 1);
    return switch (l) {
      case "not" -> next.equals("only") || next.equals("just") || next.equals("least")
          || w.seq(i + 1, "to", "mention") || prev.equals("or") && w.is(i - 2, "whether") || prev.equals("if");
      case "no" -> AFTER_NO.contains(next)
          || (next.equals("more") || next.equals("less") || next.equals("fewer")) && w.is(i + 2, "than")
          || next.equals(".") && w.glued(i + 1) && w.digit(i + 2);
      case "nothing" -> next.equals("but");
      case "none" -> w.seq(i + 1, "other", "than");
      case "without" -> next.equals("doubt");
      case "never" -> next.equals("mind");
      default -> false;
    };
  }
}
