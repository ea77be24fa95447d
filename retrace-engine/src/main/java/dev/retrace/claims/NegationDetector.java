package dev.retrace.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Lists the negation cues of a sentence, lower-cased, in order: not, n't, no, never, none, nobody,
 * nothing, neither, nor, nowhere, without, cannot, unless, "fail(ed) to", "unable to", "unwilling to",
 * deny/denied. "Unless" counts because what it conditions on has not happened: "expire April 3 unless
 * extended" and "have not been extended and will expire April 3" say the same. Fixed expressions that do
 * not negate the claim are skipped: "not only", "not just", "not least", "not to mention", "whether
 * or not", "if not", "nothing but", "none other than", "no doubt", "no wonder", "no matter", "without
 * doubt", "never mind", the qualifiers "no more/less/fewer than", and "No." for number. "No longer"
 * still negates. Cues inside a caveat ("provided no evidence", "could not be verified") are part of that
 * caveat, not a negation of the claim: hedge checks compare them, so they are left out here. Stateless and
 * thread-safe.
 */
public final class NegationDetector {
  private static final Set<String> CUES = Lexicon.set("""
      not n't no never none nobody nothing neither nor nowhere without cannot unless""");
  private static final Set<String> DENY = Lexicon.set("deny denies denied denying");
  /** Verbs and adjectives that negate the infinitive after them: "failed to pay", "unable to do a job". */
  private static final Set<String> FAIL = Lexicon.set("fail fails failed failing unable unwilling");
  private static final Set<String> AFTER_NO = Lexicon.set("doubt wonder matter");

  /** True for a lower-cased negation cue word ("not", "no", "never", "without", ...). */
  public static boolean isCue(String low) {
    return CUES.contains(low);
  }

  /** True for a word that negation counting already reads: a cue, "deny", "fail" or "unable" in its forms. */
  public static boolean counted(String low) {
    return CUES.contains(low) || DENY.contains(low) || FAIL.contains(low);
  }

  public List<Negation> detect(Words w) {
    return detect(w, List.of());
  }

  /** The negation cues of a sentence outside the given caveats, each with what it negates. */
  public List<Negation> detect(Words w, List<Hedge> caveats) {
    List<Negation> out = new ArrayList<>();
    for (int i = 0; i < w.size(); i++) {
      String l = w.low(i);
      if (inside(w, i, caveats)) {
        continue;
      }
      if (CUES.contains(l)) {
        if (!fixed(w, i, l)) {
          out.add(new Negation(l, negated(w, i + 1)));
        }
      } else if (DENY.contains(l)) {
        out.add(new Negation(l, negated(w, i + 1)));
      } else if (FAIL.contains(l) && w.is(i + 1, "to")) {
        out.add(new Negation(l + " to", negated(w, i + 2)));
      }
    }
    return out;
  }

  /** Words looked at after a cue for what it negates. */
  private static final int WINDOW = 6;
  /** Content words kept as what a cue negates. */
  private static final int NEGATED_WORDS = 2;
  /** Indefinites that stand in for what is negated without naming it ("did not report anything about ..."). */
  private static final Set<String> INDEFINITES = Lexicon.set("anything anyone anybody something someone everything");

  /**
   * The first content words from {@code from} on, within {@link #WINDOW} words, the clause and up to the next
   * cue, past auxiliaries, indefinites and manner adverbs ("did not immediately respond"; "family" ends in -ly
   * but is a noun).
   */
  private static List<String> negated(Words w, int from) {
    List<String> out = new ArrayList<>(NEGATED_WORDS);
    for (int j = from; j < Math.min(w.size(), from + WINDOW) && out.size() < NEGATED_WORDS; j++) {
      String l = w.low(j);
      if (w.clauseBreak(j) || CUES.contains(l) || DENY.contains(l) || FAIL.contains(l) && w.is(j + 1, "to")) {
        break; // another cue negates what follows it ("are not being held without trial")
      }
      boolean adverb = l.endsWith("ly") && !WordSense.nounLike(l);
      if (w.word(j) && !w.clitic(j) && !Lexicon.isFiller(l) && !INDEFINITES.contains(l) && !adverb) {
        out.add(l);
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
