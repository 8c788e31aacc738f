package dev.scrutiny.checks;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One row of a reference-fact table: a quantity or a date with the source it was taken from.
 *
 * <p>Immutable. {@code value} keeps the table's text; {@link #number()} and {@link #dateValue()} read it.
 *
 * @param id       unique key such as {@code area.RU} or {@code start.full-scale-invasion}
 * @param subject  what the fact is about, in words ("Russia", "Russia's full-scale invasion of Ukraine")
 * @param property {@code area}, {@code population} or {@code start}
 * @param value    a plain decimal number (no separators) or an ISO date
 * @param unit     {@code km2}, {@code people} or {@code date}
 * @param date     the date the value holds for (a census date), or null
 * @param aliases  lower-case phrases an article may use for the subject ("russia", "the russian federation")
 * @param source   citation or URL the value was taken from
 */
public record ReferenceFact(String id, String subject, String property, String value, String unit,
                            @Nullable String date, List<String> aliases, String source) {

  public ReferenceFact {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(property, "property");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(source, "source");
    aliases = List.copyOf(aliases);
  }

  /** The value as a number. @throws IllegalStateException naming the fact when it is not a number */
  public double number() {
    try {
      return Double.parseDouble(value);
    } catch (NumberFormatException e) {
      throw new IllegalStateException("fact " + id + " has value '" + value + "', not a number", e);
    }
  }

  /** The value as a date. @throws IllegalStateException naming the fact when it is not an ISO date */
  public LocalDate dateValue() {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new IllegalStateException("fact " + id + " has value '" + value + "', not an ISO date", e);
    }
  }

  /** A one-line statement, also written to JSON: "Russia area = 17098246 km2". */
  @JsonProperty("statement")
  public String statement() {
    return subject + " " + property + " = " + value + ("date".equals(unit) ? "" : " " + unit)
        + (date == null ? "" : " (as of " + date + ")");
  }
}
