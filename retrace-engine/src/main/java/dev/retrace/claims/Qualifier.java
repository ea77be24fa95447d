package dev.retrace.claims;

/**
 * How a figure is hedged by the words before it. Writers use several words for the same bound ("more
 * than", "over", "above"), so comparison works on {@link #bound()}, not on the surface words.
 */
public enum Qualifier {
  EXACT(Bound.POINT),
  ABOUT(Bound.APPROXIMATE),     // about, around, roughly, some, approximately, an estimated
  NEARLY(Bound.UPPER),          // nearly, almost, close to, just under
  MORE_THAN(Bound.LOWER),       // more than, over, above, exceeding, in excess of
  AT_LEAST(Bound.LOWER),        // at least, no fewer than, a minimum of
  LESS_THAN(Bound.UPPER),       // less than, fewer than, under, below
  AT_MOST(Bound.UPPER),         // at most, up to, no more than, a maximum of
  RANGE(Bound.INTERVAL);        // between X and Y, X to Y, X-Y

  /** The kind of statement the qualifier makes about the true value. */
  public enum Bound { POINT, APPROXIMATE, LOWER, UPPER, INTERVAL }

  private final Bound bound;

  Qualifier(Bound bound) {
    this.bound = bound;
  }

  public Bound bound() {
    return bound;
  }
}
