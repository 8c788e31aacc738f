package dev.scrutiny.time;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Reads TimeML ({@code .tml}) files as used by TempEval-3: the {@code TEXT} element becomes raw text with
 * its tags stripped and offsets mapped, each {@code TIMEX3} inside it a gold {@link TimeExpression}, and the
 * {@code TIMEX3} with {@code functionInDocument="CREATION_TIME"} the document creation date.
 *
 * <pre>{@code
 * List<TimeMlDocument> docs = TimeMlReader.readAll(Path.of("TBAQ-cleaned/TimeBank"));
 * }</pre>
 *
 * A lenient scanner rather than an XML parser: the TempEval files are regular, and offsets must be exact.
 * Stateless and thread-safe.
 */
public final class TimeMlReader {

  private static final Pattern ATTR = Pattern.compile("(\\w+)\\s*=\\s*\"([^\"]*)\"");
  private static final Pattern DCT = Pattern.compile(
      "<TIMEX3[^>]*functionInDocument=\"CREATION_TIME\"[^>]*>");
  private static final Map<String, String> ENTITIES =
      Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"", "apos", "'");

  private TimeMlReader() {}

  /** All {@code .tml} files under {@code dir}, recursively, in path order. */
  public static List<TimeMlDocument> readAll(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      List<Path> files = s.filter(p -> p.toString().endsWith(".tml")).sorted().toList();
      List<TimeMlDocument> out = new ArrayList<>(files.size());
      for (Path f : files) {
        out.add(read(f));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read TimeML folder " + dir, e);
    }
  }

  /** One file. */
  public static TimeMlDocument read(Path file) {
    try {
      String name = file.getFileName().toString();
      return parse(name.endsWith(".tml") ? name.substring(0, name.length() - 4) : name,
          Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read TimeML file " + file, e);
    }
  }

  /**
   * Parses TimeML content.
   *
   * @throws IllegalArgumentException naming the document when it has no {@code <TEXT>} element
   */
  public static TimeMlDocument parse(String id, String xml) {
    LocalDate dct = null;
    Matcher dm = DCT.matcher(xml);
    if (dm.find()) {
      String v = attr(dm.group(), "value");
      if (v != null && v.length() >= 10) {
        try {
          dct = LocalDate.parse(v.substring(0, 10));
        } catch (java.time.format.DateTimeParseException e) {
          dct = null;
        }
      }
    }
    int open = xml.indexOf("<TEXT>");
    int close = xml.indexOf("</TEXT>");
    if (open < 0 || close < open) {
      throw new IllegalArgumentException("TimeML document " + id + " has no <TEXT>…</TEXT> element");
    }
    StringBuilder text = new StringBuilder(close - open);
    List<TimeExpression> gold = new ArrayList<>();
    int i = open + "<TEXT>".length();
    int timexStart = -1;
    String timexTag = null;
    while (i < close) {
      char c = xml.charAt(i);
      if (c == '<') {
        int gt = xml.indexOf('>', i);
        String tag = xml.substring(i, gt + 1);
        if (tag.startsWith("<TIMEX3")) {
          timexStart = text.length();
          timexTag = tag;
        } else if (tag.startsWith("</TIMEX3") && timexTag != null) {
          String type = attr(timexTag, "type");
          String value = attr(timexTag, "value");
          if (type != null) {
            gold.add(new TimeExpression(timexStart, text.length(), text.substring(timexStart),
                TimeType.valueOf(type), value == null ? "" : value, Anchor.ABSOLUTE));
          }
          timexTag = null;
        }
        i = gt + 1;
      } else if (c == '&') {
        int semi = xml.indexOf(';', i);
        String ent = semi > i && semi - i < 8 ? ENTITIES.get(xml.substring(i + 1, semi)) : null;
        if (ent != null) {
          text.append(ent);
          i = semi + 1;
        } else {
          text.append(c);
          i++;
        }
      } else {
        text.append(c);
        i++;
      }
    }
    return new TimeMlDocument(id, text.toString(), dct, gold);
  }

  private static @Nullable String attr(String tag, String name) {
    Matcher m = ATTR.matcher(tag);
    while (m.find()) {
      if (m.group(1).equals(name)) {
        return m.group(2);
      }
    }
    return null;
  }
}
