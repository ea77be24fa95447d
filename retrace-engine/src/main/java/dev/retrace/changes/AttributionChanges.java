package dev.retrace.changes;

import dev.retrace.changes.GroupClaims.Located;
import dev.retrace.claims.Attribution;
import dev.retrace.claims.Attribution.Certainty;
import dev.retrace.claims.Hedge;
import dev.retrace.text.SearchText;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Compares who the claims are attributed to. Pronouns and generic sources ("it", "the agency") are
 * compatible with any named source: a rewrite that says "the SVR" where the source said "the
 * organization" has not changed the attribution. A source name counts as kept when the copy's group
 * mentions it anywhere, not only as the subject of a reporting verb.
 */
final class AttributionChanges {
  static void detect(GroupClaims ga, GroupClaims gb, GroupClaims wholeA, ChangeSink out) {
    List<Located<Attribution>> namedA = ga.attributions.stream().filter(x -> !x.claim().generic()).toList();
    List<Located<Attribution>> namedB = gb.attributions.stream().filter(x -> !x.claim().generic()).toList();

    for (Located<Attribution> x : namedA) {
      Attribution attribution = x.claim();
      // Copy attributions that keep another source speaker of the group say nothing about this one:
      // "Mr Blair said S, but the Tories say T" → "S, but the Tories say T" dropped Mr Blair, and "a lawyer
      // told Reuters" kept in the copy does not stand in for a dropped "Riggs spokesman Mark Hendrix said".
      Set<Located<Attribution>> others = new HashSet<>();
      ga.attributions.stream().filter(o -> o != x).forEach(o -> others.addAll(keptBy(o.claim(), gb)));
      Located<Attribution> kept = sameSource(attribution, gb, wholeA, others);
      if (kept != null) {
        out.preserved("attribution", kept.claim().source() + " " + kept.claim().verb(), null, x.sentence(),
            kept.sentence());
        certainty(ga, gb, x, kept, out);
        continue;
      }
      if (stillNamed(gb, attribution)) {
        continue; // the name is still there, in another role ("Ukraine's figures", "the SVR's statement")
      }
      List<Located<Attribution>> freeB = gb.attributions.stream().filter(y -> !others.contains(y)).toList();
      List<Located<Attribution>> freeNamedB = namedB.stream().filter(y -> !others.contains(y)).toList();
      Located<Attribution> newRole = freeB.stream().filter(y -> y.claim().generic() && !describes(y.claim(), wholeA))
          .findFirst().orElse(null);
      if (newRole != null && freeNamedB.isEmpty()) {
        // "Open chief Paul McNamee said" → "Her coach said": a description the source never gives anyone
        out.change(ChangeKind.ATTRIBUTION_CHANGED, Severity.MAJOR, ga.text, gb.text, List.of(x.sentence()),
            List.of(newRole.sentence()), null, attribution.source(), newRole.claim().source(),
            "attributed to " + attribution.source() + " in the source, to " + newRole.claim().source()
                + " in the copy, a description the source does not use");
        continue;
      }
      if (freeB.isEmpty() && !hasReportedHedge(gb)) {
        dropped(ga, gb, x, out);
      } else if (freeNamedB.isEmpty()) {
        out.change(ChangeKind.ATTRIBUTION_DROPPED, Severity.MINOR, ga.text, gb.text, List.of(x.sentence()),
            gb.sentences, null, attribution.source(), null,
            "the source names " + attribution.source() + "; the copy no longer says who");
      } else {
        Located<Attribution> other = freeNamedB.get(0);
        if (!mentionsAny(ga, other.claim())) {
          out.change(ChangeKind.ATTRIBUTION_CHANGED, Severity.MAJOR, ga.text, gb.text, List.of(x.sentence()),
              List.of(other.sentence()), null, attribution.source(), other.claim().source(),
              "attributed to " + attribution.source() + " in the source, to " + other.claim().source() + " in the copy");
        }
      }
    }
    // A claim the source attributes only to an unnamed source ("local authorities estimate", "officials
    // said") that the copy states with no attribution at all has become a statement of fact.
    // A pronoun speaker ("He says ...", "..., they said.") counts too, unless the copy keeps a quotation in
    // the group: quotation marks still tell the reader the words are someone's.
    if (namedA.isEmpty() && gb.attributions.isEmpty() && !hasReportedHedge(gb)) {
      boolean quoted = !gb.quotations.isEmpty();
      ga.attributions.stream().filter(x -> !x.claim().source().isBlank() && (!quoted || !isPronoun(x.claim())))
          .findFirst()
          .ifPresent(x -> dropped(ga, gb, x, out));
    }
    // A claim the source gives to an unnamed or described source ("the central election commission",
    // "officials") that the copy gives to a name the source article never mentions was handed to someone
    // else: a generic source is compatible with the names the source itself uses, not with new ones.
    if (namedA.isEmpty()) {
      Located<Attribution> described = ga.attributions.stream()
          .filter(x -> !x.claim().source().isBlank() && !isPronoun(x.claim())).findFirst().orElse(null);
      Located<Attribution> stranger = namedB.stream().filter(y -> unknownTo(wholeA, y.claim())).findFirst().orElse(null);
      if (described != null && stranger != null) {
        out.change(ChangeKind.ATTRIBUTION_CHANGED, Severity.MAJOR, ga.text, gb.text, List.of(described.sentence()),
            List.of(stranger.sentence()), null, described.claim().source(), stranger.claim().source(),
            "attributed to " + described.claim().source() + " in the source, to " + stranger.claim().source()
                + " in the copy");
      }
    }
    if (ga.attributions.isEmpty()) {
      for (Located<Attribution> y : namedB) {
        if (!mentionsAny(ga, y.claim())) {
          out.change(ChangeKind.ATTRIBUTION_ADDED, Severity.MINOR, ga.text, gb.text, ga.sentences,
              List.of(y.sentence()), null, null, y.claim().source(),
              "the copy attributes this to " + y.claim().source() + "; the source does not");
        }
      }
    }
  }

  /** A claim reported as someone's ("said") presented as established ("confirmed"), or the reverse. */
  private static void certainty(GroupClaims ga, GroupClaims gb, Located<Attribution> x, Located<Attribution> y,
      ChangeSink out) {
    Certainty from = x.claim().certainty();
    Certainty to = y.claim().certainty();
    if (from != to) {
      out.change(ChangeKind.CERTAINTY_CHANGED, to == Certainty.ASSERTED ? Severity.MAJOR : Severity.MINOR,
          ga.text, gb.text, List.of(x.sentence()), List.of(y.sentence()), null,
          x.claim().source() + " " + x.claim().verb(), y.claim().source() + " " + y.claim().verb(),
          "\"" + x.claim().verb() + "\" became \"" + y.claim().verb() + "\"");
    }
  }

  /** The copy's attributions to {@code x}'s source: the same words, or a name of it (for a named source). */
  private static List<Located<Attribution>> keptBy(Attribution x, GroupClaims gb) {
    return gb.attributions.stream()
        .filter(y -> !x.source().isBlank() && y.claim().source().equalsIgnoreCase(x.source())
            || !x.generic() && !y.claim().generic() && x.names().stream().anyMatch(n -> y.claim().names().contains(n)))
        .toList();
  }

  /**
   * The copy attribution that keeps {@code x}'s source: a name of it, else a generic one that could stand for it
   * ({@link #describes}); {@code others}' are skipped.
   */
  private static Located<Attribution> sameSource(Attribution x, GroupClaims gb, GroupClaims wholeA,
      Set<Located<Attribution>> others) {
    Located<Attribution> generic = null;
    for (Located<Attribution> y : gb.attributions) {
      if (others.contains(y)) {
        continue;
      }
      if (y.claim().generic()) {
        if (generic == null && describes(y.claim(), wholeA)) {
          generic = y;
        }
        continue;
      }
      for (String name : x.names()) {
        if (y.claim().names().contains(name)) {
          return y;
        }
      }
    }
    return generic;
  }

  /**
   * A claim the copy states with no attribution. Major: the reader takes someone's claim for fact. Minor when
   * the copy's sentence opens on the speaker itself ("The bank said it approved 51.7 mln dlrs" → "The bank
   * approved 51.7 mln dlrs"): the speaker's account of its own doing, told with its name as the subject.
   */
  private static void dropped(GroupClaims ga, GroupClaims gb, Located<Attribution> x, ChangeSink out) {
    String source = x.claim().source();
    String speaker = SearchText.normalize(source);
    boolean ownAccount = !isPronoun(x.claim()) && !speaker.isEmpty() && gb.sentences.stream()
        .anyMatch(i -> (SearchText.normalize(gb.sentenceText(i)) + " ").startsWith(speaker + " "));
    out.change(ChangeKind.ATTRIBUTION_DROPPED, ownAccount ? Severity.MINOR : Severity.MAJOR, ga.text, gb.text,
        List.of(x.sentence()), gb.sentences, null, source, null, ownAccount
            ? "the source reports this as what " + source + " said; the copy states it with " + source + " as the subject"
            : "the source attributes this to " + source + "; the copy states it as fact");
  }

  /**
   * Whether the group still names the source. A named source is still there when its head name (the last
   * capitalised word: "Ancram" of "Shadow foreign secretary Michael Ancram", "Times" of "the Sunday Times")
   * occurs; its common words ("foreign", "secretary", "digital") may occur in the claim itself and say
   * nothing about who said it. Sources without a capitalised word are matched by any of their name keys.
   */
  private static boolean stillNamed(GroupClaims g, Attribution x) {
    String head = headName(x);
    return head != null ? g.mentions(head) : mentionsAny(g, x);
  }

  private static boolean mentionsAny(GroupClaims g, Attribution x) {
    for (String name : x.names()) {
      if (g.mentions(name)) {
        return true;
      }
    }
    return false;
  }

  /** The last capitalised word of the source that is one of its name keys, lower case; null when none. */
  private static String headName(Attribution x) {
    String[] words = x.source().split("\\s+");
    for (int k = words.length - 1; k >= 0; k--) {
      String word = words[k].replaceAll("(?:'s|')$", "").replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
      if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
        continue;
      }
      String low = word.toLowerCase(java.util.Locale.ROOT);
      if (x.names().contains(low)) {
        return low;
      }
    }
    return null;
  }

  /** True when none of the capitalised words of the attribution's source occur in {@code g}. */
  private static boolean unknownTo(GroupClaims g, Attribution y) {
    String[] words = y.source().split("\\s+");
    boolean anyProper = false;
    for (int k = 0; k < words.length; k++) {
      String word = words[k].replaceAll("(?:'s|')$", "");
      if (word.isEmpty() || !Character.isUpperCase(word.charAt(0)) || k == 0 && word.matches("The|A|An")) {
        continue;
      }
      anyProper = true;
      if (g.mentions(word)) {
        return false;
      }
    }
    return anyProper;
  }

  /**
   * Whether a generic copy source can stand for a source's speaker: a pronoun, a description with a word the
   * source article uses, or a WordNet synonym or direct hypernym of one ("the minister" where the source calls
   * Ms Hewitt "the minister" once; "the artist" for a source's "photographer Spencer Tunick"), or a word any
   * named body or its people may be called ("the company" for Western Digital, "a spokeswoman", "the
   * government" for Peking). "Her coach" for "Open chief Paul McNamee", "many economists" for "the Commerce
   * Department" are someone else.
   */
  private static boolean describes(Attribution y, GroupClaims wholeA) {
    return isPronoun(y) || y.source().isBlank() || y.names().isEmpty()
        || y.names().stream().anyMatch(n -> ANY_BODY.contains(n) || wholeA.hasWord(n));
  }

  /** What any organisation, or someone speaking for it, may be called. */
  private static final Set<String> ANY_BODY = Set.of("company", "companies", "firm", "firms", "group", "government",
      "office", "ministry", "department", "bank", "agency", "spokesman", "spokeswoman", "spokesperson", "official",
      "officials", "executive", "executives", "administration", "authorities", "board", "management", "council",
      "party", "union", "organisation", "organization", "statement", "representative", "representatives");

  private static boolean isPronoun(Attribution x) {
    return x.source().strip().matches("(?i)it|he|she|they|we|i|you");
  }

  private static boolean hasReportedHedge(GroupClaims g) {
    return g.hedges.stream().anyMatch(h -> h.claim().kind() == Hedge.Kind.REPORTED);
  }

  private AttributionChanges() {}
}
