package dev.retrace.changes;

import dev.retrace.claims.WordSense;
import java.util.List;

/**
 * A thing the copy replaced with another thing of the same kind: "yellow and blue paint" → "yellow and white
 * paint", "pleaded guilty to manslaughter" → "pleaded guilty to murder", "the car hit" → "the truck hit". The
 * claim now describes something else, though nothing was negated and no name or figure changed. Found as a
 * one-word swap in a word diff of the aligned texts; WordNet decides that the two words are colours, or nouns
 * whose commonest senses sit side by side under one more general sense ({@link WordSense#siblings}). A
 * synonym, a more general or a more specific word ("crimson" for "red", "vehicle" for "car") passes, as does a
 * word the other side also uses (two words that changed places). Times and units are left to the rules that
 * compare them as such, and a role said of a man instead of a woman ("spokesman" for "spokeswoman") is minor.
 */
final class SiblingChanges {
  static void detect(GroupClaims ga, GroupClaims gb, WordSwaps.Result diff, ChangeSink out) {
    for (WordSwaps.Swap swap : diff.swaps()) {
      String from = swap.from();
      String to = swap.to();
      if (from.length() < 3 || to.length() < 3 || gb.words().contains(from) || ga.words().contains(to)
          || out.reportedTo(to) || named(gb.text, to) || named(ga.text, from)) {
        continue;
      }
      if (WordSense.colour(from) && WordSense.colour(to) && !WordSense.related(from, to)) {
        // Shades ("red" → "crimson") and spellings ("grey" → "gray") are WordNet neighbours and pass.
        out.change(ChangeKind.ENTITY_CHANGED, Severity.MAJOR, ga.text, gb.text, ga.sentences, gb.sentences, null,
            from, to, "the colour \"" + from + "\" became \"" + to + "\"");
      } else if (kin(from, to) || kin(to, from)) {
        boolean gender = sameButGender(from, to);
        out.change(ChangeKind.ENTITY_CHANGED, gender ? Severity.MINOR : Severity.MAJOR, ga.text, gb.text,
            ga.sentences, gb.sentences, null, from, to, gender
                ? "\"" + from + "\" became \"" + to + "\" (the same role, another person)"
                : "\"" + from + "\" became another thing of its kind, \"" + to + "\"");
      }
    }
  }

  /**
   * True when the nouns name two things of one kind ({@link WordSense#siblings}); a compound WordNet does not list
   * stands for the nouns it is written from ("clifftop" → "beach": a cliff and a beach are both landforms). Times
   * and units ("months" → "year", "tonnes" → "bushels") are compared by the time and figure rules.
   */
  private static boolean kin(String x, String y) {
    if (!WordSense.nounLike(y) || WordSense.timeOrMeasure(y)) {
      return false;
    }
    List<String> parts = WordSense.nounLike(x) ? List.of(x) : WordSense.compoundParts(x);
    return parts.stream().anyMatch(p -> !WordSense.timeOrMeasure(p) && WordSense.siblings(p, y))
        && parts.stream().noneMatch(p -> WordSense.related(p, y));
  }

  /**
   * "spokesman" / "spokeswoman", "chairman" / "chairwoman", "actor" / "actress": one role said of a man or of
   * a woman, which names the speaker differently but does not change what was said.
   */
  private static boolean sameButGender(String x, String y) {
    return x.replace("woman", "man").equals(y.replace("woman", "man"))
        || x.replace("women", "men").equals(y.replace("women", "men"))
        || feminine(x, y) || feminine(y, x);
  }

  /** "fiancee" of "fiance", "actress" of "actor", "hostess" of "host". */
  private static boolean feminine(String male, String female) {
    String stem = male.endsWith("or") ? male.substring(0, male.length() - 2) + "r" : male;
    return female.equals(male + "e") || female.equals(stem + "ess");
  }

  /**
   * True when the text writes the word capitalised, as a name ("Tuesday", "Hope"): names and dates have their
   * own rules, which compare them as what they are.
   */
  private static boolean named(String text, String word) {
    String cap = Character.toUpperCase(word.charAt(0)) + word.substring(1);
    int at = text.indexOf(cap);
    while (at >= 0) {
      int end = at + cap.length();
      boolean whole = (at == 0 || !Character.isLetter(text.charAt(at - 1)))
          && (end == text.length() || !Character.isLetter(text.charAt(end)));
      if (whole) {
        return true;
      }
      at = text.indexOf(cap, at + 1);
    }
    return false;
  }

  private SiblingChanges() {}
}
