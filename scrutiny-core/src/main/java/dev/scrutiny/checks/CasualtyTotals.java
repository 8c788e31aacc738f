package dev.scrutiny.checks;

import dev.scrutiny.article.Span;
import dev.scrutiny.text.Sentence;
import dev.scrutiny.text.Token;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Casualty parts that do not add up to the total given with them in one sentence ("12 were killed and 30
 * wounded, 50 casualties in all"), for {@link ArithmeticChecker}. The counts are read from the token layer
 * ({@link Texts#count}: "1,006", "twelve", "a dozen"); the words around them ("killed", "a total of",
 * "in all") are matched by patterns anchored at the count. Killed plus wounded, or all parts, must equal
 * the total. Stateless.
 */
final class CasualtyTotals {

  private CasualtyTotals() {}

  /** How far before a count its cue ("killed", "a total of") is looked for, in characters. */
  private static final int REACH = 80;

  /** "killed 12": the part's category right before its count. */
  private static final Pattern PART_CUE = Pattern.compile("(?i)\\b(killed|wounded|injured|captured)\\s+$");
  /** "including 12 killed", "of whom 12 …": a part of a part, not summed. */
  private static final Pattern SUB_PART = Pattern.compile("(?i)(?:including|of whom)\\s$");
  /** "12 soldiers were killed": the category after the count. */
  private static final Pattern PART_TAIL = Pattern.compile(
      "(?i)\\s+(?:(?!and\\b|or\\b|killed|wounded|injured|dead)\\w+\\s+){0,2}?(?:were\\s+|was\\s+|have been\\s+|had been\\s+)?"
          + "(killed|dead|died|wounded|injured|hurt|missing|captured)\\b");
  private static final Pattern TOTAL_CUE = Pattern.compile(
      "(?i)\\b(?:a total of|total of|totall?ing|in total|altogether|overall)\\s+$");
  private static final Pattern TOTAL_TAIL = Pattern.compile("(?i)\\s+(?:\\w+\\s+)?(?:casualties|in total|in all|altogether)\\b");

  /** A count in the sentence, offsets relative to its start. */
  record Count(int start, int end, int value) {}

  /** The total stated, with the words that say so, offsets relative to the sentence. */
  private record Total(int start, int end, int value) {}

  /** Adds a check when the parts stated in sentence {@code s} do not add up to the total stated with them. */
  static void check(CheckContext c, Sentence s, List<Check> out) {
    String st = c.sentence(s);
    List<Count> counts = counts(c.tokens(s.start(), s.end()), s.start());
    Map<String, int[]> parts = new LinkedHashMap<>();
    List<int[]> spans = new ArrayList<>();
    for (Count n : counts) {
      Matcher m = before(PART_CUE, st, n.start());
      if (m != null) {
        addPart(parts, spans, category(m.group(1)), n.value(), m.start(), n.end());
      }
    }
    int consumed = 0;
    for (Count n : counts) {
      Matcher m = n.start() < consumed || before(SUB_PART, st, n.start()) != null ? null
          : PART_TAIL.matcher(st).region(n.end(), st.length());
      if (m != null && m.lookingAt()) {
        addPart(parts, spans, category(m.group(1)), n.value(), n.start(), m.end());
        consumed = m.end();
      }
    }
    Total total = parts.size() < 2 ? null : total(st, counts);
    if (total == null) {
      return;
    }
    long given = total.value();
    long killedWounded = parts.getOrDefault("killed", new int[] {0})[0] + parts.getOrDefault("wounded", new int[] {0})[0];
    long all = parts.values().stream().mapToLong(p -> p[0]).sum();
    if (given == killedWounded || given == all) {
      return;
    }
    int from = s.start() + spans.stream().mapToInt(x -> x[0]).min().orElse(0);
    int to = s.start() + Math.max(total.end(), spans.stream().mapToInt(x -> x[1]).max().orElse(0));
    StringBuilder sum = new StringBuilder();
    parts.forEach((k, v) -> sum.append(sum.isEmpty() ? "" : " + ").append(v[0]).append(' ').append(k));
    out.add(new Check(from, to, CheckKind.ARITHMETIC, Severity.ERROR,
        "The parts do not add up to the total: " + sum + " = " + all + ", but the total given is " + given + ".",
        new Evidence(List.of(), new Span(s.start() + total.start(), s.start() + total.end()),
            st.substring(total.start(), total.end()), sum + " = " + all)));
  }

  /** The counts among a sentence's tokens, offsets relative to {@code base}. */
  static List<Count> counts(List<Token> tokens, int base) {
    List<Count> out = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      int[] v = Texts.count(tokens, i);
      if (v != null) {
        out.add(new Count(tokens.get(i).start() - base, tokens.get(v[1]).end() - base, v[0]));
        i = v[1];
      }
    }
    return out;
  }

  /** The first total stated ("a total of 50", "50 casualties"), or null. */
  private static @Nullable Total total(String st, List<Count> counts) {
    for (Count n : counts) {
      Matcher cue = before(TOTAL_CUE, st, n.start());
      if (cue != null) {
        return new Total(cue.start(), n.end(), n.value());
      }
      Matcher tail = TOTAL_TAIL.matcher(st).region(n.end(), st.length());
      if (tail.lookingAt()) {
        return new Total(n.start(), tail.end(), n.value());
      }
    }
    return null;
  }

  /** A match of {@code p} (ending in {@code $}) that ends right at {@code at}, or null. */
  private static @Nullable Matcher before(Pattern p, String st, int at) {
    Matcher m = p.matcher(st).region(Math.max(0, at - REACH), at).useTransparentBounds(true);
    return m.find() ? m : null;
  }

  private static void addPart(Map<String, int[]> parts, List<int[]> spans, String category, int value, int s, int e) {
    if (spans.stream().anyMatch(x -> x[0] < e && s < x[1])) {
      return;
    }
    parts.merge(category, new int[] {value}, (a, b) -> new int[] {a[0] + b[0]});
    spans.add(new int[] {s, e});
  }

  private static String category(String word) {
    return switch (word.toLowerCase(Locale.ROOT)) {
      case "killed", "dead", "died" -> "killed";
      case "wounded", "injured", "hurt" -> "wounded";
      default -> word.toLowerCase(Locale.ROOT);
    };
  }
}
