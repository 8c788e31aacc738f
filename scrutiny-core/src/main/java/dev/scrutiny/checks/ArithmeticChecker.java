package dev.scrutiny.checks;

import dev.scrutiny.article.Span;
import dev.scrutiny.text.Sentence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Percentages of a country's territory or population recomputed from the reference facts (and compared
 * with an absolute figure stated nearby); casualty parts that do not add up to their stated total; a share
 * contradicted by the part and whole written with it and parts of "Of the 40 drones, …" exceeding their
 * whole over a paragraph ({@link PartWhole}); and false precision (an estimate or a percentage written with six or more significant digits).
 */
final class ArithmeticChecker implements Checker {

  private static final Pattern OF_WHAT = Pattern.compile(
      "^\\s+of\\s+(?:the\\s+|its\\s+|their\\s+|our\\s+)?(?:country's\\s+|([A-Z][\\p{L}.]+(?:\\s[A-Z][\\p{L}.]+)?)(?:'s|’s)\\s+)?"
          + "(?:entire\\s+|whole\\s+|total\\s+|own\\s+|national\\s+)?(territory|land area|land|area|population|inhabitants)\\b"
          + "(?:\\s+of\\s+(?:the\\s+)?([A-Z][\\p{L}.]+(?:\\s[A-Z][\\p{L}.]+)?))?");
  private static final Pattern AREA_FIGURE = Pattern.compile(
      "^\\s*(?:square\\s+kilomet(?:re|er)s|sq\\.?\\s*km|km2|km²|square\\s+km)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern PEOPLE_FIGURE = Pattern.compile(
      "^\\s*(?:people|residents|inhabitants|citizens|persons)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern ESTIMATE_CUE = Pattern.compile(
      "\\b(?:about|approximately|around|roughly|some|nearly|almost|estimated|up to|circa|an estimated)\\s+$",
      Pattern.CASE_INSENSITIVE);

  private static final String NUMBER_WORD = "(?:twenty|thirty|forty|fifty)(?:-(?:one|two|three|four|five|six|seven|"
      + "eight|nine))?|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|ten|two|three|"
      + "four|five|six|seven|eight|nine|a dozen";
  private static final String CAS_NUM = "(\\d{1,3}(?:,\\d{3})+|\\d+|" + NUMBER_WORD + ")";
  private static final Pattern PART_AFTER = Pattern.compile(
      "\\b(?<!including\\s)(?<!of whom\\s)" + CAS_NUM + "\\s+(?:(?!and\\b|or\\b|killed|wounded|injured|dead)\\w+\\s+){0,2}?(?:were\\s+|was\\s+|have been\\s+|had been\\s+)?"
          + "(killed|dead|died|wounded|injured|hurt|missing|captured)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern PART_BEFORE = Pattern.compile(
      "\\b(killed|wounded|injured|captured)\\s+" + CAS_NUM + "\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern TOTAL = Pattern.compile(
      "\\b(?:a total of|total of|totall?ing|in total|altogether|overall)\\s+" + CAS_NUM + "\\b|\\b" + CAS_NUM
          + "\\s+(?:\\w+\\s+)?(?:casualties|in total|in all|altogether)\\b", Pattern.CASE_INSENSITIVE);

  @Override
  public String name() {
    return "arithmetic";
  }

  @Override
  public List<Check> check(CheckContext c) {
    List<Check> out = new ArrayList<>();
    for (int i = 0; i < c.sentences.size(); i++) {
      Sentence s = c.sentences.get(i);
      List<Texts.Num> nums = Texts.numbers(c.text, s.start(), s.end());
      for (Texts.Num n : nums) {
        if (n.percent()) {
          percentOf(c, i, n, out);
        }
        precision(c, s, n, out);
      }
      totals(c, s, out);
      String st = c.sentence(s);
      if (st.indexOf('%') >= 0 || st.contains("cent")) {
        PartWhole.shares(c, s, out);
      }
    }
    PartWhole.spread(c, out);
    return out;
  }

  private void percentOf(CheckContext c, int sentence, Texts.Num n, List<Check> out) {
    Sentence s = c.sentences.get(sentence);
    Matcher m = OF_WHAT.matcher(c.text).region(n.end(), Math.min(s.end(), n.end() + 90));
    if (!m.lookingAt()) {
      return;
    }
    String what = m.group(2).toLowerCase(Locale.ROOT);
    String property = what.equals("population") || what.equals("inhabitants") ? "population" : "area";
    String named = m.group(1) != null ? m.group(1) : m.group(3);
    Optional<ReferenceFact> fact = named != null ? c.facts.find(named, property)
        : nearestPreceding(c, property, sentence, n.start());
    if (fact.isEmpty()) {
      return;
    }
    ReferenceFact f = fact.get();
    double implied = n.value() / 100 * f.number();
    String unit = property.equals("area") ? " km²" : " people";
    String computed = "about " + Texts.figure(implied) + unit + " of " + f.subject() + "'s " + Texts.figure(f.number())
        + unit;
    int end = m.end();
    if (n.value() > 100) {
      out.add(new Check(n.start(), end, CheckKind.ARITHMETIC, Severity.ERROR,
          "More than 100% of " + f.subject() + "'s " + what + " is impossible.", new Evidence(List.of(f), null, null, computed)));
      return;
    }
    Texts.Num stated = statedFigure(c, sentence, property.equals("area") ? AREA_FIGURE : PEOPLE_FIGURE, n);
    double tolerance = property.equals("population") ? 0.15 : 0.10;
    if (stated != null) {
      double rel = Math.abs(stated.value() - implied) / implied;
      if (rel > tolerance) {
        out.add(new Check(n.start(), end, CheckKind.ARITHMETIC, Severity.ERROR,
            n.digits() + "% of " + f.subject() + "'s " + what + " is " + computed.substring(6) + ", not the "
                + Texts.figure(stated.value()) + unit.strip() + " stated.",
            new Evidence(List.of(f), new Span(stated.start(), stated.end()), c.text(stated.start(), stated.end()), computed)));
      }
    } else if (n.value() < 1 || n.significantDigits() >= 4) {
      out.add(new Check(n.start(), end, CheckKind.ARITHMETIC, Severity.INFO,
          c.text(n.start(), n.end()).strip() + " of " + f.subject() + "'s " + what + " is " + computed + ".",
          new Evidence(List.of(f), null, null, computed)));
    }
  }

  private static Optional<ReferenceFact> nearestPreceding(CheckContext c, String property, int sentence, int before) {
    int from = c.sentences.get(Math.max(0, sentence - 1)).start();
    String window = c.text.substring(from, before).toLowerCase(Locale.ROOT);
    ReferenceFact best = null;
    int bestAt = -1;
    for (ReferenceFact f : c.facts.withProperty(property)) {
      for (String a : f.aliases()) {
        Matcher m = Texts.word(a).matcher(window);
        while (m.find()) {
          if (m.start() > bestAt) {
            bestAt = m.start();
            best = f;
          }
        }
      }
    }
    return Optional.ofNullable(best);
  }

  private static Texts.@Nullable Num statedFigure(CheckContext c, int sentence, Pattern unit, Texts.Num except) {
    int to = c.sentences.get(Math.min(c.sentences.size() - 1, sentence + 1)).end();
    int from = c.sentences.get(sentence).start();
    for (Texts.Num n : Texts.numbers(c.text, from, to)) {
      if (n != except && !n.percent() && unit.matcher(c.text).region(n.end(), to).lookingAt()) {
        return n;
      }
    }
    return null;
  }

  private void precision(CheckContext c, Sentence s, Texts.Num n, List<Check> out) {
    int sig = n.significantDigits();
    if (sig < 6) {
      return;
    }
    String before = c.text.substring(Math.max(s.start(), n.start() - 30), n.start());
    boolean estimate = ESTIMATE_CUE.matcher(before).find();
    if (!n.percent() && !estimate) {
      return;
    }
    String what = n.percent() ? "a percentage" : "an estimate";
    out.add(new Check(n.start(), n.end(), CheckKind.PRECISION, Severity.WARNING,
        c.text(n.start(), n.end()) + " gives " + what + " to " + sig + " significant digits, a precision no such figure has.",
        Evidence.computed(sig + " significant digits")));
  }

  private void totals(CheckContext c, Sentence s, List<Check> out) {
    String st = c.sentence(s);
    Map<String, int[]> parts = new LinkedHashMap<>();
    List<int[]> spans = new ArrayList<>();
    Matcher m = PART_BEFORE.matcher(st);
    while (m.find()) {
      addPart(parts, spans, category(m.group(1)), value(m.group(2)), m.start(), m.end());
    }
    m = PART_AFTER.matcher(st);
    while (m.find()) {
      addPart(parts, spans, category(m.group(2)), value(m.group(1)), m.start(), m.end());
    }
    if (parts.size() < 2) {
      return;
    }
    Matcher t = TOTAL.matcher(st);
    long total = -1;
    while (total < 0 && t.find()) {
      total = value(t.group(1) != null ? t.group(1) : t.group(2));
    }
    if (total < 0) {
      return;
    }
    long killedWounded = parts.getOrDefault("killed", new int[] {0})[0] + parts.getOrDefault("wounded", new int[] {0})[0];
    long all = parts.values().stream().mapToLong(p -> p[0]).sum();
    if (total == killedWounded || total == all) {
      return;
    }
    int from = s.start() + spans.stream().mapToInt(x -> x[0]).min().orElse(0);
    int to = s.start() + Math.max(t.end(), spans.stream().mapToInt(x -> x[1]).max().orElse(0));
    StringBuilder sum = new StringBuilder();
    parts.forEach((k, v) -> sum.append(sum.isEmpty() ? "" : " + ").append(v[0]).append(' ').append(k));
    out.add(new Check(from, to, CheckKind.ARITHMETIC, Severity.ERROR,
        "The parts do not add up to the total: " + sum + " = " + all + ", but the total given is " + total + ".",
        new Evidence(List.of(), new Span(s.start() + t.start(), s.start() + t.end()), t.group(), sum + " = " + all)));
  }

  private static void addPart(Map<String, int[]> parts, List<int[]> spans, String category, long value, int s, int e) {
    if (value < 0 || spans.stream().anyMatch(x -> x[0] < e && s < x[1])) {
      return;
    }
    parts.merge(category, new int[] {(int) value}, (a, b) -> new int[] {a[0] + b[0]});
    spans.add(new int[] {s, e});
  }

  private static String category(String word) {
    return switch (word.toLowerCase(Locale.ROOT)) {
      case "killed", "dead", "died" -> "killed";
      case "wounded", "injured", "hurt" -> "wounded";
      default -> word.toLowerCase(Locale.ROOT);
    };
  }

  private static long value(String s) {
    String d = s.replace(",", "");
    if (d.matches("\\d+")) {
      return d.length() > 9 ? -1 : Long.parseLong(d);
    }
    int v = Texts.cardinal(d);
    return v <= 1 ? -1 : v;  // "a", "one": too vague for a sum
  }
}
