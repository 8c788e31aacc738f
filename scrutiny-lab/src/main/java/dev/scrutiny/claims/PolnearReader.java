package dev.scrutiny.claims;

import dev.scrutiny.article.Span;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Reads a PolNeAR-style attribution corpus: {@code text/ID.txt} and brat standoff
 * {@code attributions/ID[_ANNOTATOR].ann} with {@code Source}, {@code Cue} and {@code Content} text-bound
 * annotations tied together by {@code Attribution} (or {@code Attribution-no-source}) events. When an
 * article has several annotators' files, the first in name order is read. Brat offsets count code points;
 * they are converted to UTF-16 offsets.
 *
 * <pre>{@code
 * List<PolnearReader.Document> docs = PolnearReader.read(Path.of("../shared/data/polnear/dev"));
 * }</pre>
 */
public final class PolnearReader {

  private PolnearReader() {}

  /**
   * One gold attribution.
   *
   * @param source  the source's spans; empty for an attribution without a source
   * @param cue     the cue's spans
   * @param content the content's spans
   */
  public record Attribution(List<Span> source, List<Span> cue, List<Span> content) {
    public Attribution {
      source = List.copyOf(source);
      cue = List.copyOf(cue);
      content = List.copyOf(content);
    }

    public boolean hasSource() {
      return !source.isEmpty();
    }
  }

  /** One article, its publication date when known, and its gold attributions. */
  public record Document(String id, String text, dev.scrutiny.article.@org.jspecify.annotations.Nullable Published published,
                         List<Attribution> attributions) {
    public Document {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(text, "text");
      attributions = List.copyOf(attributions);
    }
  }

  /**
   * Every article under {@code dir} that has an annotation file, in id order.
   *
   * @throws IllegalArgumentException when {@code dir} lacks {@code text/} or {@code attributions/}
   */
  public static List<Document> read(Path dir) throws IOException {
    Path texts = dir.resolve("text");
    Path anns = dir.resolve("attributions");
    if (!Files.isDirectory(texts) || !Files.isDirectory(anns)) {
      throw new IllegalArgumentException("expected a PolNeAR folder with text/ and attributions/, got " + dir);
    }
    List<Path> annFiles;
    try (Stream<Path> s = Files.list(anns)) {
      annFiles = s.filter(p -> p.getFileName().toString().endsWith(".ann")).sorted().toList();
    }
    List<Path> textFiles;
    try (Stream<Path> s = Files.list(texts)) {
      textFiles = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
    }
    Map<String, dev.scrutiny.article.Published> dates = PolnearEvaluator.publicationDates(dir);
    List<Document> out = new ArrayList<>();
    for (Path t : textFiles) {
      String id = t.getFileName().toString().replaceFirst("\\.txt$", "");
      Path ann = annFiles.stream().filter(a -> {
        String n = a.getFileName().toString();
        return n.equals(id + ".ann") || n.startsWith(id + "_") && n.substring(id.length() + 1).matches("[^_]+\\.ann");
      }).findFirst().orElse(null);
      if (ann == null) {
        continue;
      }
      String text = Files.readString(t, StandardCharsets.UTF_8);
      out.add(new Document(id, text, dates.get(id), parse(text, Files.readAllLines(ann, StandardCharsets.UTF_8))));
    }
    return out;
  }

  /** The attributions of brat standoff {@code lines} over {@code text}; malformed lines are skipped. */
  public static List<Attribution> parse(String text, List<String> lines) {
    Map<String, List<Span>> spans = new HashMap<>();
    List<String> events = new ArrayList<>();
    int[] toUtf16 = codePointOffsets(text);
    for (String line : lines) {
      if (line.matches("T\\d+\t.*")) {
        String[] cols = line.split("\t");
        List<Span> ranges = cols.length < 2 ? null : ranges(cols[1], toUtf16);
        if (ranges != null) {
          spans.put(cols[0], ranges);
        }
      } else if (line.matches("E\\d+\t.*")) {
        events.add(line.split("\t", 2)[1]);
      }
    }
    List<Attribution> out = new ArrayList<>();
    for (String event : events) {
      Attribution a = attribution(event, spans);
      if (a != null) {
        out.add(a);
      }
    }
    return out;
  }

  /**
   * The UTF-16 spans of a text-bound annotation's {@code type start end[;start end…]} column, ranges out
   * of the text left out; null when the column is malformed.
   */
  private static @Nullable List<Span> ranges(String typeAndRanges, int[] toUtf16) {
    String[] parts = typeAndRanges.split(" ", 2);
    if (parts.length < 2) {
      return null;
    }
    List<Span> ranges = new ArrayList<>();
    try {
      for (String r : parts[1].split(";")) {
        String[] se = r.trim().split(" ");
        int s = Integer.parseInt(se[0]);
        int e = Integer.parseInt(se[1]);
        if (s >= 0 && e >= s && e < toUtf16.length) {
          ranges.add(new Span(toUtf16[s], toUtf16[e]));
        }
      }
    } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
      return null;
    }
    return ranges;
  }

  /**
   * The attribution of an event's {@code Attribution Source:T1 Cue:T2 Content:T3} arguments, spans sorted;
   * null for another event or one without content.
   */
  private static @Nullable Attribution attribution(String event, Map<String, List<Span>> spans) {
    String[] args = event.trim().split("\\s+");
    if (args.length == 0 || !args[0].startsWith("Attribution")) {
      return null;
    }
    List<Span> source = new ArrayList<>();
    List<Span> cue = new ArrayList<>();
    List<Span> content = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      String[] roleRef = args[i].split(":", 2);
      if (roleRef.length != 2) {
        continue;
      }
      List<Span> s = spans.getOrDefault(roleRef[1], List.of());
      if (roleRef[0].startsWith("Source")) {
        source.addAll(s);
      } else if (roleRef[0].startsWith("Cue")) {
        cue.addAll(s);
      } else if (roleRef[0].startsWith("Content")) {
        content.addAll(s);
      }
    }
    if (content.isEmpty()) {
      return null;
    }
    source.sort(null);
    cue.sort(null);
    content.sort(null);
    return new Attribution(source, cue, content);
  }

  /** UTF-16 offset of each code-point offset, up to and including the text's end. */
  private static int[] codePointOffsets(String text) {
    int n = text.codePointCount(0, text.length());
    int[] out = new int[n + 1];
    int u = 0;
    for (int cp = 0; cp < n; cp++) {
      out[cp] = u;
      u += Character.charCount(text.codePointAt(u));
    }
    out[n] = u;
    return out;
  }
}
