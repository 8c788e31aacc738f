package dev.scrutiny.markers;

import dev.scrutiny.text.Sentence;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Computes a {@link SourcingProfile} from text and sentences alone. Stateless. */
final class Sourcing {

  private Sourcing() {}

  private static final Pattern ATTRIBUTION = Pattern.compile(
      "\\b(said|says|told|tells|stated|states|claimed|claims|according to|announced|reported|reports|added|noted|"
          + "stressed|insisted|warned|wrote|declared|confirmed|denied|alleged|asserted|explained|argued)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern ANONYMOUS = Pattern.compile(
      "\\b(sources?\\s+(?:said|say|says|told|familiar|close|claim|report)|according to (?:unnamed |anonymous |informed |"
          + "our |military |diplomatic |intelligence )?sources|an? (?:senior |military |western |government |intelligence )?"
          + "(?:official|source|officer|diplomat) who|on (?:the )?condition of anonymity|unnamed|anonymous|"
          + "people familiar with|insiders?|officials said|officials say|it is reported|reports say|"
          + "according to (?:some |media |local )?reports|declined to be named|asked not to be named)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern HEDGE = Pattern.compile(
      "\\b(reportedly|allegedly|purportedly|supposedly|apparently|according to unconfirmed|unconfirmed|unverified|"
          + "could not be (?:independently )?verified|cannot be (?:independently )?verified|it is claimed|"
          + "(?:is|are|was|were) believed to|(?:is|are|was|were) said to|(?:is|are|was|were) thought to|"
          + "may have|might have|appears? to|seems? to|presumably|rumou?red)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern QUOTE = Pattern.compile("“([^”]{3,}?)”|\"([^\"]{3,}?)\"|«([^»]{3,}?)»");
  static SourcingProfile profile(String text, List<Sentence> sentences) {
    int attributions = 0;
    int anonymous = 0;
    int hedges = 0;
    int authorVoice = 0;
    List<int[]> quotes = quotes(text);
    Map<SourceSide, Integer> perSide = new EnumMap<>(SourceSide.class);
    for (SourceSide s : SourceSide.values()) {
      perSide.put(s, 0);
    }
    for (Sentence s : sentences) {
      String st = text.substring(s.start(), s.end());
      boolean attributed = ATTRIBUTION.matcher(st).find();
      boolean anon = ANONYMOUS.matcher(st).find();
      int h = count(HEDGE, st);
      hedges += h;
      boolean quoted = quotes.stream().anyMatch(q -> q[0] < s.end() && s.start() < q[1]);
      if (attributed || anon) {
        attributions++;
        if (anon) {
          anonymous++;
        }
      }
      if (!attributed && !anon && h == 0 && !quoted && !st.endsWith("?")) {
        authorVoice++;
      }
    }
    for (int[] q : quotes) {
      int from = q[0];
      int to = q[1];
      for (Sentence s : sentences) {
        if (s.start() <= q[0] && q[0] < s.end()) {
          from = s.start();
        }
        if (s.start() < q[1] && q[1] <= s.end()) {
          to = s.end();
        }
      }
      String outside = text.substring(from, q[0]) + " " + text.substring(q[1], Math.max(q[1], to));
      perSide.merge(SourceSide.of(outside), 1, Integer::sum);
    }
    int n = sentences.size();
    return new SourcingProfile(n, attributions, anonymous, attributions == 0 ? 0 : (double) anonymous / attributions,
        hedges, quotes.size(), perSide, authorVoice, n == 0 ? 0 : (double) authorVoice / n);
  }

  /** Quotations of at least three words, as [start, end) including the marks. */
  static List<int[]> quotes(String text) {
    List<int[]> out = new ArrayList<>();
    Matcher m = QUOTE.matcher(text);
    while (m.find()) {
      String inner = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
      if (inner.strip().split("\\s+").length >= 3 && !inner.contains("\n\n")) {
        out.add(new int[] {m.start(), m.end()});
      }
    }
    return out;
  }

  private static int count(Pattern p, String s) {
    Matcher m = p.matcher(s);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
