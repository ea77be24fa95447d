package dev.retrace.claims;

import dev.retrace.claims.Attribution.Certainty;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds who a sentence says its claims come from.
 *
 * <p>Frames: subject + reporting verb ("Ukraine's defense ministry said", "Russia has claimed", "the SVR
 * argued."), inverted ("..., said the ministry."), "according to X", "citing X", a document with its
 * author ("a post from the ministry on X, formerly Twitter, said" → "the ministry"; "the SVR's
 * statement"), an agentless passive ("was reported", "it is assumed": source "" and generic), a
 * coordinated verb ("..., but said" reuses the previous source). Reporting verbs inside quotation marks
 * are not the sentence's own frame and are skipped.
 *
 * <p>The source is a noun phrase of at most eight tokens that stops at clause punctuation,
 * conjunctions, auxiliaries and times; a parenthesised acronym stays with it ("The Russian Foreign
 * Intelligence Service (SVR)"). Stateless and thread-safe.
 */
public final class AttributionExtractor {
  private static final int MAX_SOURCE = 8;

  /** Reporting verbs that frame a claim wherever they stand. */
  private static final Set<String> STRONG = Lexicon.set("""
      said says say told tells tell stated announced announces announce reported claimed believes
      believe believed argued argues argue alleged alleges allege contends contended contend
      estimated warned warns warn insisted insists stressed stresses explained explains confirmed
      confirms confirm revealed reveals admitted admits acknowledged acknowledges denied denies deny
      suggested suggests accused accuses assessed assesses asserted asserts declared declares
      predicted predicts thinks proved proves showed indicated indicates testified cautioned
      emphasised emphasized emphasises emphasizes reiterated reiterates disclosed conceded concedes
      complained boasted""");
  /** Reporting verbs that are also common nouns ("casualty reports", "these claims"). */
  private static final Set<String> NOUN_LIKE = Lexicon.set("claims claim reports report states estimates estimate forecasts notes shows thought");
  /** Verbs that report only at a clause end or before "that" ("it continued.", not "Russia continues to"). */
  private static final Set<String> WEAK = Lexicon.set("""
      added adds continued continues concluded concludes noted explained maintained maintains recalled
      observed wrote writes posted tweeted established verified""");
  /** A verb followed by one of these is a participle or a relative clause inside the subject, not a report. */
  private static final Set<String> FINITE_BE = Lexicon.set("is are was were");
  /** Two-word verbs: first word → particle. */
  private static final java.util.Map<String, String> PHRASAL = java.util.Map.of(
      "summed", "up", "sums", "up", "pointed", "out", "points", "out", "went", "on", "goes", "on");
  private static final Set<String> PASSIVE = Lexicon.set("""
      reported said claimed estimated believed thought alleged assumed understood told confirmed
      announced stated""");
  /** Verbs whose object is the hearer, never an inverted subject: "..., an analyst, told Reuters". */
  private static final Set<String> TOLD = Lexicon.set("told tells tell");
  private static final Set<String> BE = Lexicon.set("is are was were been be being");
  private static final Set<String> PASSIVE_GAP = Lexicon.set("widely also not n't independently previously");
  private static final Set<String> ASSERTED = Lexicon.set("""
      confirmed confirms confirm revealed reveals proved proves showed shows established admitted
      admits acknowledged acknowledges verified demonstrated""");
  /** Words skipped between a subject and its verb: "Russia has claimed", "Stoltenberg firmly stated". */
  private static final Set<String> SUBJECT_GAP = Lexicon.set("""
      has have had does do did will would may might could can should must not n't never no longer also firmly
      previously later again repeatedly recently publicly officially reportedly allegedly earlier
      further then now already still separately""");
  private static final Set<String> INNER_PREPS = Lexicon.set("of for from at on");
  private static final Set<String> DOC_NOUNS = Lexicon.set("""
      post statement report release tweet message letter announcement briefing bulletin update data
      figures information assessment analysis study survey estimate estimates forecast forecasts
      communique note video website account channel statements reports""");
  private static final Set<String> DOC_ADJECTIVES = Lexicon.set("latest new own official previous recent earlier final");
  private static final Set<String> NAME_SKIP = Lexicon.set("""
      former senior then top new current previous latest outgoing acting late so-called mr. mrs. ms. dr.
      mr mrs ms dr""");
  /** Nouns for people and bodies that speak: "citing officials", "citing police sources". */
  private static final Set<String> SPEAKERS = Lexicon.set("""
      source sources official officials people person witness witnesses resident residents analyst analysts
      expert experts police authorities spokesman spokeswoman spokesperson diplomat diplomats investigator
      investigators insider insiders executive executives researchers scientists doctors government ministry
      agency""");
  private static final Set<String> AFTER_INVERTED = Lexicon.set("in on at during");
  /**
   * Reporting participles after a comma, whose speaker is the subject the sentence opens with: "She unveiled a
   * campaign, arguing that sexism was holding women back"; "The company cut 500 jobs, saying demand had fallen".
   */
  private static final Set<String> PARTICIPLES = Lexicon.set("""
      saying arguing adding warning claiming insisting noting stressing explaining suggesting maintaining
      asserting alleging contending acknowledging admitting""");
  /** Words after a participle that make it no report ("adding to losses"); "warning against ..." still reports. */
  private static final Set<String> NOT_REPORTING_AFTER = Lexicon.set("to up on in");
  /** Bodies that speak through what they do: "The company cut 500 jobs, saying demand had fallen". */
  private static final Set<String> SUBJECT_NOUNS = Lexicon.set("""
      company firm bank group party union council court board minister ministry department commission""");
  /** Pronouns that can open a sentence as its speaking subject. */
  private static final Set<String> SUBJECT_PRONOUNS = Lexicon.set("he she they we i");

  public List<Attribution> extract(Words w, boolean[] inQuote, boolean[] time) {
    List<Attribution> out = new ArrayList<>();
    boolean[] taken = new boolean[w.size()];
    for (int v = 0; v < w.size(); v++) {
      if (inQuote[v] || taken[v]) {
        continue;
      }
      Attribution a = at(w, v, inQuote, time, out);
      if (a != null) {
        out.add(a);
        for (int k = 0; k < w.size(); k++) {
          if (w.start(k) >= a.start() && w.end(k) <= a.end()) {
            taken[k] = true;
          }
        }
      }
    }
    possessiveDocuments(w, inQuote, taken, out);
    return out;
  }

  private Attribution at(Words w, int v, boolean[] inQuote, boolean[] time, List<Attribution> before) {
    String l = w.low(v);
    if ((l.equals("according") && w.is(v + 1, "to")) || l.equals("citing")) {
      int from = l.equals("citing") ? v + 1 : v + 2;
      int[] np = rightNp(w, from, time);
      if (np != null && l.equals("citing") && !canSpeak(w, np[0], np[1])) {
        return null; // "citing slowing inflation" gives a reason, not a source
      }
      return np == null ? null : build(w, np[0], np[1], v, from, certainty(l));
    }
    if (PASSIVE.contains(l)) {
      Attribution a = passive(w, v, time);
      if (a != null) {
        return a;
      }
    }
    if (PARTICIPLES.contains(l) && w.is(v - 1, ",")) {
      return participle(w, v, before);
    }
    return reportingVerb(w, v, inQuote, time, before);
  }

  /**
   * ", saying ...", ", arguing that ...": the speaker is the subject the sentence opens with, when that is a
   * pronoun, a name or a speaking body ("the ministry", "police", "the company"); null when the sentence
   * already has an attribution to it ("Ms Hewitt announced ..., saying ...") or opens otherwise ("In May, ...").
   */
  private static Attribution participle(Words w, int v, List<Attribution> before) {
    int end = NOT_REPORTING_AFTER.contains(w.low(v + 1)) ? -1 : openingSubject(w, v);
    if (end < 0) {
      return null;
    }
    String source = w.span(0, end);
    if (before.stream().anyMatch(a -> a.source().equalsIgnoreCase(source))) {
      return null;
    }
    Attribution a = build(w, 0, end, v, v + 1, Certainty.REPORTED);
    // The frame is the participle alone: the clause between the subject and it is the subject's own claim.
    return a == null ? null
        : new Attribution(a.source(), a.names(), a.generic(), a.verb(), a.certainty(), w.start(v), w.end(v));
  }

  /** End of a speaking subject at the sentence's start (before {@code limit}), or -1. */
  private static int openingSubject(Words w, int limit) {
    if (SUBJECT_PRONOUNS.contains(w.low(0))) {
      return 1;
    }
    int first = Lexicon.DETERMINERS.contains(w.low(0)) ? 1 : 0;
    int k = first;
    while (k < limit && w.word(k) && (w.cap(k) || NAME_SKIP.contains(w.low(k))
        || INNER_PREPS.contains(w.low(k)) && k > first && w.cap(k + 1))) {
      k++;
    }
    // A lone capitalised first word is a name only if WordNet does not know it as a word, which it may
    // merely be capitalised as ("In May, ...", "Prices rose, suggesting ..."); surnames that are also words
    // ("Brown") are missed, as no attribution is safer than a wrong one.
    boolean name = k - first > 1 || first > 0 || k == 1 && !WordSense.known(w.low(0));
    if (k > first && w.cap(k - 1) && name) {
      return k;
    }
    // "the ministry", "Police", "The company": at most one modifier before a speaking noun
    for (int j = first; j < Math.min(limit, first + 2) && w.word(j); j++) {
      if (SPEAKERS.contains(w.low(j)) || SUBJECT_NOUNS.contains(w.low(j))) {
        return j + 1;
      }
    }
    return -1;
  }

  /**
   * "was reported", "it is assumed that" (no source: "" and generic), "were reported by Kyiv", "the
   * figures reported by Kyiv" (the agent is the source); null when v is not a passive participle.
   */
  private static Attribution passive(Words w, int v, boolean[] time) {
    String l = w.low(v);
    int b = v - 1;
    while (b >= 0 && PASSIVE_GAP.contains(w.low(b))) {
      b--;
    }
    boolean be = b >= 0 && BE.contains(w.low(b));
    int aux = b;
    while (be && aux > 0 && (BE.contains(w.low(aux - 1)) || w.is(aux - 1, "has") || w.is(aux - 1, "have")
        || w.is(aux - 1, "had"))) {
      aux--;
    }
    int verbFrom = be ? aux : v;
    boolean reduced = !be && v > 0 && !w.cap(v) && !Lexicon.DETERMINERS.contains(w.low(v - 1));
    if (w.is(v + 1, "by") && (be || reduced)) {
      int[] np = rightNp(w, v + 2, time);
      if (np != null) {
        return build(w, np[0], np[1], verbFrom, v + 1, certainty(l));
      }
    }
    return be ? new Attribution("", List.of(), true, verb(w, aux, v + 1), certainty(l), w.start(aux), w.end(v)) : null;
  }

  /** Subject + reporting verb, inverted verb + subject, an aside before the verb, or "..., but said". */
  private static Attribution reportingVerb(Words w, int v, boolean[] inQuote, boolean[] time,
      List<Attribution> before) {
    String l = w.low(v);
    int verbEnd = v + 1;
    boolean phrasal = PHRASAL.containsKey(l) && w.is(v + 1, PHRASAL.get(l));
    if (phrasal) {
      verbEnd = v + 2;
    } else if (!STRONG.contains(l) && !NOUN_LIKE.contains(l) && !WEAK.contains(l)) {
      return null;
    }
    String prev = w.low(v - 1);
    if (Lexicon.DETERMINERS.contains(prev) && !prev.equals("all") || prev.equals("'s")) {
      return null; // "the reported losses", "these claims", "Russia's claims"
    }
    String next = w.low(verbEnd);
    if (FINITE_BE.contains(next) && !phrasal) {
      return null; // "Among the firms accused were Altria ...", "What he said was true": inside a noun phrase
    }
    boolean clauseEnd = verbEnd >= w.size() || w.punct(verbEnd) && !w.dash(verbEnd) || AFTER_INVERTED.contains(next)
        || verbEnd < w.size() && time[verbEnd];
    if (NOUN_LIKE.contains(l) && !(next.equals("that") || w.cap(verbEnd) && !inQuote[Math.min(verbEnd, w.size() - 1)]
        || Lexicon.PRONOUNS.contains(next) || clauseEnd && !w.is(verbEnd, "from") && !w.is(verbEnd, "of"))) {
      return null; // "casualty reports from both sides"
    }
    if (NOUN_LIKE.contains(l) && w.word(v - 1) && !w.cap(v - 1) && !Lexicon.PRONOUNS.contains(prev)
        && !SUBJECT_GAP.contains(prev) && !isSourceHead(prev) && !DOC_NOUNS.contains(prev)) {
      return null; // "casualty reports", "NATO member states"
    }
    if ((WEAK.contains(l) || phrasal) && !next.equals("that") && !(clauseEnd && quoted(inQuote))
        && !closingSpeaker(w, v, verbEnd, time)) {
      return null; // "it continued." after a quotation, "noted that"; not "the fighting continues,"
    }
    if (ASSERTED.contains(l) && negated(w, v)) {
      return null; // "could not confirm" is a caveat (see HedgeExtractor), not a source asserting
    }
    int[] np = leftNp(w, v, time);
    if (np == null && (w.is(v - 1, ",") || v == 0 || quoteMark(w, v - 1)) && !TOLD.contains(l)) {
      np = rightNp(w, verbEnd, time);
      if (np != null && !(np[1] >= w.size() || w.punct(np[1]) || AFTER_INVERTED.contains(w.low(np[1]))
          || time[np[1]])) {
        np = null; // "said the pause had ..." is a clause, not an inverted subject
      }
    }
    if (np == null && w.is(v - 1, ",") && !clauseEnd) {
      np = appositive(w, v - 1, time);
    }
    if (np == null && (w.is(v - 1, "and") || w.is(v - 1, "but")) && !before.isEmpty()) {
      Attribution p = before.get(before.size() - 1);
      return new Attribution(p.source(), p.names(), p.generic(), verb(w, v, verbEnd), certainty(l), w.start(v),
          w.end(verbEnd - 1));
    }
    return np == null ? null : build(w, np[0], np[1], v, verbEnd, certainty(l));
  }

  /**
   * "S, the FSA added." : a speaker set off by a comma with the verb ending the sentence reports S, as
   * "said" would; so does one set off by commas on both sides ("While progress had been made, she added, a
   * gap remained"). A bare "the fighting continues." has no comma before its subject.
   */
  private static boolean closingSpeaker(Words w, int v, int verbEnd, boolean[] time) {
    boolean last = verbEnd >= w.size() || verbEnd == w.size() - 1 && w.punct(verbEnd) && !w.is(verbEnd, ",");
    boolean aside = w.is(verbEnd, ",") && verbEnd + 1 < w.size();
    int[] np = last || aside ? leftNp(w, v, time) : null;
    return np != null && w.is(np[0] - 1, ",") && canSpeak(w, np[0], np[1]);
  }

  private static boolean quoted(boolean[] inQuote) {
    for (boolean q : inQuote) {
      if (q) {
        return true;
      }
    }
    return false;
  }

  static boolean quoteMark(Words w, int k) {
    String l = w.low(k);
    return l.equals("\"") || l.equals("“") || l.equals("”") || l.equals("''") || l.equals("``") || l.equals("«")
        || l.equals("»");
  }

  private static boolean isSourceHead(String low) {
    return low.equals("officials") || low.equals("sources") || low.equals("analysts") || low.equals("experts")
        || low.equals("authorities") || low.equals("police") || low.equals("officers");
  }

  private static String verb(Words w, int from, int to) {
    return w.span(from, to).toLowerCase(java.util.Locale.ROOT);
  }

  private static Certainty certainty(String verb) {
    return ASSERTED.contains(verb) ? Certainty.ASSERTED : Certainty.REPORTED;
  }

  // ------------------------------------------------------------------ noun phrases

  /** The subject noun phrase ending before verb v (adverbs and auxiliaries skipped), as [from, to). */
  private static int[] leftNp(Words w, int v, boolean[] time) {
    int j = v - 1;
    while (j >= 0 && gap(w, j)) {
      j--;
    }
    int end = j + 1;
    int k = j;
    int count = 0;
    while (k >= 0 && count < MAX_SOURCE) {
      String l = w.low(k);
      if (time[k]) {
        break;
      }
      if (w.is(k, ")")) {
        int open = k - 1;
        while (open >= 0 && open > k - 5 && !w.is(open, "(")) {
          open--;
        }
        if (open >= 0 && w.is(open, "(") && k < end) {
          k = open - 1;
          continue;
        }
        break;
      }
      if (w.clitic(k) && l.equals("'s") || w.dash(k) && w.glued(k) && w.glued(k + 1)) {
        k--;
        continue;
      }
      if (!w.word(k)) {
        break;
      }
      if (Lexicon.DETERMINERS.contains(l) && !l.equals("no")) {
        if (k >= 2 && INNER_PREPS.contains(w.low(k - 1)) && w.word(k - 2) && !time[k - 2]) {
          k--; // "a post from the ministry": the preposition continues the phrase
          continue;
        }
        k--; // a determiner opens the phrase
        break;
      }
      if (INNER_PREPS.contains(l)) {
        if (k + 1 < end && (w.cap(k + 1) || Lexicon.DETERMINERS.contains(w.low(k + 1)))) {
          k--;
          continue;
        }
        break;
      }
      if (Lexicon.isFunctionWord(l) && !Lexicon.PRONOUNS.contains(l) || STRONG.contains(l) || WEAK.contains(l)
          || Lexicon.CLAUSE_OPENERS.contains(l)) {
        break;
      }
      if (Lexicon.PRONOUNS.contains(l)) {
        if (k == j) {
          return new int[] {k, k + 1};
        }
        break;
      }
      k--;
      count++;
    }
    int from = k + 1;
    // a preposition cannot open the phrase
    while (from < end && (INNER_PREPS.contains(w.low(from)) || w.clitic(from) || w.dash(from))) {
      from++;
    }
    return hasContent(w, from, end) ? new int[] {from, end} : null;
  }

  /**
   * "A post from the ministry on X, formerly Twitter, said", "The minister, who spoke on condition of
   * anonymity, said": the phrase before the aside.
   */
  private static int[] appositive(Words w, int comma, boolean[] time) {
    for (int c = comma - 1; c >= Math.max(0, comma - 12); c--) {
      if (w.is(c, ",")) {
        return c > 0 ? leftNp(w, c, time) : null;
      }
      if (w.clauseBreak(c) || quoteMark(w, c)) {
        return null;
      }
    }
    return null;
  }

  /** An auxiliary, negation or adverb between a subject and its verb. */
  private static boolean gap(Words w, int k) {
    String l = w.low(k);
    return SUBJECT_GAP.contains(l) || w.word(k) && !w.cap(k) && l.endsWith("ly") && l.length() > 4;
  }

  /** A negation between the subject and verb v: "could not confirm", "did n't confirm", "never confirmed". */
  private static boolean negated(Words w, int v) {
    for (int k = v - 1; k >= 0 && gap(w, k); k--) {
      if (w.is(k, "not") || w.is(k, "n't") || w.is(k, "never")) {
        return true;
      }
    }
    return false;
  }

  /** A noun phrase starting at token i ("the SVR", "Defense Secretary Lloyd Austin"), as [from, to). */
  private static int[] rightNp(Words w, int i, boolean[] time) {
    int k = i;
    int n = w.size();
    while (k < n && k - i < MAX_SOURCE) {
      String l = w.low(k);
      if (time[k] && !(w.cap(k) && k + 1 < n && w.cap(k + 1) && !time[k + 1])) {
        break; // a date ends the source, a day that starts a title does not: "the Sunday Times"
      }
      if (k == i && Lexicon.DETERMINERS.contains(l)) {
        k++;
        continue;
      }
      if (w.clitic(k) && l.equals("'s") || w.dash(k) && w.glued(k) && w.glued(k + 1)) {
        k++;
        continue;
      }
      if (l.equals("(") && w.is(k + 2, ")") && k > i) {
        k += 3;
        continue;
      }
      if (!w.word(k)) {
        break;
      }
      if (INNER_PREPS.contains(l) && k > i && (w.cap(k + 1) || Lexicon.DETERMINERS.contains(w.low(k + 1)))
          && !l.equals("on") && !l.equals("at")) {
        k++;
        if (Lexicon.DETERMINERS.contains(w.low(k))) {
          k++;
        }
        continue;
      }
      if (Lexicon.isFunctionWord(l) || STRONG.contains(l) || WEAK.contains(l)) {
        break;
      }
      if (k > i && !w.cap(k) && (l.endsWith("ed") || l.endsWith("ing")) && !w.cap(k - 1)) {
        break; // a verb after the phrase
      }
      k++;
    }
    return hasContent(w, i, k) ? new int[] {i, k} : null;
  }

  /** A phrase that names someone or something that can be a source: a name, a speaker or a document. */
  private static boolean canSpeak(Words w, int from, int to) {
    for (int k = from; k < to; k++) {
      String l = w.low(k);
      if (w.cap(k) || SPEAKERS.contains(l) || DOC_NOUNS.contains(l) || Lexicon.PRONOUNS.contains(l)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasContent(Words w, int from, int to) {
    for (int k = from; k < to; k++) {
      if (w.word(k) && !Lexicon.DETERMINERS.contains(w.low(k))) {
        return true;
      }
    }
    return false;
  }

  // ------------------------------------------------------------------ building

  private static Attribution build(Words w, int from, int to, int verbFrom, int verbTo, Certainty certainty) {
    int[] src = documentAuthor(w, from, to);
    int sf = src[0];
    int st = src[1];
    String source = w.span(sf, st);
    Set<String> names = new LinkedHashSet<>();
    boolean proper = false;
    boolean pronoun = false;
    for (int k = sf; k < st; k++) {
      String l = w.low(k);
      if (!w.word(k) || w.clitic(k) || Lexicon.DETERMINERS.contains(l) || NAME_SKIP.contains(l)
          || INNER_PREPS.contains(l)) {
        continue;
      }
      if (Lexicon.PRONOUNS.contains(l) && st - sf == 1) {
        pronoun = true;
        continue; // a pronoun is no name to match
      }
      // "Supporters say", "Critics argue": a common word capitalised only because it opens the sentence
      if (w.cap(k) && !(k == 0 && (Lexicon.COMMON_STARTERS.contains(l) || WordSense.commonWordNotName(l)))) {
        proper = true;
      }
      names.add(l.endsWith("'") ? l.substring(0, l.length() - 1) : l);
    }
    boolean generic = pronoun || !proper;
    int start = Math.min(w.start(sf), w.start(verbFrom));
    int end = Math.max(w.end(st - 1), w.end(verbTo - 1));
    return new Attribution(source, List.copyOf(names), generic, verb(w, verbFrom, verbTo), certainty, start, end);
  }

  /**
   * The author inside a document phrase: "a post from the ministry on X" → "the ministry"; "the SVR's
   * statement" → "the SVR"; "NATO data" → "NATO". Other phrases are returned whole.
   */
  private static int[] documentAuthor(Words w, int from, int to) {
    for (int k = from + 1; k < to - 1; k++) {
      if ((w.is(k, "from") || w.is(k, "by") || w.is(k, "of")) && DOC_NOUNS.contains(w.low(k - 1)) && !w.cap(k - 1)) {
        int e = k + 1;
        while (e < to && !(INNER_PREPS.contains(w.low(e)) || w.is(e, "in"))) {
          e++;
        }
        if (hasContent(w, k + 1, e)) {
          return new int[] {k + 1, e};
        }
      }
    }
    int last = to - 1;
    if (last > from && DOC_NOUNS.contains(w.low(last))) {
      int e = last;
      if (w.is(e - 1, "'s")) {
        e--;
      }
      boolean named = false;
      for (int k = from; k < e; k++) {
        named |= w.cap(k) && !Lexicon.DETERMINERS.contains(w.low(k));
      }
      if (named) {
        while (e > from && !w.cap(e - 1) && !w.is(e - 1, ")")) {
          e--; // "NATO's latest statement" → "NATO"
        }
        if (w.is(e - 1, "'s")) {
          e--;
        }
        return new int[] {from, e};
      }
    }
    return new int[] {from, to};
  }

  /** "The SVR's statement", "Ukraine's report" without a reporting verb: the owner is the source. */
  private static void possessiveDocuments(Words w, boolean[] inQuote, boolean[] taken, List<Attribution> out) {
    for (int k = 1; k + 1 < w.size(); k++) {
      int doc = DOC_ADJECTIVES.contains(w.low(k + 1)) ? k + 2 : k + 1;
      if (!w.is(k, "'s") || inQuote[k] || taken[k] || doc >= w.size() || !DOC_NOUNS.contains(w.low(doc))
          || !w.cap(k - 1)) {
        continue;
      }
      int from = k - 1;
      while (from > 0 && w.cap(from - 1) && w.word(from - 1) && !taken[from - 1]
          && !Lexicon.COMMON_STARTERS.contains(w.low(from - 1))) {
        from--;
      }
      if (from > 0 && (w.is(from - 1, "the") || w.is(from - 1, "The"))) {
        from--;
      }
      out.add(build(w, from, k, doc, doc + 1, Certainty.REPORTED));
      taken[k] = true;
    }
  }
}
