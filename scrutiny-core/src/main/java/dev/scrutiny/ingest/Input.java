package dev.scrutiny.ingest;

import java.nio.file.Path;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One input to read: a file, or standard input. Listed by {@link ArticleReader#plan}; reading happens
 * only in {@link ArticleReader#read(Input)}.
 *
 * @param name   the path as the user gave it or as walked from a directory, or {@code -} for standard input
 * @param path   the file, or null for standard input
 * @param format the format from the file extension, or {@link InputFormat#SNIFF}
 */
public record Input(String name, @Nullable Path path, InputFormat format) {

  /** The name that stands for standard input on the command line. */
  public static final String STDIN = "-";

  public Input {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(format, "format");
    if (path == null && !name.equals(STDIN)) {
      throw new IllegalArgumentException("an input without a path must be standard input '-', got '" + name + "'");
    }
  }

  /** A file, its format taken from its extension. */
  public static Input of(Path path) {
    Path file = Objects.requireNonNull(path, "path");
    Path fileName = file.getFileName();
    return new Input(file.toString(), file, InputFormat.ofFileName(fileName == null ? "" : fileName.toString()));
  }

  /** Standard input; its format is sniffed. */
  public static Input stdin() {
    return new Input(STDIN, null, InputFormat.SNIFF);
  }

  public boolean isStdin() {
    return path == null;
  }

  /**
   * The id an article from this input gets when its source gives none: the file name without its
   * extension ({@code reports/kursk.html} → {@code kursk}), or {@code stdin}.
   */
  public String baseId() {
    if (path == null || path.getFileName() == null) {
      return "stdin";
    }
    String file = path.getFileName().toString();
    int dot = file.lastIndexOf('.');
    String base = dot > 0 ? file.substring(0, dot) : file;
    String clean = SafeText.field(base);
    return clean == null ? "article" : clean.replace(' ', '-');
  }

  @Override
  public String toString() {
    return name;
  }
}
