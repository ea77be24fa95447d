package dev.retrace.documents;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * Reads the publication dates that articles carry in JSON fields and HTML metadata: ISO-8601 dates and
 * date-times (with or without seconds, fractions and offset, "T" or a space between) and RFC-1123 as in HTTP and
 * RSS. A time without an offset is taken as UTC, and a bare date as its start in UTC, since nothing better is known.
 */
final class PublishedDate {

    static final String FORMATS = "an ISO-8601 date or date-time, or an RFC-1123 date";

    private static final DateTimeFormatter ISO = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart()
            .appendLiteral('T')
            .optionalEnd()
            .optionalStart()
            .appendLiteral(' ')
            .optionalEnd()
            .optionalStart()
            .append(DateTimeFormatter.ISO_LOCAL_TIME)
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HH", "Z").optionalEnd()
            .optionalEnd()
            .toFormatter(Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT)
            .withChronology(java.time.chrono.IsoChronology.INSTANCE);

    private PublishedDate() {
    }

    /** The instant {@code value} names, or {@code null} when it is blank or in none of the known formats. */
    static Instant parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String s = value.strip();
        try {
            TemporalAccessor t = ISO.parseBest(s, OffsetDateTime::from, LocalDateTime::from, LocalDate::from);
            if (t instanceof OffsetDateTime odt) {
                return odt.toInstant();
            }
            if (t instanceof LocalDateTime ldt) {
                return ldt.toInstant(ZoneOffset.UTC);
            }
            return ((LocalDate) t).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException notIso) {
            // try the next format
        }
        try {
            return OffsetDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException notRfc) {
            return null;
        }
    }
}
