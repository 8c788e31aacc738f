package dev.scrutiny.checks;

import java.io.BufferedReader;
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
import java.util.ArrayList;
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
    BufferedReader reader = in instanceof BufferedReader b ? b : new BufferedReader(in);
    boolean header = true;
    int lineNo = 0;
    try {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lineNo++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t", -1);
        String where = name + ":" + lineNo + ": ";
        if (header) {
          List<String> got = Arrays.stream(cols).map(String::strip).toList();
          if (!got.equals(COLUMNS)) {
            throw new IllegalArgumentException(where + "header must be " + String.join("<TAB>", COLUMNS)
                + ", got " + String.join("<TAB>", got));
          }
          header = false;
          continue;
        }
        ReferenceFact f = row(cols, where);
        if (facts.put(f.id(), f) != null) {
          throw new IllegalArgumentException(where + "duplicate id '" + f.id() + "'");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read reference facts " + name + ": " + e.getMessage(), e);
    }
    if (header) {
      throw new IllegalArgumentException(name + ": no header line (expected " + String.join("<TAB>", COLUMNS) + ")");
    }
    return new ReferenceFacts(Map.copyOf(facts));
  }

  private static ReferenceFact row(String[] cols, String where) {
    if (cols.length != COLUMNS.size()) {
      throw new IllegalArgumentException(where + "expected " + COLUMNS.size() + " tab-separated columns, got "
          + cols.length);
    }
    String[] c = Arrays.stream(cols).map(String::strip).toArray(String[]::new);
    for (int i : new int[] {0, 1, 2, 3, 4, 7}) {
      if (c[i].isEmpty()) {
        throw new IllegalArgumentException(where + "column '" + COLUMNS.get(i) + "' is empty");
      }
    }
    if (c[4].equals("date")) {
      requireDate(c[3], "value", where);
    } else {
      try {
        Double.parseDouble(c[3]);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(where + "value must be a plain number for unit '" + c[4] + "', got '"
            + c[3] + "'");
      }
    }
    if (!c[5].isEmpty()) {
      requireDate(c[5], "date", where);
    }
    List<String> aliases = c[6].isEmpty() ? List.of()
        : Arrays.stream(c[6].split("\\|")).map(s -> s.strip().toLowerCase(Locale.ROOT)).filter(s -> !s.isEmpty())
            .toList();
    return new ReferenceFact(c[0], c[1], c[2], c[3], c[4], c[5].isEmpty() ? null : c[5], aliases, c[7]);
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
