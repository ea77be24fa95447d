package dev.retrace.changes;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** MAJOR when the change could mislead a reader about a fact; MINOR otherwise. */
public enum Severity {
  MAJOR, MINOR;

  @JsonValue
  public String json() {
    return name().toLowerCase(Locale.ROOT);
  }
}
