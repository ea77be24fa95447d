package dev.retrace.changes;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import dev.retrace.claims.WordSense;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word the copy replaced with its opposite ("rose" → "fell", "won" → "lost", "higher" → "lower"): the
 * claim now says the reverse without any negation word, which cue counting cannot see. Found as a one-word
 * swap in a word diff of the aligned texts, with WordNet's antonym relation deciding.
 */
final class AntonymChanges {
  private static final Pattern WORD = Pattern.compile("\\p{L}+(?:['’]\\p{L}+)*");

  static void detect(GroupClaims ga, GroupClaims gb, ChangeSink out) {
    List<String> wordsA = words(ga.text);
    List<String> wordsB = words(gb.text);
    for (AbstractDelta<String> d : DiffUtils.diff(wordsA, wordsB).getDeltas()) {
      if (d.getType() != DeltaType.CHANGE || d.getSource().size() != 1 || d.getTarget().size() != 1) {
        continue;
      }
      String from = d.getSource().getLines().get(0);
      String to = d.getTarget().getLines().get(0);
      // "exports" → "imports" next to a figure is already reported as what the figure counts
      if (from.length() > 2 && to.length() > 2 && WordSense.antonyms(from, to)
          && !out.reported(ChangeKind.CATEGORY_CHANGED, from, to)) {
        out.change(ChangeKind.NEGATION_CHANGED, Severity.MAJOR, ga.text, gb.text, ga.sentences, gb.sentences, null,
            from, to, "\"" + from + "\" became its opposite \"" + to + "\"");
      }
    }
  }

  private static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      out.add(m.group().toLowerCase(Locale.ROOT));
    }
    return out;
  }

  private AntonymChanges() {}
}
