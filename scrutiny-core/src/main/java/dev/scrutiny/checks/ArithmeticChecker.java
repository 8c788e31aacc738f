package dev.scrutiny.checks;

import dev.scrutiny.article.Span;
import dev.scrutiny.text.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Percentages of a country's territory or population recomputed from the reference facts (and compared
 * with an absolute figure stated nearby); casualty parts that do not add up to their stated total
 * ({@link CasualtyTotals}); a share contradicted by the part and whole written with it and parts of "Of the
 * 40 drones, …" exceeding their whole over a paragraph ({@link PartWhole}); and false precision (an estimate
 * or a percentage written with six or more significant digits). Numbers are read from the token layer
 * ({@link Texts#numbers}).
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

  @Override
  public String name() {
    return "arithmetic";
  }

  @Override
  public List<Check> check(CheckContext c) {
    List<Check> out = new ArrayList<>();
    for (int i = 0; i < c.sentences.size(); i++) {
      Sentence s = c.sentences.get(i);
      List<Texts.Num> nums = Texts.numbers(c.tokens(s.start(), s.end()));
      for (Texts.Num n : nums) {
        if (n.percent()) {
          percentOf(c, i, n, out);
        }
        precision(c, s, n, out);
      }
      CasualtyTotals.check(c, s, out);
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
    for (Texts.Num n : Texts.numbers(c.tokens(from, to))) {
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
}
