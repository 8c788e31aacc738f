package dev.scrutiny.lang;

import dev.scrutiny.ingest.TsvTable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads the shipped word tables of {@code lang/<code>/}: the one table reader for every language. */
public final class WordTables {

  private WordTables() {}

  /**
   * Rows of the resource {@code /dev/scrutiny/lang/<language>/<file>} with the given header.
   *
   * @throws IllegalStateException when the table is not shipped
   * @throws IllegalArgumentException naming the file and line of a malformed row
   */
  public static List<TsvTable.Row> rows(String language, String file, List<String> header) {
    String path = "/dev/scrutiny/lang/" + language + "/" + file;
    try (InputStream in = WordTables.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("word table " + path + " is not on the classpath");
      }
      return TsvTable.read(path, new InputStreamReader(in, StandardCharsets.UTF_8), header);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read word table " + path, e);
    }
  }

  /** The first column of a one-column table, as an unmodifiable set. */
  public static Set<String> words(String language, String file) {
    Set<String> out = new HashSet<>();
    for (TsvTable.Row r : rows(language, file, List.of("word"))) {
      out.add(r.required(0));
    }
    return Set.copyOf(out);
  }

  /** The abbreviations table of a language ({@code abbreviations.tsv}). */
  public static Abbreviations abbreviations(String language) {
    Set<String> title = new HashSet<>();
    Set<String> beforeDigit = new HashSet<>();
    Set<String> maybe = new HashSet<>();
    Set<String> listEnd = new HashSet<>();
    for (TsvTable.Row r : rows(language, "abbreviations.tsv", List.of("abbreviation", "kind"))) {
      Set<String> target = switch (r.required(1)) {
        case "title" -> title;
        case "before-digit" -> beforeDigit;
        case "maybe" -> maybe;
        case "list-end" -> listEnd;
        default -> throw r.error("kind must be title, before-digit, maybe or list-end, got '" + r.cell(1) + "'");
      };
      target.add(r.required(0));
    }
    return new Abbreviations(title, beforeDigit, maybe, listEnd);
  }
}
