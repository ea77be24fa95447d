package dev.retrace.pairs;

/** A line of a pairs file: a pair, or the reason the line could not be read. */
public record PairLine(int line, Pair pair, String error) {
  public boolean ok() {
    return pair != null;
  }
}
