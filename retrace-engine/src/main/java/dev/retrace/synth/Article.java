package dev.retrace.synth;

import dev.retrace.text.SentenceSplitter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A working copy of an article: paragraphs of sentences, edited in place by the derivations and fact edits and
 * joined back into text (one paragraph a line, sentences joined by a space).
 */
final class Article {
  private static final SentenceSplitter SPLITTER = new SentenceSplitter();

  String title;
  final List<List<String>> paragraphs;

  Article(String title, List<List<String>> paragraphs) {
    this.title = title;
    this.paragraphs = paragraphs;
  }

  static Article parse(String title, String text) {
    List<List<String>> paragraphs = new ArrayList<>();
    int current = -1;
    for (SentenceSplitter.Piece piece : SPLITTER.split(text)) {
      if (piece.paragraph() != current) {
        paragraphs.add(new ArrayList<>());
        current = piece.paragraph();
      }
      paragraphs.get(paragraphs.size() - 1).add(piece.text());
    }
    return new Article(title, paragraphs);
  }

  Article copy() {
    List<List<String>> p = new ArrayList<>();
    paragraphs.forEach(para -> p.add(new ArrayList<>(para)));
    return new Article(title, p);
  }

  String text() {
    return paragraphs.stream().filter(p -> !p.isEmpty()).map(p -> String.join(" ", p))
        .collect(Collectors.joining("\n"));
  }

  int sentenceCount() {
    return paragraphs.stream().mapToInt(List::size).sum();
  }

  /** Positions (paragraph, sentence) of every sentence, in reading order. */
  List<int[]> positions() {
    List<int[]> out = new ArrayList<>();
    for (int p = 0; p < paragraphs.size(); p++) {
      for (int s = 0; s < paragraphs.get(p).size(); s++) {
        out.add(new int[] {p, s});
      }
    }
    return out;
  }

  /** Whether the sentence starts inside a quotation opened by an earlier sentence of its paragraph. */
  boolean startsInQuote(int[] at) {
    boolean open = false;
    List<String> para = paragraphs.get(at[0]);
    for (int i = 0; i < at[1]; i++) {
      open = Words.openAfter(para.get(i), open);
    }
    return open;
  }

  String get(int[] at) {
    return paragraphs.get(at[0]).get(at[1]);
  }

  void set(int[] at, String sentence) {
    paragraphs.get(at[0]).set(at[1], sentence);
  }
}
