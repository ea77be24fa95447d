package dev.retrace.report;

import static dev.retrace.report.WordDiff.Op.DELETED;
import static dev.retrace.report.WordDiff.Op.EQUAL;
import static dev.retrace.report.WordDiff.Op.INSERTED;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retrace.report.WordDiff.Op;
import dev.retrace.report.WordDiff.Segment;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WordDiffTest {

  private static Segment eq(String t) {
    return new Segment(EQUAL, t);
  }

  private static Segment del(String t) {
    return new Segment(DELETED, t);
  }

  private static Segment ins(String t) {
    return new Segment(INSERTED, t);
  }

  @Test
  void identicalTextsAreOneEqualSegment() {
    assertThat(WordDiff.diff("Same words here.", "Same words here."))
        .containsExactly(eq("Same words here."));
    assertThat(WordDiff.changed(WordDiff.diff("x y", "x y"))).isFalse();
  }

  @Test
  void emptyAndNullTexts() {
    assertThat(WordDiff.diff("", "")).isEmpty();
    assertThat(WordDiff.diff(null, null)).isEmpty();
    assertThat(WordDiff.diff(null, "New text.")).containsExactly(ins("New text."));
    assertThat(WordDiff.diff("Old text.", "")).containsExactly(del("Old text."));
  }

  @Test
  void oneWordReplaced() {
    assertThat(WordDiff.diff("The quick brown fox", "The slow brown fox"))
        .containsExactly(eq("The "), del("quick"), ins("slow"), eq(" brown fox"));
  }

  @Test
  void wordsNotCharacters() {
    // a character diff would keep "hold"; a word diff replaces the word
    assertThat(WordDiff.diff("They are holding out.", "They are holders out."))
        .containsExactly(eq("They are "), del("holding"), ins("holders"), eq(" out."));
  }

  @Test
  void numbersAreSingleWords() {
    assertThat(WordDiff.diff("More than 2,030 losses in 3.5 days", "More than 2,300 losses in 3.5 days"))
        .containsExactly(eq("More than "), del("2,030"), ins("2,300"), eq(" losses in 3.5 days"));
  }

  @Test
  void punctuationIsSeparateFromWords() {
    assertThat(WordDiff.diff("\"We are holding the line,\" he said.", "\"We are holding the front,\" he said."))
        .containsExactly(eq("\"We are holding the "), del("line"), ins("front"), eq(",\" he said."));
  }

  @Test
  void pureInsertionAndDeletion() {
    assertThat(WordDiff.diff("Russia lost soldiers.", "Russia lost 2,300 soldiers."))
        .containsExactly(eq("Russia lost"), ins(" 2,300"), eq(" soldiers."));
    assertThat(WordDiff.diff("a brigade commander said", "a commander said"))
        .containsExactly(eq("a"), del(" brigade"), eq(" commander said"));
  }

  @Test
  void changesSeparatedOnlyByWhitespaceAreJoinedAndDeletionComesFirst() {
    assertThat(WordDiff.diff("the big red dog", "the small blue dog"))
        .containsExactly(eq("the "), del("big red"), ins("small blue"), eq(" dog"));
  }

  @Test
  void matchingWordIsMovedSoThatOneEditReadsAsOne() {
    // Myers alone keeps the first "the": "[-If-] the [-figures are accurate, it would be the-] highest"
    assertThat(WordDiff.diff("If the figures are accurate, it would be the highest toll.", "It is the highest toll."))
        .containsExactly(del("If the figures are accurate, it would be"), ins("It is"), eq(" the highest toll."));
  }

  @Test
  void lonelyShortMatchInsideALongRewriteIsAbsorbed() {
    List<Segment> d = WordDiff.diff(
        "Ukraine's General Staff said on November 11 that Russia had suffered more than 2,030 personnel losses.",
        "Russia lost 2,300 soldiers killed in a day.");
    assertThat(d).noneMatch(s -> s.op() == EQUAL && s.text().contains("Russia"));
    assertThat(WordDiff.rebuild(d, true)).startsWith("Ukraine's");
  }

  @Test
  void whitespaceDifferencesAreKeptAndBothTextsRebuild() {
    String a = "Two  spaces\there.";
    String b = "Two spaces here.";
    List<Segment> d = WordDiff.diff(a, b);
    assertThat(WordDiff.rebuild(d, true)).isEqualTo(a);
    assertThat(WordDiff.rebuild(d, false)).isEqualTo(b);
    String equal = String.join("|", d.stream().filter(s -> s.op() == EQUAL).map(Segment::text).toList());
    assertThat(equal).contains("Two", "spaces", "here.");
    assertThat(d).filteredOn(s -> s.op() != EQUAL).allMatch(s -> s.text().isBlank());
  }

  @Test
  void unicodeWords() {
    assertThat(WordDiff.diff("Зеленський сказав «так»", "Зеленський заявив «так»"))
        .containsExactly(eq("Зеленський "), del("сказав"), ins("заявив"), eq(" «так»"));
  }

  @Test
  void randomPairsAlwaysRebuildBothTexts() {
    String[] vocab = {"the", "a", "Russia", "said", "2,030", "killed", "in", ",", ".", "\"", "day", "it", "is",
        "officials", "claimed", "more", "than", "  ", "\n", "’s", "(", ")", "3.5", "the"};
    Random random = new Random(42);
    for (int round = 0; round < 2_000; round++) {
      String a = randomText(random, vocab);
      String b = random.nextInt(4) == 0 ? a : mutate(random, a, vocab);
      List<Segment> d = WordDiff.diff(a, b);
      assertThat(WordDiff.rebuild(d, true)).as("A of %s | %s", a, b).isEqualTo(a);
      assertThat(WordDiff.rebuild(d, false)).as("B of %s | %s", a, b).isEqualTo(b);
      for (int i = 0; i < d.size(); i++) {
        assertThat(d.get(i).text()).isNotEmpty();
        if (i > 0) {
          assertThat(d.get(i).op()).isNotEqualTo(d.get(i - 1).op());
          assertThat(d.get(i - 1).op() == INSERTED && d.get(i).op() == DELETED).as("deleted before inserted")
              .isFalse();
        }
      }
    }
  }

  private static String randomText(Random random, String[] vocab) {
    StringBuilder sb = new StringBuilder();
    int n = random.nextInt(14);
    for (int i = 0; i < n; i++) {
      sb.append(vocab[random.nextInt(vocab.length)]);
      if (random.nextInt(5) > 0) {
        sb.append(' ');
      }
    }
    return sb.toString();
  }

  private static String mutate(Random random, String text, String[] vocab) {
    List<String> words = new ArrayList<>(List.of(text.split(" ", -1)));
    int edits = 1 + random.nextInt(3);
    for (int e = 0; e < edits; e++) {
      int at = words.isEmpty() ? 0 : random.nextInt(words.size());
      switch (random.nextInt(3)) {
        case 0 -> words.add(at, vocab[random.nextInt(vocab.length)]);
        case 1 -> {
          if (!words.isEmpty()) {
            words.remove(at);
          }
        }
        default -> {
          if (!words.isEmpty()) {
            words.set(at, vocab[random.nextInt(vocab.length)]);
          }
        }
      }
    }
    return String.join(" ", words);
  }

  @Test
  void segmentRejectsNulls() {
    org.assertj.core.api.Assertions.assertThatNullPointerException().isThrownBy(() -> new Segment(Op.EQUAL, null));
  }
}
