package dev.retrace.verdict;

import com.fasterxml.jackson.annotation.JsonValue;

/** Which way the copying went. */
public enum Direction {
  A_TO_B("a->b"), B_TO_A("b->a"), UNKNOWN("unknown");

  private final String json;

  Direction(String json) {
    this.json = json;
  }

  @JsonValue
  public String json() {
    return json;
  }
}
