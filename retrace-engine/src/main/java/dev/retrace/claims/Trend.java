package dev.retrace.claims;

import java.util.Set;

/**
 * Which way a word says a measure moved: up ("rose", "increase", "surged", "growth") or down ("fell",
 * "decline", "slumped", "reduction"). WordNet lists few of these pairs as antonyms (rise/fall and
 * increase/decrease, but not increase/decline or climb/drop), so the two directions are listed here, by base
 * form; inflections are found through WordNet's morphology ("rose" → rise, "fallen" → fall). The lists hold
 * only words whose commonest news use is a movement of a figure: "raise" (raise concerns), "cut" (cut a
 * ribbon) and "ease" (ease tensions) are left out.
 */
public enum Trend {
  UP,
  DOWN;

  private static final Set<String> UP_WORDS = Lexicon.set("""
      rise increase grow growth gain climb jump surge soar rally rebound expand expansion upturn upswing hike
      spike boost""");

  private static final Set<String> DOWN_WORDS = Lexicon.set("""
      fall decrease decline drop slump plunge slide dip shrink contract contraction reduce reduction tumble
      sink slip downturn plummet dwindle diminish slash""");

  /** The direction the word gives, or null when it gives none (or both, in different senses). */
  public static Trend of(String word) {
    boolean up = false;
    boolean down = false;
    for (String base : WordSense.baseForms(word)) {
      up |= UP_WORDS.contains(base);
      down |= DOWN_WORDS.contains(base);
    }
    return up == down ? null : up ? UP : DOWN;
  }

  /** True when one word says up and the other down: "increased" / "declined", "growth" / "contraction". */
  public static boolean opposite(String a, String b) {
    Trend x = of(a);
    Trend y = of(b);
    return x != null && y != null && x != y;
  }
}
