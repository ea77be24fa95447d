package dev.retrace.claims;

import dev.retrace.claims.Hedge.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds hedges and caveats, most specific first so that "could not be independently verified" is one
 * UNVERIFIED hedge, not also a MODAL "could":
 * <ul>
 *   <li>CONDITIONAL: "if/assuming ... accurate|true|correct|confirmed|verified|genuine"</li>
 *   <li>UNVERIFIED: a negation before verify/confirm/corroborate ("could not be independently
 *       verified", "has not been confirmed", "unable to verify"), "unverified", "unconfirmed"</li>
 *   <li>NO_EVIDENCE: no/not/without/little/lack before evidence/proof ("did not provide any evidence",
 *       "without evidence", "provided no proof"), "unsubstantiated", "baseless", "unfounded"</li>
 *   <li>SKEPTICISM: skeptical, cautious, doubt, questioned, dubious, wary ... with a preceding
 *       "analysts are" / "experts remain" when present; not "no doubt"</li>
 *   <li>REPORTED: reportedly, allegedly, apparently, purportedly, supposedly, alleged, "claimed to", "is said to"</li>
 *   <li>MODAL: may, might, could, "should" before a figure or a movement ("should rise 4.5 pct"), possibly,
 *       likely, unlikely, probably, perhaps, potentially, "appears/seems to", "is believed/thought/expected to"
 *       (never the month "May")</li>
 * </ul>
 * Stateless and thread-safe.
 */
public final class HedgeExtractor {
  private static final Set<String> CONDITION_WORDS = Lexicon.set("if assuming");
  private static final Set<String> ACCURATE = Lexicon.set("accurate true correct confirmed verified genuine right borne");
  private static final Set<String> NEGATORS = Lexicon.set("not n't never cannot unable without");
  private static final Set<String> VERIFY = Lexicon.set("""
      verify verified verifying confirm confirmed confirming corroborate corroborated corroborating
      authenticate authenticated""");
  private static final Set<String> UNVERIFIED_WORDS = Lexicon.set("unverified unconfirmed uncorroborated");
  private static final Set<String> EVIDENCE = Lexicon.set("evidence proof");
  private static final Set<String> EVIDENCE_NEGATORS = Lexicon.set("no not n't without never little lack scant");
  private static final Set<String> NO_EVIDENCE_WORDS = Lexicon.set("unsubstantiated baseless unfounded");
  private static final Set<String> SKEPTIC = Lexicon.set("""
      skeptical sceptical skepticism scepticism cautious caution doubt doubts doubted doubtful
      questioned questionable dubious disputed wary suspicious""");
  private static final Set<String> COPULA = Lexicon.set("are is remain remains remained were was be been");
  private static final Set<String> REPORTED = Lexicon.set("reportedly allegedly apparently purportedly supposedly ostensibly alleged purported");
  private static final Set<String> MODALS = Lexicon.set("""
      may might could possibly likely unlikely probably perhaps potentially presumably""");
  private static final Set<String> SEEM = Lexicon.set("appears appear appeared seems seem seemed");
  private static final Set<String> BELIEVED = Lexicon.set("believed thought expected");
  private static final Set<String> AUX = Lexicon.set("could can has have had did does do was were is are would will may might");

  /** Whether the word alone marks a caveat ("suspicious", "reportedly", "probably"), so a rewrite must keep it. */
  public static boolean isCaveatWord(String lower) {
    return SKEPTIC.contains(lower) || REPORTED.contains(lower) || MODALS.contains(lower)
        || UNVERIFIED_WORDS.contains(lower) || NO_EVIDENCE_WORDS.contains(lower);
  }

  public List<Hedge> extract(Words w) {
    List<Hedge> out = new ArrayList<>();
    boolean[] used = new boolean[w.size()];
    conditional(w, used, out);
    unverified(w, used, out);
    noEvidence(w, used, out);
    skepticism(w, used, out);
    reported(w, used, out);
    modal(w, used, out);
    out.sort((a, b) -> a.start() - b.start());
    return out;
  }

  private static void add(Words w, int from, int to, Kind kind, boolean[] used, List<Hedge> out) {
    for (int k = from; k < to; k++) {
      if (used[k]) {
        return;
      }
    }
    for (int k = from; k < to; k++) {
      used[k] = true;
    }
    out.add(new Hedge(w.span(from, to), kind, w.start(from), w.end(to - 1)));
  }

  private static void conditional(Words w, boolean[] used, List<Hedge> out) {
    for (int i = 0; i < w.size(); i++) {
      if (!CONDITION_WORDS.contains(w.low(i))) {
        continue;
      }
      for (int k = i + 1; k < Math.min(w.size(), i + 12); k++) {
        if (w.is(k, ";") || w.is(k, ".")) {
          break;
        }
        if (ACCURATE.contains(w.low(k))) {
          int end = w.is(k, "borne") && w.is(k + 1, "out") ? k + 2 : k + 1;
          add(w, i, end, Kind.CONDITIONAL, used, out);
          break;
        }
      }
    }
  }

  private static void unverified(Words w, boolean[] used, List<Hedge> out) {
    for (int i = 0; i < w.size(); i++) {
      String l = w.low(i);
      if (UNVERIFIED_WORDS.contains(l)) {
        add(w, i, i + 1, Kind.UNVERIFIED, used, out);
        continue;
      }
      if (!VERIFY.contains(l)) {
        continue;
      }
      for (int k = i - 1; k >= Math.max(0, i - 4); k--) {
        if (NEGATORS.contains(w.low(k))) {
          int from = AUX.contains(w.low(k - 1)) ? k - 1 : k;
          if (w.is(k, "n't") && from == k) {
            from = k - 1; // "couldn't": keep the auxiliary with its clitic
          }
          add(w, Math.max(0, from), i + 1, Kind.UNVERIFIED, used, out);
          break;
        }
        if (w.clauseBreak(k)) {
          break;
        }
      }
    }
  }

  private static void noEvidence(Words w, boolean[] used, List<Hedge> out) {
    for (int i = 0; i < w.size(); i++) {
      String l = w.low(i);
      if (NO_EVIDENCE_WORDS.contains(l)) {
        add(w, i, i + 1, Kind.NO_EVIDENCE, used, out);
        continue;
      }
      if (!EVIDENCE.contains(l)) {
        continue;
      }
      for (int k = i - 1; k >= Math.max(0, i - 4); k--) {
        if (EVIDENCE_NEGATORS.contains(w.low(k))) {
          int from = w.is(k, "n't") || w.is(k, "not") && AUX.contains(w.low(k - 1)) ? k - 1 : k;
          add(w, Math.max(0, from), i + 1, Kind.NO_EVIDENCE, used, out);
          break;
        }
        if (w.clauseBreak(k)) {
          break;
        }
      }
    }
  }

  private static void skepticism(Words w, boolean[] used, List<Hedge> out) {
    for (int i = 0; i < w.size(); i++) {
      String l = w.low(i);
      if (!SKEPTIC.contains(l) && !(l.equals("cast") && (w.is(i + 1, "doubt") || w.is(i + 1, "doubts")))) {
        continue;
      }
      String p = w.low(i - 1);
      if (p.equals("no") || p.equals("without") || p.equals("little") || w.is(i - 2, "no") && p.equals("a")) {
        continue; // "no doubt", "without doubt", "little doubt"
      }
      int from = i;
      int to = l.equals("cast") ? i + 2 : i + 1;
      if (COPULA.contains(p) && w.word(i - 2) && !Lexicon.isFunctionWord(w.low(i - 2))) {
        from = i - 2; // "analysts are skeptical"
      }
      add(w, from, to, Kind.SKEPTICISM, used, out);
    }
  }

  private static void reported(Words w, boolean[] used, List<Hedge> out) {
    for (int i = 0; i < w.size(); i++) {
      String l = w.low(i);
      if (REPORTED.contains(l)) {
        add(w, i, i + 1, Kind.REPORTED, used, out);
      } else if ((l.equals("claimed") || l.equals("claims") || l.equals("claim")) && w.is(i + 1, "to")
          && w.word(i + 2) && !w.is(i + 2, "the") || l.equals("said") && w.is(i + 1, "to")
          && COPULA.contains(w.low(i - 1))) {
        add(w, COPULA.contains(w.low(i - 1)) ? i - 1 : i, i + 2, Kind.REPORTED, used, out);
      }
    }
  }

  /** Words after "should" within which a figure or a movement makes it a forecast. */
  private static final int FORECAST_WINDOW = 6;

  /** A figure or a word of movement ("rise", "double") among the next words of the clause. */
  private static boolean forecast(Words w, int from) {
    for (int k = from; k < Math.min(w.size(), from + FORECAST_WINDOW) && !w.clauseBreak(k); k++) {
      String l = w.low(k);
      if (w.digit(k) || Trend.of(l) != null || l.equals("double") || l.equals("triple") || l.equals("halve")) {
        return true;
      }
    }
    return false;
  }

  /** "Should the talks fail", ", should he resign": "should" opening a clause, before its subject. */
  private static boolean opensClause(Words w, int i) {
    boolean start = i == 0 || w.punct(i - 1) || w.is(i - 1, "and") || w.is(i - 1, "but") || w.is(i - 1, "or");
    String next = w.low(i + 1);
    return start && (Lexicon.DETERMINERS.contains(next) || Lexicon.PRONOUNS.contains(next) || w.cap(i + 1));
  }

  private static void modal(Words w, boolean[] used, List<Hedge> out) {
    for (int i = 0; i < w.size(); i++) {
      String l = w.low(i);
      if (MODALS.contains(l)) {
        if (l.equals("may") && (w.cap(i) && i > 0 || TimeExtractor.day(w, i + 1) > 0)) {
          continue; // the month
        }
        add(w, i, i + 1, Kind.MODAL, used, out);
      } else if (l.equals("should") && !opensClause(w, i) && forecast(w, i + 1)) {
        // "output should more than double from about 2,000" forecasts a figure: not yet a fact. "The minister
        // should resign" urges, which no rewrite makes a fact by accident, and opening a clause it is a
        // condition ("Should the talks fail, ..."), which "if" also gives.
        add(w, i, i + 1, Kind.MODAL, used, out);
      } else if (SEEM.contains(l) && w.is(i + 1, "to")) {
        add(w, i, i + 2, Kind.MODAL, used, out);
      } else if (BELIEVED.contains(l) && w.is(i + 1, "to") && COPULA.contains(w.low(i - 1))) {
        add(w, i - 1, i + 2, Kind.MODAL, used, out);
      }
    }
  }
}
