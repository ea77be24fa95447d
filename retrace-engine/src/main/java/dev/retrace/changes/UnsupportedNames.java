package dev.retrace.changes;

import dev.retrace.changes.GroupClaims.Located;
import dev.retrace.claims.EntityExtractor;
import dev.retrace.claims.WordSense;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Names a copy's aligned sentence introduces that its source never mentions: a person, organisation or
 * place put into a restated claim ("protesters" → "U.S. protesters", "the minister" → "Minister Karlsson")
 * is a fact the source does not support. To keep spelling variants from counting as new names, a name is
 * taken as supported when a distinctive word of it (not a common noun) or all of its words appear in the
 * source (unless the name ends in a model number: "SARS-CoV-4" is not "SARS-CoV-2"), when it is an acronym of a
 * source name or spells a source word without dots ("U.K." and "UK"),
 * when it is a nationality adjective, or when it is a place that WordNet says holds a place the source
 * names ("U.K." or "Britain" for a source's "London": a copy may say where in larger terms) or the place of a
 * nationality the source gives ("Brazil's Ambev" for "Brazilian brewer Ambev").
 */
final class UnsupportedNames {
  /** A name ending in a number glued on with a hyphen: a model, a strain, a version. */
  private static final Pattern MODEL_NUMBER = Pattern.compile("-\\d[\\p{L}\\p{N}.]*$");

  /** What the source's names support, computed once per comparison. */
  static final class SourceNames {
    private final GroupClaims wholeA;
    private final Set<String> compacts;
    private Set<Long> regions;

    SourceNames(GroupClaims wholeA) {
      this.wholeA = wholeA;
      this.compacts = compacts(wholeA);
    }

    /**
     * WordNet keys of the source's places, of the places its nationality adjectives pertain to ("Brazilian" →
     * Brazil), and of every place that holds one; looked up on first need.
     */
    private Set<Long> regions() {
      if (regions == null) {
        regions = new HashSet<>();
        for (Located<String> e : wholeA.entities) {
          regions.addAll(WordSense.placeAndRegions(e.claim()));
        }
        for (String word : wholeA.words()) {
          if (EntityExtractor.demonym(word)) {
            regions.addAll(WordSense.placesOf(word));
          }
        }
      }
      return regions;
    }
  }

  static void detect(GroupClaims ga, GroupClaims gb, SourceNames source, ChangeSink out) {
    for (Located<String> name : gb.entities) {
      String n = name.claim();
      if (out.reportedTo(n) || supported(n, source) || sentenceInitialWord(gb, name)) {
        continue;
      }
      out.change(ChangeKind.ADDED_UNSUPPORTED, Severity.MAJOR, ga.text, gb.text, ga.sentences, List.of(name.sentence()),
          null, null, n, "the copy names " + n + ", which the source never mentions");
    }
  }

  /**
   * A single capitalised word opening the sentence is as likely a verb or adverb ("Speaking to reporters",
   * "Meanwhile") as a name; without a tagger, it is not evidence enough of a new name.
   */
  private static boolean sentenceInitialWord(GroupClaims gb, Located<String> name) {
    return !name.claim().contains(" ") && gb.sentenceText(name.sentence()).startsWith(name.claim());
  }

  /** Letters-only lower-case forms of the source's words and the initials of its multi-word names. */
  private static Set<String> compacts(GroupClaims wholeA) {
    Set<String> out = new HashSet<>();
    for (String w : wholeA.lowerText.split(" ")) {
      if (!w.isBlank()) {
        out.add(w);
      }
    }
    for (Located<String> e : wholeA.entities) {
      if (e.claim().split("[\\s-]+").length > 1) {
        out.add(EntityChanges.initialsOf(e.claim()).toLowerCase(Locale.ROOT));
      }
    }
    return out;
  }

  private static boolean supported(String name, SourceNames source) {
    GroupClaims wholeA = source.wholeA;
    if (wholeA.mentions(name) || EntityExtractor.demonym(name.toLowerCase(Locale.ROOT))) {
      return true;
    }
    String compact = name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    if (source.compacts.contains(compact)) {
      return true;
    }
    if (MODEL_NUMBER.matcher(name).find()) {
      return false; // "SARS-CoV-4" is not supported by "SARS-CoV-2", nor "F-35" by "F-16", whatever their words
    }
    long place = WordSense.placeSense(name);
    if (place >= 0 && source.regions().contains(place)) {
      return true;
    }
    // One word of the name in the source supports it ("Boris Johnson" for "Mr Johnson") when that word is
    // distinctive; a common noun ("Media", "Bank", "Ministry") supports it only if every other capitalised word
    // is in the source too ("Defence Ministry" for "Ministry of Defence"), so "UFO Media" is not "Ozy Media".
    boolean allMentioned = true;
    boolean distinctiveMentioned = false;
    int counted = 0;
    for (String word : name.split("[\\s-]+")) {
      if (word.length() < 3 || !Character.isUpperCase(word.charAt(0))) {
        continue;
      }
      counted++;
      if (wholeA.mentions(word)) {
        distinctiveMentioned |= !WordSense.nounLike(word.toLowerCase(Locale.ROOT));
      } else {
        allMentioned = false;
      }
    }
    return distinctiveMentioned || allMentioned && counted > 1;
  }

  private UnsupportedNames() {}
}
