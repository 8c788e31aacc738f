package dev.scrutiny.checks;

import dev.scrutiny.ingest.TsvTable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An immutable table of {@link ReferenceFact}s: the bundled {@link #defaults()} and any files a user adds.
 *
 * <p>File format (UTF-8, tab-separated, one fact a line; blank lines and lines starting with {@code #}
 * are ignored; the first other line is the header and must name exactly these columns):
 * <pre>
 * id  subject  property  value  unit  date  aliases  source
 * </pre>
 * {@code value} is a plain decimal ({@code 17098246}, {@code 143.8e6}) unless {@code unit} is {@code date},
 * then an ISO date; {@code date} is an ISO date or empty; {@code aliases} are {@code |}-separated phrases,
 * matched case-insensitively; {@code source} must not be empty. Ids are unique within a file. Errors name
 * {@code file:line}. Thread-safe.
 *
 * <pre>{@code
 * ReferenceFacts facts = ReferenceFacts.defaults().with(ReferenceFacts.load(Path.of("my-facts.tsv")));
 * facts.find("russia", "area").map(ReferenceFact::number);   // 1.7098246E7
 * }</pre>
 */
public final class ReferenceFacts {

  /** The column names, in order, that a fact file's header must have. */
  public static final List<String> COLUMNS =
      List.of("id", "subject", "property", "value", "unit", "date", "aliases", "source");

  private static final String RESOURCE = "reference-facts.tsv";
  /** The units the checks understand. */
  private static final List<String> UNITS = List.of("km2", "people", "date");

  private final Map<String, ReferenceFact> byId;

  private ReferenceFacts(Map<String, ReferenceFact> byId) {
    this.byId = byId;
  }

  /** The table shipped with Scrutiny ({@code dev/scrutiny/checks/reference-facts.tsv}). */
  public static ReferenceFacts defaults() {
    return Bundled.FACTS;
  }

  /** An empty table. */
  public static ReferenceFacts empty() {
    return new ReferenceFacts(Map.of());
  }

  /**
   * Reads a fact file.
   *
   * @throws IllegalArgumentException naming {@code file:line} for a malformed row
   * @throws UncheckedIOException when the file cannot be read
   */
  public static ReferenceFacts load(Path file) {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return parse(file.toString(), r);
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new IllegalArgumentException("reference facts " + file + " are not UTF-8 text (a binary file?)", e);
    } catch (UncheckedIOException e) {
      if (e.getCause() instanceof java.nio.charset.CharacterCodingException) {
        throw new IllegalArgumentException("reference facts " + file + " are not UTF-8 text (a binary file?)", e);
      }
      throw e;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read reference facts " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Parses fact rows from {@code in}; {@code name} is used in error messages.
   *
   * @throws IllegalArgumentException naming {@code name:line} for a malformed row
   */
  public static ReferenceFacts parse(String name, Reader in) {
    Map<String, ReferenceFact> facts = new LinkedHashMap<>();
    for (TsvTable.Row r : TsvTable.read(name, in, COLUMNS)) {
      ReferenceFact f = row(r);
      if (facts.put(f.id(), f) != null) {
        throw r.error("duplicate id '" + f.id() + "'");
      }
    }
    return new ReferenceFacts(Map.copyOf(facts));
  }

  private static ReferenceFact row(TsvTable.Row r) {
    for (int i : new int[] {0, 1, 2, 3, 4, 7}) {
      r.required(i);
    }
    String value = r.cell(3);
    String unit = r.cell(4);
    String where = r.where();
    if (!UNITS.contains(unit)) {
      throw r.error("unknown unit '" + unit + "' (expected one of " + String.join(", ", UNITS) + ")");
    }
    if (unit.equals("date")) {
      requireDate(value, "value", where);
    } else {
      double number;
      try {
        number = Double.parseDouble(value);
      } catch (NumberFormatException e) {
        throw r.error("value must be a plain number for unit '" + unit + "', got '" + value + "'");
      }
      // shares and ratios divide by these: NaN, infinities, zero and negatives make nonsense findings
      if (!Double.isFinite(number) || number <= 0 || value.matches("(?i).*[a-z&&[^e]].*")) {
        throw r.error("value must be a positive finite number for unit '" + unit + "', got '" + value + "'");
      }
    }
    String date = r.cell(5);
    if (!date.isEmpty()) {
      requireDate(date, "date", where);
    }
    List<String> aliases = r.cell(6).isEmpty() ? List.of()
        : Arrays.stream(r.cell(6).split("\\|")).map(a -> a.strip().toLowerCase(Locale.ROOT)).filter(a -> !a.isEmpty())
            .toList();
    return new ReferenceFact(r.cell(0), r.cell(1), r.cell(2), value, unit, date.isEmpty() ? null : date, aliases,
        r.cell(7));
  }

  private static void requireDate(String s, String column, String where) {
    try {
      LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(where + column + " must be an ISO date like 2022-02-24, got '" + s + "'");
    }
  }

  /** A table holding these facts and {@code more}; a fact in {@code more} replaces one with the same id. */
  public ReferenceFacts with(ReferenceFacts more) {
    Map<String, ReferenceFact> m = new LinkedHashMap<>(byId);
    m.putAll(more.byId);
    return new ReferenceFacts(Map.copyOf(m));
  }

  /** Every fact, sorted by id. */
  public List<ReferenceFact> all() {
    return byId.values().stream().sorted(java.util.Comparator.comparing(ReferenceFact::id)).toList();
  }

  public int size() {
    return byId.size();
  }

  public Optional<ReferenceFact> byId(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** Facts with this property, sorted by id. */
  public List<ReferenceFact> withProperty(String property) {
    return all().stream().filter(f -> f.property().equals(property)).toList();
  }

  /** The fact with this property whose subject or an alias equals {@code name}, ignoring case. */
  public Optional<ReferenceFact> find(String name, String property) {
    String n = Objects.requireNonNull(name, "name").strip().toLowerCase(Locale.ROOT);
    return withProperty(property).stream()
        .filter(f -> f.subject().toLowerCase(Locale.ROOT).equals(n) || f.aliases().contains(n))
        .findFirst();
  }

  @Override
  public String toString() {
    return "ReferenceFacts[" + byId.size() + " facts]";
  }

  private static final class Bundled {
    static final ReferenceFacts FACTS = read();

    private static ReferenceFacts read() {
      try (InputStream in = ReferenceFacts.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("resource dev/scrutiny/checks/" + RESOURCE + " is missing from the build");
        }
        return parse(RESOURCE, new InputStreamReader(in, StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
