package dev.scrutiny.places;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first-level region an article states for a place ("Romanivka, Kyiv region", "Kamyanske in the
 * Zaporizhzhia region", "Sudzha (Kursk oblast)"), and whether a region name as written matches a
 * gazetteer admin1 name across transliterations (Kharkov/Kharkiv, "Kharkivs'ka Oblast'"). Stateless.
 */
public final class Regions {

  private static final Pattern STATED = Pattern.compile(
      "^(?:,\\s*|\\s+in\\s+(?:the\\s+)?(?:Russia's\\s+|Ukraine's\\s+|Russian\\s+|Ukrainian\\s+)?|\\s*\\(\\s*)"
          + "([A-Z][\\p{L}'-]+(?:\\s[A-Z][\\p{L}'-]+)?)\\s+((?i:region|oblast|province|krai))\\b(?!s)");
  private static final Map<String, String> VARIANTS = Map.ofEntries(
      Map.entry("nikolaev", "mykolaiv"), Map.entry("nikolayev", "mykolaiv"), Map.entry("kiev", "kyiv"),
      Map.entry("kiyev", "kyiv"), Map.entry("lugansk", "luhansk"), Map.entry("lvov", "lviv"),
      Map.entry("rovno", "rivne"), Map.entry("dnepropetrovsk", "dnipropetrovsk"), Map.entry("odessa", "odesa"),
      Map.entry("chernigov", "chernihiv"), Map.entry("zhitomir", "zhytomyr"), Map.entry("vinnitsa", "vinnytsia"),
      Map.entry("kharkov", "kharkiv"), Map.entry("zaporozhye", "zaporizhzhia"));

  private Regions() {}

  /**
   * A region stated right after a place name.
   *
   * @param name the region's name as written ("Kyiv")
   * @param word the region word as written ("region", "oblast")
   * @param end  offset just after the region word
   */
  public record Stated(String name, String word, int end) {}

  /** The region stated right after offset {@code from} (the end of a place mention), if any. */
  public static Optional<Stated> statedAfter(String text, int from) {
    Matcher m = STATED.matcher(text).region(from, Math.min(text.length(), from + 60));
    return m.lookingAt() ? Optional.of(new Stated(m.group(1), m.group(2), m.end())) : Optional.empty();
  }

  /** Whether a region name as written matches a gazetteer admin1 name, across transliterations. */
  public static boolean sameRegion(String written, String admin1) {
    String a = skeleton(written);
    String b = skeleton(admin1);
    if (a.isEmpty() || b.isEmpty()) {
      return true;
    }
    return a.startsWith(b) || b.startsWith(a) || a.length() >= 4 && b.length() >= 4 && a.substring(0, 4).equals(b.substring(0, 4));
  }

  private static String skeleton(String name) {
    String n = name.toLowerCase(Locale.ROOT).replaceAll("\\b(oblast'?|region|krai|kray|province|republic|of|the|city)\\b", "")
        .replaceAll("[^\\p{L} ]", "").strip();
    String first = n.split("\\s+")[0];
    n = VARIANTS.getOrDefault(first, first);
    return n.replace("kh", "h").replace("g", "h").replace("zh", "z").replace("ts", "c").replaceAll("[aeiouy]", "")
        .replaceAll("(.)\\1+", "$1");
  }
}
