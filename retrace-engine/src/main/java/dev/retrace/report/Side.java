package dev.retrace.report;

import java.util.List;

/** One of the two compared articles as shown in a report. */
public record Side(String id, String title, String url, String published, List<SentenceView> sentences) {
  public Side {
    sentences = List.copyOf(sentences);
  }
}
