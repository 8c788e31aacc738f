package dev.scrutiny.checks;

import dev.scrutiny.article.Span;
import dev.scrutiny.checks.Quantities.Hedge;
import dev.scrutiny.checks.Quantities.Quantity;
import dev.scrutiny.text.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Parts against their whole, for {@link ArithmeticChecker}: a percentage contradicted by the part and the
 * total given with it ("a town of 50,000 lost 30% of its people, around 5,000 residents"), and the parts
 * of "Of the 40 drones launched, …" adding up to more than 40 over the sentences of a paragraph
 * ("25 were shot down over Kursk. Another 20 were downed over Belgorod."). Hedges widen what a figure
 * allows: "around" by {@value #ABOUT}, "more than" and "up to" bound it on one side; a whole percentage
 * is taken as rounded. Stateless.
 */
final class PartWhole {

  private PartWhole() {}

  /** How far "about", "around", "nearly" may be from the figure written, as a share of it. */
  static final double ABOUT = 0.2;

  /** "30% of its people, around 5,000" or "30% of the town's 50,000 residents — some 5,000": the part follows. */
  private static final Pattern PART_AFTER = Pattern.compile(
      "^(?:\\s+of\\s+[^,;:()—–]{1,80}?)?\\s*(?:,|\\(|—|–)\\s*(?:or\\s+|that is,?\\s+|i\\.e\\.,?\\s+)?$");
  /** "5,000 residents, or 30% of …", "5,000 people (30%": the part comes first. */
  private static final Pattern PART_BEFORE = Pattern.compile(
      "^\\s+(?:[\\p{L}-]+(?:\\s+[\\p{L}-]+){0,2})?\\s*(?:,\\s*or|\\(|—|–)\\s*$");
  /** What may stand right before the whole: "a town of 50,000", "out of 50,000", "its 50,000". */
  private static final Pattern WHOLE_OF = Pattern.compile(
      "(?i)\\b(?:of|out of|total of|population of)\\s+(?:the\\s+|its\\s+|their\\s+|our\\s+|a\\s+|all\\s+)?$");
  private static final Pattern WHOLE_OWNED = Pattern.compile(
      "(?i)\\b(?:its|their|our|his|her|the|[\\p{L}]+['’]s)\\s+$");

  /** "Of the 40 drones launched, …" opening a sentence. */
  private static final Pattern OF_THE = Pattern.compile(
      "^[\\W&&[^\\d]]*(?:(?:But|And|Yet|So)\\s+)?[Oo]f\\s+(?:the|these|those|all(?:\\s+the)?)\\s+");
  /** An added part opening a later sentence: "Another 20 …", "A further 20 …", "The remaining 20 …". */
  private static final Pattern ANOTHER = Pattern.compile(
      "^[\\W&&[^\\d]]*(?:(?:And|But)\\s+)?(?:[Aa]nother|[Aa] further|[Tt]he remaining|[Tt]he other)\\s+");
  /** An added part inside the sentence: "…, and 20 were jammed". */
  private static final Pattern AND_BEFORE = Pattern.compile(
      "(?i)(?:\\band|\\bwhile|,)\\s+(?:another\\s+|a further\\s+|the remaining\\s+|the other\\s+)?$");
  private static final Pattern PART_VERB = Pattern.compile(
      "(?i)^\\s+(?:more\\s+)?(?:[\\p{L}-]+\\s+){0,2}?(?:were|was|had been|have been|got|are|is)\\s+\\p{L}+");
  private static final Pattern SUBSET = Pattern.compile("(?i)^\\s*(?:%|per\\s?cent|percent|of\\s+(?:them|which|these|those))");

  /** Shares contradicted by the part and whole given with them, in sentence {@code s}. */
  static void shares(CheckContext c, Sentence s, List<Check> out) {
    List<Quantity> qs = Quantities.scan(c, s.start(), s.end());
    if (qs.size() < 3) {
      return;
    }
    for (int i = 0; i < qs.size(); i++) {
      Quantity p = qs.get(i);
      if (!p.percent() || p.value() <= 0 || p.value() >= 100) {
        continue;
      }
      Quantity part = partFor(c, qs, i);
      if (part == null) {
        continue;
      }
      Quantity whole = wholeFor(c, s, qs, p, part);
      if (whole == null) {
        continue;
      }
      double[] pr = p.range(ABOUT);
      double[] wr = whole.range(ABOUT);
      double[] mr = part.range(ABOUT);
      double lo = pr[0] / 100 * wr[0];
      double hi = pr[1] / 100 * wr[1];
      if (hi < mr[0] || lo > mr[1]) {
        int from = Math.min(p.start(), part.start());
        int to = Math.max(p.end(), part.end());
        String computed = c.text(p.numberStart(), p.end()).strip() + " of " + Texts.figure(whole.value()) + " is "
            + (p.hedge() == Hedge.EXACT && whole.hedge() == Hedge.EXACT ? "" : "about ")
            + Texts.figure(p.value() / 100 * whole.value());
        out.add(new Check(from, to, CheckKind.ARITHMETIC, Severity.ERROR,
            computed + ", not the " + c.text(part.start(), part.end()).strip() + " stated.",
            new Evidence(List.of(), new Span(whole.start(), whole.end()), c.text(whole.start(), whole.end()), computed)));
      }
    }
  }

  private static @Nullable Quantity partFor(CheckContext c, List<Quantity> qs, int pi) {
    Quantity p = qs.get(pi);
    for (int j = pi + 1; j < qs.size() && j <= pi + 2; j++) {
      Quantity q = qs.get(j);
      if (!q.percent() && PART_AFTER.matcher(c.text(p.end(), q.start())).matches()) {
        return q;
      }
    }
    if (pi > 0) {
      Quantity q = qs.get(pi - 1);
      if (!q.percent() && q.end() <= p.start() && PART_BEFORE.matcher(c.text(q.end(), p.start())).matches()) {
        return q;
      }
    }
    return null;
  }

  /** The one whole the sentence gives for {@code part}: "of 50,000", "its 50,000 residents"; null if none or several. */
  private static @Nullable Quantity wholeFor(CheckContext c, Sentence s, List<Quantity> qs, Quantity p, Quantity part) {
    Quantity found = null;
    String partUnit = Quantities.unitAfter(c.text, part, s.end());
    int larger = 0;
    for (Quantity q : qs) {
      if (q == p || q == part || q.percent() || q.value() <= part.value() || year(c, q)) {
        continue;
      }
      if (++larger > 1) {
        return null; // two figures the share might be of: which one is not written
      }
      String before = c.text(Math.max(s.start(), q.start() - 25), q.start());
      String unit = Quantities.unitAfter(c.text, q, s.end());
      boolean linked = WHOLE_OF.matcher(before).find() || WHOLE_OWNED.matcher(before).find() && unit != null;
      if (linked && sameKind(unit, partUnit, shareOf(c, p, s))) {
        found = q;
      }
    }
    return found;
  }

  private static final Pattern SHARE_OF = Pattern.compile("^\\s+of\\s+(?:[^,;:()—–]{0,60}?\\s)?(\\p{L}+)\\s*[,(—–]");

  /** "people" in "30% of its people, …": what the share is of, or null. */
  private static @Nullable String shareOf(CheckContext c, Quantity p, Sentence s) {
    Matcher m = SHARE_OF.matcher(c.text).region(p.end(), s.end());
    if (!m.lookingAt()) {
      return null;
    }
    String w = m.group(1).toLowerCase(Locale.ROOT);
    return w.equals("population") ? "people" : w;
  }

  /**
   * Whether the whole, the part and what the share is of count the same thing: every unit written agrees,
   * at least one is written, and a whole without a unit ("a town of 50,000") counts people.
   */
  private static boolean sameKind(@Nullable String wholeUnit, @Nullable String partUnit, @Nullable String shareOf) {
    List<String> units = new ArrayList<>();
    for (String u : new String[] {wholeUnit, partUnit, shareOf}) {
      if (u != null) {
        units.add(u);
      }
    }
    if (units.isEmpty()) {
      return false;
    }
    for (String a : units) {
      for (String b : units) {
        if (!Quantities.sameUnit(a, b)) {
          return false;
        }
      }
    }
    return wholeUnit != null || units.stream().anyMatch(Quantities::people);
  }

  private static boolean year(CheckContext c, Quantity q) {
    String t = c.text(q.numberStart(), q.end());
    return t.matches("(?:1[89]|20)\\d\\d");
  }

  /** "Of the 40 drones launched, 25 were shot down. Another 20 were downed …": parts over the whole. */
  static void spread(CheckContext c, List<Check> out) {
    for (int i = 0; i < c.sentences.size(); i++) {
      Opening o = opening(c, c.sentences.get(i));
      if (o == null) {
        continue;
      }
      List<Quantity> parts = new ArrayList<>(o.parts());
      addFollowing(c, i, o, parts);
      if (parts.size() < 2 || parts.stream().anyMatch(q -> q.hedge() == Hedge.AT_MOST)) {
        continue;
      }
      Quantity whole = o.whole();
      double sumLo = parts.stream().mapToDouble(q -> q.range(ABOUT)[0]).sum();
      double wholeHi = whole.range(ABOUT)[1];
      if (sumLo > wholeHi) {
        StringBuilder sum = new StringBuilder();
        parts.forEach(q -> sum.append(sum.isEmpty() ? "" : " + ").append(Texts.figure(q.value())));
        double total = parts.stream().mapToDouble(Quantity::value).sum();
        String computed = sum + " = " + Texts.figure(total);
        Quantity last = parts.get(parts.size() - 1);
        out.add(new Check(whole.start(), whole.end(), CheckKind.ARITHMETIC, Severity.ERROR,
            "The parts add up to more than the whole: " + computed + ", but the total given is "
                + c.text(whole.start(), whole.end()).strip() + ".",
            new Evidence(List.of(), new Span(parts.get(0).start(), last.end()), c.text(parts.get(0).start(), last.end()),
                computed)));
      }
    }
  }

  /** The whole of "Of the 40 drones launched, 25 …", its unit and participle, and the parts in that sentence. */
  private record Opening(Quantity whole, @Nullable String unit, @Nullable String wholeVerb, List<Quantity> parts) {}

  /** The whole and parts of a sentence opening "Of the 40 …, ", or null when it does not open so or has no part. */
  private static @Nullable Opening opening(CheckContext c, Sentence s) {
    Matcher of = OF_THE.matcher(c.sentence(s));
    if (!of.lookingAt()) {
      return null;
    }
    List<Quantity> qs = Quantities.scan(c, s.start(), s.end());
    if (qs.isEmpty() || qs.get(0).start() != s.start() + of.end() || qs.get(0).percent()) {
      return null;
    }
    Quantity whole = qs.get(0);
    if (whole.hedge() == Hedge.AT_LEAST || whole.hedge() == Hedge.AT_MOST) {
      return null;
    }
    int comma = c.text.indexOf(',', whole.end());
    if (comma < 0 || comma >= s.end() - 1) {
      return null;
    }
    String unit = Quantities.unitAfter(c.text, whole, comma);
    List<Quantity> parts = new ArrayList<>();
    int after = comma + 1; // the end of the previous figure after the comma
    for (int k = 1; k < qs.size(); k++) {
      Quantity q = qs.get(k);
      if (q.start() <= comma) {
        continue; // a figure inside the opening ("Of the 1,590 votes cast in the March 12 convention, …")
      }
      String gapBefore = c.text(after, q.start());
      boolean first = parts.isEmpty() && after == comma + 1 && gapBefore.isBlank();
      boolean added = !parts.isEmpty() && AND_BEFORE.matcher(gapBefore).find();
      if ((first || added) && isPart(c, q, s.end(), unit)) {
        parts.add(q);
      }
      after = q.end();
    }
    return parts.isEmpty() ? null : new Opening(whole, unit, verbAfterUnit(c.text(whole.end(), comma)), parts);
  }

  /** Adds the parts of up to three later sentences of the paragraph that open "Another 20 …". */
  private static void addFollowing(CheckContext c, int i, Opening o, List<Quantity> parts) {
    for (int j = i + 1; j < c.sentences.size() && j <= i + 3; j++) {
      Sentence n = c.sentences.get(j);
      if (c.text(c.sentences.get(j - 1).end(), n.start()).contains("\n")) {
        break; // the paragraph ended
      }
      Matcher an = ANOTHER.matcher(c.sentence(n));
      List<Quantity> nq = an.lookingAt() ? Quantities.scan(c, n.start(), n.end()) : List.of();
      if (nq.isEmpty() || nq.get(0).start() != n.start() + an.end() || !isPart(c, nq.get(0), n.end(), o.unit())
          || o.wholeVerb() != null && c.sentence(n).toLowerCase(Locale.ROOT).contains(o.wholeVerb())) {
        break; // "Another 20 drones were launched at dawn" adds to the whole, not to its parts
      }
      parts.add(nq.get(0));
    }
  }

  /** Whether {@code q} counts some of the whole: followed by "were shot down", not by "of them" or a percent. */
  private static boolean isPart(CheckContext c, Quantity q, int limit, @Nullable String unit) {
    if (q.percent() || SUBSET.matcher(c.text(q.end(), limit)).lookingAt()) {
      return false;
    }
    String u = Quantities.unitAfter(c.text, q, limit);
    return PART_VERB.matcher(c.text(q.end(), limit)).lookingAt() && (u == null || unit == null || u.equals(unit)
        || Quantities.sameUnit(u, unit));
  }

  /** "launched" in " drones launched": the participle after the whole's unit, to tell added wholes from parts. */
  private static @Nullable String verbAfterUnit(String afterWhole) {
    Matcher m = Pattern.compile("^\\s+\\p{L}+\\s+(\\p{L}+ed)\\b").matcher(afterWhole);
    return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : null;
  }
}
