package dev.scrutiny.persuasion;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the SemEval-2023 Task 3 layout ({@code <lang>/train-articles-subtask-N/article<ID>.txt} and
 * {@code <lang>/train-labels-subtask-N.txt}); lines are numbered by {@link ArticleLine}.
 */
public final class SemevalCorpus {

  private static final Pattern ARTICLE = Pattern.compile("article(\\d+)\\.txt");

  private SemevalCorpus() {}

  /** One article: numeric id, language code and full text. */
  public record Doc(String id, String lang, String text) {}

  /** Every {@code article<ID>.txt} in {@code dir}, sorted by id. */
  public static List<Doc> articles(Path dir, String lang) {
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException("expected a directory of article<ID>.txt files, got " + dir);
    }
    try (Stream<Path> files = Files.list(dir)) {
      List<Doc> out = new ArrayList<>();
      for (Path p : files.sorted().toList()) {
        Matcher m = ARTICLE.matcher(p.getFileName().toString());
        if (m.matches()) {
          out.add(new Doc(m.group(1), lang, Files.readString(p, StandardCharsets.UTF_8)));
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read articles in " + dir, e);
    }
  }

  static List<Doc> trainArticles(Path data, String lang, int subtask) {
    return articles(data.resolve(lang).resolve("train-articles-subtask-" + subtask), lang);
  }

  static Path trainLabels(Path data, String lang, int subtask) {
    return data.resolve(lang).resolve("train-labels-subtask-" + subtask + ".txt");
  }

  /**
   * Reads a gold or prediction file: key (article id, or {@code id\tline} for subtask 3) to its labels;
   * an empty label column gives an empty list.
   */
  public static Map<String, List<String>> readLabels(Path file, int subtask) {
    try {
      Map<String, List<String>> out = new LinkedHashMap<>();
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (line.isBlank()) {
          continue;
        }
        String[] cols = line.split("\t", -1);
        int keyCols = subtask == 3 ? 2 : 1;
        if (cols.length < keyCols) {
          throw new IllegalArgumentException("expected " + (keyCols + 1) + " tab-separated columns in " + file
              + ", got: " + line);
        }
        String key = subtask == 3 ? cols[0].strip() + "\t" + cols[1].strip() : cols[0].strip();
        String value = cols.length > keyCols ? cols[keyCols].strip() : "";
        List<String> labels = value.isEmpty() ? List.of()
            : Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        out.put(key, labels);
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read labels " + file, e);
    }
  }
}
