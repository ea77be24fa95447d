package dev.retrace.sketches;

import java.util.HexFormat;

/** A 128-bit content hash; printed as 32 hex digits. 128 bits so that a collision among billions is not a concern. */
public record ContentHash(long high, long low) {
  @Override
  public String toString() {
    return HexFormat.of().toHexDigits(high) + HexFormat.of().toHexDigits(low);
  }

  public static ContentHash parse(String hex) {
    if (hex.length() != 32) {
      throw new IllegalArgumentException("not a content hash: " + hex);
    }
    return new ContentHash(HexFormat.fromHexDigitsToLong(hex, 0, 16), HexFormat.fromHexDigitsToLong(hex, 16, 32));
  }
}
