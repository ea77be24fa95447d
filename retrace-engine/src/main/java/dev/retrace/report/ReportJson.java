package dev.retrace.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;

/** JSON form of reports: snake_case names, nulls left out, stable field order. */
public final class ReportJson {
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .setSerializationInclusion(JsonInclude.Include.NON_NULL)
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** One-line JSON (for JSONL output). */
  public static String compact(Object report) {
    try {
      return MAPPER.writeValueAsString(report);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("report cannot be serialised", e);
    }
  }

  /** Indented JSON for people. */
  public static String pretty(Object report) {
    try {
      return MAPPER.writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("report cannot be serialised", e);
    }
  }

  private ReportJson() {}
}
