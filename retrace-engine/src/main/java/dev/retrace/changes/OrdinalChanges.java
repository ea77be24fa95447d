package dev.retrace.changes;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ordinal replaced by another in the same slot ("fourth quarter" → "third quarter", "second round" →
 * "third round"): a changed figure, which the quantity extractor does not see because ordinals are not
 * amounts. Only spelled-out ordinals: numeric ones ("21st") mostly sit in dates, which the time rules compare.
 */
final class OrdinalChanges {
  private static final Map<String, Integer> ORDINALS = Map.ofEntries(
      Map.entry("first", 1), Map.entry("second", 2), Map.entry("third", 3), Map.entry("fourth", 4),
      Map.entry("fifth", 5), Map.entry("sixth", 6), Map.entry("seventh", 7), Map.entry("eighth", 8),
      Map.entry("ninth", 9), Map.entry("tenth", 10), Map.entry("eleventh", 11), Map.entry("twelfth", 12),
      Map.entry("thirteenth", 13), Map.entry("fourteenth", 14), Map.entry("fifteenth", 15),
      Map.entry("sixteenth", 16), Map.entry("seventeenth", 17), Map.entry("eighteenth", 18),
      Map.entry("nineteenth", 19), Map.entry("twentieth", 20));
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+(?:['’\\-][\\p{L}\\p{M}\\p{N}]+)*");

  static void detect(GroupClaims ga, GroupClaims gb, ChangeSink out) {
    List<String> wordsA = words(ga.text);
    List<String> wordsB = words(gb.text);
    for (AbstractDelta<String> d : DiffUtils.diff(wordsA, wordsB).getDeltas()) {
      if (d.getType() != DeltaType.CHANGE || d.getSource().size() != 1 || d.getTarget().size() != 1) {
        continue;
      }
      String from = d.getSource().getLines().get(0);
      String to = d.getTarget().getLines().get(0);
      Integer x = ORDINALS.get(from);
      Integer y = ORDINALS.get(to);
      if (x == null || y == null || x.equals(y)) {
        continue;
      }
      int position = d.getSource().getPosition();
      String context = position + 1 < wordsA.size() ? from + " " + wordsA.get(position + 1) : from;
      String replaced = position + 1 < wordsA.size() ? to + " " + wordsA.get(position + 1) : to;
      // Two ordinals that changed places ("the first ... the second" reordered) are not a changed figure.
      if (String.join(" ", wordsA).contains(replaced) || String.join(" ", wordsB).contains(context)) {
        continue;
      }
      out.change(ChangeKind.NUMBER_CHANGED, Severity.MAJOR, ga.text, gb.text, ga.sentences, gb.sentences,
          Integer.toString(x), context, replaced, "\"" + context + "\" became \"" + replaced + "\"");
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

  private OrdinalChanges() {}
}
