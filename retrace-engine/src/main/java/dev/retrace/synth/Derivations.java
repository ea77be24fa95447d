package dev.retrace.synth;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The non-paraphrase derivations: exact, near, partial, abridged and reordered copies. */
final class Derivations {
  /** Page furniture a scraper carries along: the reader's boilerplate filter is expected to drop it. */
  static final List<String> BOILERPLATE = List.of("Share this article", "Advertisement", "Share on Facebook",
      "Follow us on Twitter", "Related stories", "Comments", "Click here to subscribe to our newsletter.",
      "Copyright 2005 All rights reserved.");
  /**
   * Small edits that change no fact: a filler word dropped, a spelling or tense variant. Not "just" after
   * "not" ("not just good" → "not good" negates), not "said" in "is said to" (a caveat, not a speaker).
   */
  private static final String[][] SMALL_EDITS = {
      {"\\balso ", ""}, {"(?<!\\bnot )\\bjust ", ""}, {"\\bstill ", ""}, {"\\bvery ", ""}, {"\\breally ", ""},
      {"\\bper cent\\b", "percent"}, {"(?<!\\b(?:is|are|was|were|be|been) )\\bsaid\\b", "says"}, {"\\borganisation", "organization"},
      {"\\brecognise", "recognize"}, {"\\bcentre\\b", "center"}, {"\\bthe company\\b", "the firm"},
      {"\\bthe firm\\b", "the company"}, {"\\bwhile\\b", "whilst"}, {"\\bamong\\b", "amongst"},
      {"\\btowards\\b", "toward"}, {"\\bprogramme", "program"}, {"\\bcolour", "color"}, {"\\blabour\\b", "labor"},
      {"\\bhowever,", "though,"}, {"\\bbig\\b", "large"}};

  private Derivations() {}

  static Article exact(Article a) {
    return a.copy();
  }

  static Article near(Article source, Random random) {
    Article a = source.copy();
    // one or two small word edits, in sentences outside quotations
    int wanted = 1 + random.nextInt(2);
    List<int[]> positions = new ArrayList<>(a.positions());
    Collections.shuffle(positions, random);
    int done = 0;
    for (int[] at : positions) {
      if (done >= wanted) {
        break;
      }
      String s = a.get(at);
      if (Words.hasQuote(s) || a.startsInQuote(at)) {
        continue;
      }
      List<String[]> edits = new ArrayList<>(List.of(SMALL_EDITS));
      Collections.shuffle(edits, random);
      for (String[] e : edits) {
        Matcher m = Pattern.compile(e[0]).matcher(s);
        if (m.find()) {
          a.set(at, s.substring(0, m.start()) + e[1] + s.substring(m.end()));
          done++;
          break;
        }
      }
    }
    // whitespace: a doubled space and a blank paragraph, which readers normalise
    int p = random.nextInt(a.paragraphs.size());
    List<String> para = a.paragraphs.get(p);
    para.set(0, para.get(0).replaceFirst(" ", "  "));
    // a boilerplate line at the top or the bottom
    String line = BOILERPLATE.get(random.nextInt(BOILERPLATE.size()));
    if (random.nextBoolean()) {
      a.paragraphs.add(new ArrayList<>(List.of(line)));
    } else {
      a.paragraphs.add(0, new ArrayList<>(List.of(line)));
    }
    return a;
  }

  /** A contiguous run of 40–70% of the paragraphs (at least two; the whole article when it has fewer than three). */
  static Article partial(Article source, Random random) {
    Article a = source.copy();
    int n = a.paragraphs.size();
    if (n < 3) {
      // keep the first half of the sentences instead
      List<int[]> pos = a.positions();
      int keep = Math.max(1, (pos.size() + 1) / 2);
      return firstSentences(a, keep);
    }
    int len = Math.max(2, (int) Math.round(n * (0.4 + 0.3 * random.nextDouble())));
    len = Math.min(len, n - 1);
    int start = random.nextInt(n - len + 1);
    return new Article(a.title, new ArrayList<>(a.paragraphs.subList(start, start + len)));
  }

  private static Article firstSentences(Article a, int keep) {
    List<List<String>> out = new ArrayList<>();
    int left = keep;
    for (List<String> p : a.paragraphs) {
      if (left <= 0) {
        break;
      }
      List<String> part = new ArrayList<>(p.subList(0, Math.min(left, p.size())));
      left -= part.size();
      out.add(part);
    }
    return new Article(a.title, out);
  }

  private static final Pattern PARENTHESIS = Pattern.compile("\\s*\\([^()\"]{1,80}\\)");
  private static final Pattern RELATIVE = Pattern.compile(", (?:which|who) [^,\"]{3,120},");
  private static final Pattern OPENER = Pattern.compile("^(?:However|But|Meanwhile|In addition|Also|Indeed|And), ");

  /**
   * Drops about a third of the sentences (never the first), and shortens the kept ones: bracketed asides,
   * non-restrictive relative clauses and opening connectives go.
   */
  static Article abridged(Article source, Random random) {
    Article a = source.copy();
    List<List<String>> out = new ArrayList<>();
    boolean first = true;
    int kept = 0;
    int total = a.sentenceCount();
    for (List<String> p : a.paragraphs) {
      List<String> para = new ArrayList<>();
      boolean open = false;
      for (String s : p) {
        boolean keep = first || random.nextDouble() >= 0.35;
        first = false;
        if (keep) {
          para.add(shorten(s, open));
          kept++;
        }
        open = Words.openAfter(s, open);
      }
      if (!para.isEmpty()) {
        out.add(para);
      }
    }
    if (kept == total && total > 1) {
      // make sure something was dropped: the last sentence goes
      List<String> last = out.get(out.size() - 1);
      last.remove(last.size() - 1);
      if (last.isEmpty()) {
        out.remove(out.size() - 1);
      }
    }
    return new Article(a.title, out);
  }

  /** The sentence without its asides; quoted words are the speaker's and stay ({@code open}: starts inside a quotation). */
  static String shorten(String s, boolean open) {
    String t = outsideQuotes(PARENTHESIS, s, open, true);
    t = outsideQuotes(RELATIVE, t, open, false);
    Matcher m = OPENER.matcher(t);
    if (!open && m.find()) {
      t = Words.capitalize(t.substring(m.end()));
    }
    return t;
  }

  /** Removes the matches of {@code p} (all, or the first) that start outside quotation marks. */
  private static String outsideQuotes(Pattern p, String s, boolean open, boolean all) {
    StringBuilder out = new StringBuilder();
    Matcher m = p.matcher(s);
    int last = 0;
    while (m.find()) {
      if (Words.insideQuote(s, m.start(), open) || Words.insideQuote(s, m.end(), open)) {
        continue;
      }
      out.append(s, last, m.start());
      last = m.end();
      if (!all) {
        break;
      }
    }
    return out.append(s.substring(last)).toString();
  }

  /** Paragraphs after the lead shuffled, and two sentences swapped in some multi-sentence paragraphs. */
  static Article reordered(Article source, Random random) {
    Article a = source.copy();
    List<List<String>> paras = a.paragraphs;
    if (paras.size() >= 3) {
      List<List<String>> rest = new ArrayList<>(paras.subList(1, paras.size()));
      List<List<String>> before = new ArrayList<>(rest);
      for (int tries = 0; tries < 5 && rest.equals(before); tries++) {
        Collections.shuffle(rest, random);
      }
      List<List<String>> out = new ArrayList<>();
      out.add(paras.get(0));
      out.addAll(rest);
      a = new Article(a.title, out);
    }
    boolean swapped = false;
    for (List<String> p : a.paragraphs) {
      if (p.size() >= 2 && (random.nextDouble() < 0.5 || !swapped && paras.size() < 3)) {
        int i = random.nextInt(p.size() - 1);
        Collections.swap(p, i, i + 1);
        swapped = true;
      }
    }
    return a;
  }
}
