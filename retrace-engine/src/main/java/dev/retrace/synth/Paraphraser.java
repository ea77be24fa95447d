package dev.retrace.synth;

import dev.retrace.claims.HedgeExtractor;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites an article the way a content spinner does, with general rules over every sentence: quotations
 * turned into reported speech, clause order swapped ("X, Y said" ↔ "Y said X", "according to"), active to passive
 * for simple subject-verb-object sentences, and WordNet synonyms for content words that are not names. Words
 * that carry a claim (figures and what they count, attribution verbs, hedges, negation) and words inside
 * quotation marks are left alone: a paraphrase keeps the facts.
 */
final class Paraphraser {
  /** Share of eligible words replaced by a synonym. */
  static final double SYNONYM_RATE = 0.9;

  private static final Set<String> PROTECTED = Set.of(("killed wounded injured dead died deaths arrested charged "
      + "convicted jailed said says told claimed added according reportedly allegedly apparently could may might "
      + "likely unlikely expected possibly probably perhaps not never none nothing cannot confirmed denied "
      + "percent cent million billion thousand hundred profit profits loss losses sales revenue revenues jobs "
      + "shares votes seats goals points people nearly almost about around roughly approximately some least fewer "
      + "less over under only record more most").split(" "));

  private static final String SPEAKER = "((?:[A-Z][\\w.'-]*|the|a|an|his|her|its|their|of|and|chief|senior|[a-z]+er|[a-z]+ist|[a-z]+man|officials?|spokes\\w+)(?: [\\w.'-]+){0,6}?|he|she|they|it)";
  private static final Pattern QUOTE_FIRST = Pattern.compile("^\"([^\"]{8,400}?)[,.]?\" " + SPEAKER + " (said|says|added|told [A-Z][\\w ]{1,30}?)\\.$");
  private static final Pattern QUOTE_FIRST_INVERTED = Pattern.compile("^\"([^\"]{8,400}?)[,.]?\" (said|says|added) " + SPEAKER + "\\.$");
  private static final Pattern QUOTE_AFTER = Pattern.compile("^" + SPEAKER + " (said|says|added): \"([^\"]{8,400}?)[.]?\"$");
  private static final Pattern CLAUSE_THEN_SPEAKER = Pattern.compile("^([^\"]{15,400}?), " + SPEAKER + " (said|says|added)\\.$");
  private static final Pattern SPEAKER_THEN_CLAUSE = Pattern.compile("^([A-Z][\\w.'-]*(?: [\\w.'-]+){0,5}) (said|says) (?:that )?([^\"]{15,400}?)\\.$");
  private static final Pattern ACCORDING_FIRST = Pattern.compile("^According to ([^,\"]{3,80}), ([^\"]{15,400}?)\\.$");
  private static final Pattern ACCORDING_LAST = Pattern.compile("^([^\"]{15,400}?), according to ([^,\"]{3,80})\\.$");
  private static final Map<String, String> PARTICIPLES = Map.ofEntries(Map.entry("bought", "bought"),
      Map.entry("acquired", "acquired"), Map.entry("sold", "sold"), Map.entry("signed", "signed"),
      Map.entry("beat", "beaten"), Map.entry("defeated", "defeated"), Map.entry("won", "won"),
      Map.entry("appointed", "appointed"), Map.entry("launched", "launched"), Map.entry("rejected", "rejected"),
      Map.entry("approved", "approved"), Map.entry("announced", "announced"), Map.entry("criticised", "criticised"),
      Map.entry("praised", "praised"), Map.entry("sacked", "sacked"), Map.entry("hired", "hired"),
      Map.entry("released", "released"), Map.entry("blocked", "blocked"), Map.entry("backed", "backed"),
      Map.entry("unveiled", "unveiled"), Map.entry("took", "taken"), Map.entry("made", "made"),
      Map.entry("gave", "given"), Map.entry("wrote", "written"), Map.entry("named", "named"),
      Map.entry("introduced", "introduced"), Map.entry("opened", "opened"), Map.entry("closed", "closed"));
  private static final Pattern ACTIVE = Pattern.compile("^((?:The|A|An) [a-z]+(?: [a-z]+)?|[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}) ("
      + String.join("|", PARTICIPLES.keySet()) + ") ((?:the|a|an|his|her|its|their) [^,\"]{3,80})\\.$");
  private static final Map<String, String> BACKSHIFT = Map.ofEntries(Map.entry("is", "was"), Map.entry("are", "were"),
      Map.entry("am", "was"), Map.entry("will", "would"), Map.entry("can", "could"), Map.entry("has", "had"),
      Map.entry("have", "had"), Map.entry("we", "they"), Map.entry("our", "their"), Map.entry("us", "them"),
      Map.entry("ours", "theirs"), Map.entry("we're", "they were"), Map.entry("we've", "they had"),
      Map.entry("it's", "it was"), Map.entry("don't", "did not"), Map.entry("doesn't", "did not"),
      Map.entry("won't", "would not"), Map.entry("can't", "could not"), Map.entry("isn't", "was not"),
      Map.entry("aren't", "were not"));

  private final Synonyms synonyms;

  Paraphraser(Synonyms synonyms) {
    this.synonyms = synonyms;
  }

  /** General phrase rewrites that keep the meaning (applied outside quotations, away from figures). */
  private static final String[][] PHRASES = {
      {"\\bbecause\\b", "as"}, {"\\bHowever, ", "But "}, {"\\bin order to\\b", "to"},
      {"\\ba number of\\b", "several"}, {"\\bas well as\\b", "and also"}, {"\\balso\\b", "too"},
      {"\\bdespite\\b", "in spite of"}, {"\\bwhile\\b", "whereas"}, {"\\bbut\\b", "yet"},
      {"\\bthe firm\\b", "the business"}, {"\\bthe company\\b", "the business"},
      {"\\bmany\\b", "lots of"}, {"\\bbig\\b", "large"}, {"\\bhelp\\b", "assist"},
      {"\\bbuy\\b", "purchase"}, {"\\bstart\\b", "begin"}, {"\\bshow\\b", "demonstrate"},
      {"\\bplans to\\b", "intends to"}, {"\\bwants to\\b", "hopes to"}, {"\\babout\\b", "regarding"}};

  /** The phrase rewrites that apply outside quotations. */
  static String phrases(String s) {
    String t = s;
    for (String[] p : PHRASES) {
      Matcher m = Pattern.compile(p[0]).matcher(t);
      if (m.find() && !Words.insideQuote(t, m.start()) && !Words.afterFigure(t, m.start(), 24)) {
        t = t.substring(0, m.start()) + p[1] + t.substring(m.end());
      }
    }
    return t;
  }

  Article paraphrase(Article source, Random random) {
    Article a = source.copy();
    a.title = a.title == null ? null : synonyms(a.title, random, true);
    for (int[] at : a.positions()) {
      if (a.startsInQuote(at)) {
        continue; // part of a quotation that began in an earlier sentence: kept verbatim
      }
      String s = a.get(at);
      String t = restructure(s, random);
      t = synonyms(phrases(t), random, false);
      a.set(at, t);
    }
    return a;
  }

  /** One structural rewrite of the sentence when a rule applies (tried in random order), else the sentence. */
  String restructure(String s, Random random) {
    String r = reportedSpeech(s);
    if (r != null) {
      return r;
    }
    r = reorderClauses(s);
    if (r != null) {
      return r;
    }
    r = passive(s);
    return r != null && random.nextDouble() < 0.8 ? r : s;
  }

  /** {@code "We will win," he said.} → {@code He said that they would win.} */
  static String reportedSpeech(String s) {
    String quote = null;
    String speaker = null;
    String verb = null;
    Matcher m = QUOTE_FIRST.matcher(s);
    if (m.matches()) {
      quote = m.group(1);
      speaker = m.group(2);
      verb = m.group(3);
    } else if ((m = QUOTE_FIRST_INVERTED.matcher(s)).matches()) {
      quote = m.group(1);
      verb = m.group(2);
      speaker = m.group(3);
    } else if ((m = QUOTE_AFTER.matcher(s)).matches()) {
      speaker = m.group(1);
      verb = m.group(2);
      quote = m.group(3);
    }
    if (quote == null || quote.endsWith("?") || quote.endsWith("!")) {
      return null;
    }
    String pronoun = switch (speaker.toLowerCase(java.util.Locale.ROOT)) {
      case "he" -> "he";
      case "she" -> "she";
      default -> null;
    };
    if (pronoun == null && quote.matches("(?s).*\\b(I|me|my|mine|I'm|I've|I'd|I'll)\\b.*")) {
      return null; // whose "I"? without the speaker's pronoun the shift would guess
    }
    String q = backshift(quote, pronoun);
    if (verb.startsWith("told")) {
      return Words.finish(Words.capitalize(speaker) + " " + verb + " that " + q);
    }
    return Words.finish(Words.capitalize(speaker) + " said that " + q);
  }

  private static String backshift(String quote, String pronoun) {
    String q = quote.strip().replaceAll("[.,;:]+$", "");
    if (!q.startsWith("I ") && !(q.length() > 1 && Character.isUpperCase(q.charAt(1)))) {
      q = Words.decapitalize(q);
    }
    StringBuilder out = new StringBuilder();
    Matcher w = Pattern.compile("[A-Za-z']+").matcher(q);
    int last = 0;
    while (w.find()) {
      out.append(q, last, w.start());
      String word = w.group();
      String lower = word.toLowerCase(java.util.Locale.ROOT);
      String rep = BACKSHIFT.get(lower);
      if (pronoun != null) {
        rep = switch (word) {
          case "I" -> pronoun;
          case "me" -> pronoun.equals("he") ? "him" : "her";
          case "my" -> pronoun.equals("he") ? "his" : "her";
          case "I'm" -> pronoun + " was";
          case "I've" -> pronoun + " had";
          case "I'll" -> pronoun + " would";
          default -> rep;
        };
      }
      out.append(rep == null ? word : (Character.isUpperCase(word.charAt(0)) && !word.equals("I") ? Words.capitalize(rep) : rep));
      last = w.end();
    }
    out.append(q.substring(last));
    return out.toString();
  }

  /** {@code S, X said.} ↔ {@code X said S.}; {@code According to X, S.} ↔ {@code S, according to X.} */
  static String reorderClauses(String s) {
    Matcher m = CLAUSE_THEN_SPEAKER.matcher(s);
    if (m.matches() && m.group(2).split(" ").length <= 7) {
      return Words.finish(Words.capitalize(m.group(2)) + " " + (m.group(3).equals("says") ? "says" : "said")
          + " that " + Words.decapitalize(m.group(1)));
    }
    m = SPEAKER_THEN_CLAUSE.matcher(s);
    // "X is said to have ..." is a caveat on a claim, not a speaker and what they said
    if (m.matches() && !m.group(3).contains(" said") && Character.isUpperCase(m.group(3).charAt(0)) == false
        && !m.group(1).matches("(?s).*\\b(?:is|are|was|were|be|been|being)$")) {
      String speaker = m.group(1).matches("He|She|They|It|We") ? m.group(1).toLowerCase(java.util.Locale.ROOT) : m.group(1);
      return Words.finish(Words.capitalize(m.group(3)) + ", " + speaker + " " + m.group(2));
    }
    m = ACCORDING_FIRST.matcher(s);
    if (m.matches()) {
      return Words.finish(Words.capitalize(m.group(2)) + ", according to " + m.group(1));
    }
    m = ACCORDING_LAST.matcher(s);
    if (m.matches()) {
      return Words.finish("According to " + m.group(2) + ", " + Words.decapitalize(m.group(1)));
    }
    return null;
  }

  /** {@code The firm bought a rival.} → {@code A rival was bought by the firm.} */
  static String passive(String s) {
    Matcher m = ACTIVE.matcher(s);
    if (!m.matches()) {
      return null;
    }
    String subject = m.group(1);
    String object = m.group(3);
    if (object.matches(".*\\b(and|that|which|who|to|for|in|on|at|with|after|before|because|when)\\b.*")) {
      return null; // the object may run into a clause: not an easy case
    }
    String head = object.replaceAll(".*\\s", "");
    boolean plural = head.endsWith("s") && !head.endsWith("ss") && !head.endsWith("us");
    String subj = subject.matches("(The|A|An) .*") ? Words.decapitalize(subject) : subject;
    return Words.capitalize(object) + (plural ? " were " : " was ") + PARTICIPLES.get(m.group(2)) + " by " + subj + ".";
  }

  /** Replaces about half of the eligible content words outside quotations by a WordNet synonym. */
  String synonyms(String s, Random random, boolean title) {
    StringBuilder out = new StringBuilder();
    Matcher m = Words.WORD.matcher(s);
    int last = 0;
    while (m.find()) {
      out.append(s, last, m.start());
      String word = m.group();
      String rep = word;
      if (eligible(s, word, m.start(), title)) {
        var syn = synonyms.of(word);
        if (syn.isPresent() && random.nextDouble() < SYNONYM_RATE) {
          rep = syn.get();
        }
      }
      out.append(rep);
      last = m.end();
    }
    out.append(s.substring(last));
    return out.toString();
  }

  private static boolean eligible(String s, String word, int at, boolean title) {
    if (word.length() < 4 || !word.chars().allMatch(Character::isLowerCase) && !title) {
      return false;
    }
    String lower = word.toLowerCase(java.util.Locale.ROOT);
    if (title && !word.equals(lower) && at == 0) {
      return false;
    }
    if (title && !word.equals(lower)) {
      return false;
    }
    return !Words.STOP.contains(lower) && !PROTECTED.contains(lower) && !HedgeExtractor.isCaveatWord(lower)
        && !Words.insideQuote(s, at)
        && !Words.afterFigure(s, at, 24) && !List.of("bn", "m").contains(lower);
  }
}
