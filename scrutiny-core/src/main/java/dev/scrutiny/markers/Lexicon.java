package dev.scrutiny.markers;

import dev.scrutiny.ingest.TsvTable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * An immutable list of loaded labels and euphemisms, each with the forms to match, its category, the side
 * it typically marks and a note: the bundled {@link #defaults()} plus any file a user adds.
 *
 * <p>File format (UTF-8, tab-separated; blank lines and {@code #} lines ignored; the first other line is
 * the header {@code term forms category side note}): {@code forms} are {@code |}-separated words or
 * phrases, each matched by {@link Lemmatizer lemma} and case-insensitively, so listing "liberate" also
 * matches "liberated" and "liberation"; {@code category} is a {@link MarkerCategory} name, {@code side} a
 * {@link Side} name. A term repeated in a later file replaces the earlier entry. Errors name {@code file:line}.
 *
 * <pre>{@code
 * Lexicon lexicon = Lexicon.defaults().with(Lexicon.load(Path.of("my-terms.tsv")));
 * }</pre>
 */
public final class Lexicon {

  /** The header columns of a lexicon file, in order. */
  public static final List<String> COLUMNS = List.of("term", "forms", "category", "side", "note");

  /**
   * One lexicon entry.
   *
   * @param term     display name ("Kiev regime")
   * @param forms    words or phrases to match
   * @param category its category
   * @param side     the side it typically marks
   * @param note     why it is listed
   */
  public record Entry(String term, List<String> forms, MarkerCategory category, Side side, String note) {
    public Entry {
      Objects.requireNonNull(term, "term");
      forms = List.copyOf(forms);
      Objects.requireNonNull(category, "category");
      Objects.requireNonNull(side, "side");
      Objects.requireNonNull(note, "note");
      if (forms.isEmpty()) {
        throw new IllegalArgumentException("entry '" + term + "' has no forms");
      }
    }

    /** Lemma sequences of the forms. */
    List<List<String>> lemmaForms() {
      return forms.stream().map(f -> Lemmatizer.words(f).stream().map(Lemmatizer.Word::lemma).toList())
          .filter(l -> !l.isEmpty()).distinct().toList();
    }
  }

  private final Map<String, Entry> entries;

  private Lexicon(Map<String, Entry> entries) {
    this.entries = entries;
  }

  /** The lexicon shipped with Scrutiny ({@code dev/scrutiny/markers/lexicon.tsv}). */
  public static Lexicon defaults() {
    return Bundled.LEXICON;
  }

  public static Lexicon of(List<Entry> entries) {
    Map<String, Entry> m = new LinkedHashMap<>();
    entries.forEach(e -> m.put(e.term().toLowerCase(Locale.ROOT), e));
    return new Lexicon(m);
  }

  /**
   * Reads a lexicon file.
   *
   * @throws IllegalArgumentException naming {@code file:line} for a malformed row
   * @throws UncheckedIOException when it cannot be read
   */
  public static Lexicon load(Path file) {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return parse(file.toString(), r);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read lexicon " + file + ": " + e.getMessage(), e);
    }
  }

  /** Parses lexicon rows; {@code name} is used in error messages. */
  public static Lexicon parse(String name, Reader in) {
    List<Entry> out = new ArrayList<>();
    for (TsvTable.Row r : TsvTable.read(name, in, COLUMNS)) {
      for (int i = 0; i < 4; i++) {
        r.required(i);
      }
      MarkerCategory category = constant(MarkerCategory.class, r.cell(2), "category", r.where());
      Side side = constant(Side.class, r.cell(3), "side", r.where());
      List<String> forms = Arrays.stream(r.cell(1).split("\\|")).map(String::strip).filter(f -> !f.isEmpty()).toList();
      Entry e = new Entry(r.cell(0), forms, category, side, r.cell(4));
      if (e.lemmaForms().isEmpty()) {
        throw r.error("forms '" + r.cell(1) + "' contain no words");
      }
      out.add(e);
    }
    return of(out);
  }

  private static <E extends Enum<E>> E constant(Class<E> type, String value, String column, String where) {
    try {
      return Enum.valueOf(type, value.toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(where + column + " must be one of "
          + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")) + ", got '" + value + "'");
    }
  }

  /** A lexicon with these entries and {@code more}'s; an entry of {@code more} replaces one with the same term. */
  public Lexicon with(Lexicon more) {
    Map<String, Entry> m = new LinkedHashMap<>(entries);
    m.putAll(more.entries);
    return new Lexicon(m);
  }

  public List<Entry> entries() {
    return List.copyOf(entries.values());
  }

  public int size() {
    return entries.size();
  }

  private static final class Bundled {
    static final Lexicon LEXICON = read();

    private static Lexicon read() {
      try (InputStream in = Lexicon.class.getResourceAsStream("lexicon.tsv")) {
        if (in == null) {
          throw new IllegalStateException("resource dev/scrutiny/markers/lexicon.tsv is missing from the build");
        }
        return parse("lexicon.tsv", new InputStreamReader(in, StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
