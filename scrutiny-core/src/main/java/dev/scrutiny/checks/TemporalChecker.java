package dev.scrutiny.checks;

import dev.scrutiny.article.LayerKey;
import dev.scrutiny.article.Span;
import dev.scrutiny.text.Sentence;
import dev.scrutiny.text.Token;
import dev.scrutiny.time.TimeExpression;
import dev.scrutiny.time.TimeType;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Ordinal years ("enters its seventh year"), anniversaries and "N years of war" against the start dates
 * in the reference facts; "N days/weeks/months ago, on 6 August" against the publication date; and a
 * completion dated before a continuation of the same thing.
 */
final class TemporalChecker implements Checker {

  private static final Pattern ANNIVERSARY = Pattern.compile(
      "\\b(" + Texts.ORDINAL + ")\\s+anniversary\\s+of\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern YEARS_OF = Pattern.compile(
      "\\b(?:(more than|over|almost|nearly|about|some|around|less than)\\s+)?(" + Texts.CARDINAL
          + ")\\s+(?:long\\s+|full\\s+)?years?\\s+(?:of|since|after|into)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern ORDINAL_UNIT = Pattern.compile(
      "\\b(" + Texts.ORDINAL + ")\\s+(day|week|month)\\s+(?:of|since)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern UNITS_OF = Pattern.compile(
      "\\b(?:(more than|over|almost|nearly|about|some|around|less than)\\s+)?(" + Texts.CARDINAL
          + ")\\s+(days|weeks|months)\\s+(?:of|since|after|into)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern PRESENT_BEFORE = Pattern.compile(
      "(?i)(?:^|\\b(?:today is|this is|it is|it's|now is|on this|today,? on)\\s+)(?:[\"“]\\s*)?(?:the\\s+|our\\s+|this\\s+)?$");
  private static final Pattern PRESENT_VERB = Pattern.compile(
      "(?i)\\b(is|continues|goes on|ends|has ended|is over|is coming to an end|comes to an end|is ending)\\b");
  private static final Pattern PAST_SPAN = Pattern.compile("(?i)\\b(?:first|last|initial|those|past)\\s+$");
  private static final Pattern YEAR = Pattern.compile("\\b(?:in|of|since)\\s+(20\\d\\d|19\\d\\d)\\b");
  private static final Pattern CAPITALISED = Pattern.compile("(?<=[\\s(\"“])([A-Z][\\p{L}'-]{3,})");
  private static final Pattern COMPLETED = Pattern.compile(
      "\\b(completed|ended|concluded|finished|fully (?:liberated|captured|retaken|recaptured|cleared)|"
          + "driven out|expelled|withdrew|withdrawn)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern CONTINUING = Pattern.compile(
      "\\b(still|continued|continuing|continues|ongoing|kept)\\b[^.;]{0,30}?\\b(fight\\w*|battl\\w*|clash\\w*|"
          + "hold\\w*|shell\\w*|defend\\w*|attack\\w*|assault\\w*|storm\\w*)", Pattern.CASE_INSENSITIVE);
  private static final Set<String> NOT_KEYWORDS = Set.of("January", "February", "March", "April", "May", "June",
      "July", "August", "September", "October", "November", "December", "Monday", "Tuesday", "Wednesday",
      "Thursday", "Friday", "Saturday", "Sunday", "The", "This", "That", "However", "According");

  @Override
  public String name() {
    return "temporal";
  }

  /** Ordinal years, durations ago and dates are read from the time layer. */
  @Override
  public Set<LayerKey<?>> requires() {
    return Set.of(TimeExpression.LAYER);
  }

  @Override
  public List<Check> check(CheckContext c) {
    List<Check> out = new ArrayList<>();
    for (Sentence s : c.sentences) {
      String st = c.sentence(s);
      ordinalYears(c, s, out);
      anniversaries(c, s, st, out);
      yearsOf(c, s, st, out);
      unitsOf(c, s, st, out);
      ago(c, s, out);
    }
    order(c, out);
    return out;
  }

  /** Facts of property {@code start} whose alias opens {@code phrase} (after an article or possessive). */
  private static List<ReferenceFact> eventsAt(CheckContext c, String phrase) {
    String w = phrase.toLowerCase(Locale.ROOT);
    List<ReferenceFact> out = new ArrayList<>();
    for (ReferenceFact f : c.facts.withProperty("start")) {
      for (String a : f.aliases()) {
        if (Texts.phrase("o:" + a, k -> "^\\s*(?:the\\s+|this\\s+|russia's\\s+|russia’s\\s+|moscow's\\s+|a\\s+)?"
            + "(?:[\\p{L}-]+\\s+)?" + Pattern.quote(a) + "\\b").matcher(w).find()) {
          out.add(f);
          break;
        }
      }
    }
    return out;
  }

  /** Facts of property {@code start} whose alias occurs anywhere in {@code window}. */
  private static List<ReferenceFact> events(CheckContext c, String window) {
    String w = window.toLowerCase(Locale.ROOT);
    List<ReferenceFact> out = new ArrayList<>();
    for (ReferenceFact f : c.facts.withProperty("start")) {
      for (String a : f.aliases()) {
        if (Texts.word(a).matcher(w).find()) {
          out.add(f);
          break;
        }
      }
    }
    return out;
  }

  /** The date a sentence speaks about: an explicit date in it, else the publication date. */
  private static @Nullable LocalDate reference(CheckContext c, Sentence s) {
    List<CheckContext.DateMention> d = c.dates(s.start(), s.end());
    if (!d.isEmpty() && d.get(0).yearGiven()) {
      return d.get(0).date();
    }
    Matcher y = YEAR.matcher(c.sentence(s));
    if (y.find()) {
      return null; // the sentence speaks of a year, not the publication date; too vague to check
    }
    return c.published;
  }

  private static double years(LocalDate from, LocalDate to) {
    return ChronoUnit.DAYS.between(from, to) / 365.2425;
  }

  /** Verbs before "its N-th year": "enters its seventh year", "began its third year", "marks the tenth year". */
  private static final Set<String> YEAR_VERBS = Set.of("enter", "enters", "entered", "entering", "into", "mark",
      "marks", "marking", "begin", "begins", "beginning", "began", "start", "starts", "started", "starting");
  private static final Set<String> YEAR_DETERMINERS = Set.of("its", "the", "their", "our");

  /** An ordinal year the time layer tagged ("seventh year", a DURATION), with the verb phrase before it. */
  private record OrdinalYear(int start, int end, int n, String ordinal, boolean past) {}

  private static @Nullable OrdinalYear ordinalYear(CheckContext c, TimeExpression t) {
    List<Token> in = c.tokens(t.start(), t.end());
    if (t.type() != TimeType.DURATION || in.size() < 2 || !in.get(in.size() - 1).norm().equals("year")) {
      return null;
    }
    Token ord = in.get(in.size() - 2);
    int n = Texts.ordinal(ord.norm());
    int k = c.tokenAt(ord.start()); // the ordinal's index in the article's tokens
    if (n < 1 || k < 2 || !YEAR_DETERMINERS.contains(c.tokens.get(k - 1).norm())) {
      return null;
    }
    int after = c.tokenAt(t.end());
    if (is(c, after, "running") || is(c, after, "straight") || is(c, after, "in") && is(c, after + 1, "a")
        && is(c, after + 2, "row")) {
      return null;
    }
    String verb = c.tokens.get(k - 2).norm();
    int start;
    if (YEAR_VERBS.contains(verb)) {
      start = k - 2;
    } else if (verb.equals("in") && k >= 3 && Set.of("is", "are", "now").contains(c.tokens.get(k - 3).norm())) {
      // "is in", "now in", "is now in": the phrase starts at the copula
      start = k >= 4 && c.tokens.get(k - 3).norm().equals("now") && Set.of("is", "are").contains(c.tokens.get(k - 4).norm())
          ? k - 4 : k - 3;
    } else {
      return null;
    }
    String first = c.tokens.get(start).norm();
    boolean past = first.endsWith("ed") || first.equals("began");
    return new OrdinalYear(c.tokens.get(start).start(), t.end(), n, c.text(ord.start(), ord.end()), past);
  }

  private static boolean is(CheckContext c, int k, String norm) {
    return k >= 0 && k < c.tokens.size() && c.tokens.get(k).norm().equals(norm);
  }

  private void ordinalYears(CheckContext c, Sentence s, List<Check> out) {
    for (TimeExpression t : c.times(s.start(), s.end())) {
      OrdinalYear m = ordinalYear(c, t);
      if (m == null) {
        continue;
      }
      int n = m.n();
      List<CheckContext.DateMention> dates = c.dates(s.start(), s.end());
      LocalDate ref = m.past() && (dates.isEmpty() || !dates.get(0).yearGiven()) ? null : reference(c, s);
      List<ReferenceFact> events = events(c, c.sentence(s));
      if (ref == null || events.isEmpty()) {
        continue;
      }
      List<String> parts = new ArrayList<>();
      boolean fits = false;
      for (ReferenceFact f : events) {
        LocalDate start = f.dateValue();
        if (start.isAfter(ref)) {
          parts.add(f.subject() + " (" + start + ") had not begun");
          continue;
        }
        long completed = ChronoUnit.YEARS.between(start, ref);
        int current = (int) completed + 1;
        LocalDate nextAnniversary = start.plusYears(completed + 1);
        LocalDate lastAnniversary = start.plusYears(completed);
        boolean ok = n == current
            || n == current + 1 && ChronoUnit.DAYS.between(ref, nextAnniversary) <= 45
            || n == current - 1 && ChronoUnit.DAYS.between(lastAnniversary, ref) <= 30;
        fits |= ok;
        parts.add(f.subject() + " (" + start + ") is in its " + Texts.ordinalNumeral(current) + " year");
      }
      if (!fits) {
        out.add(new Check(m.start(), m.end(), CheckKind.TEMPORAL, Severity.ERROR,
            "'" + m.ordinal() + " year' does not fit " + refName(c, ref) + ": " + String.join("; ", parts) + ".",
            new Evidence(events, null, null, String.join("; ", parts))));
      }
    }
  }

  private static String refName(CheckContext c, LocalDate ref) {
    return ref.equals(c.published) ? "the publication date " + ref : "the date " + ref;
  }

  private void anniversaries(CheckContext c, Sentence s, String st, List<Check> out) {
    Matcher m = ANNIVERSARY.matcher(st);
    while (m.find()) {
      int n = Texts.ordinal(m.group(1));
      LocalDate ref = reference(c, s);
      List<ReferenceFact> events = eventsAt(c, st.substring(m.end()));
      if (n < 1 || ref == null || events.isEmpty()) {
        continue;
      }
      List<String> parts = new ArrayList<>();
      boolean fits = false;
      for (ReferenceFact f : events) {
        double y = years(f.dateValue(), ref);
        fits |= Math.abs(y - n) <= 0.75;
        parts.add(f.subject() + " began on " + f.dateValue() + ", " + String.format(Locale.ROOT, "%.1f", y)
            + " years before");
      }
      if (!fits) {
        out.add(new Check(s.start() + m.start(), s.start() + m.end(), CheckKind.TEMPORAL, Severity.ERROR,
            "A " + Texts.ordinalNumeral(n) + " anniversary does not fit " + refName(c, ref) + ": "
                + String.join("; ", parts) + ".",
            new Evidence(events, null, null, String.join("; ", parts))));
      }
    }
  }

  private void yearsOf(CheckContext c, Sentence s, String st, List<Check> out) {
    Matcher m = YEARS_OF.matcher(st);
    while (m.find()) {
      int n = Texts.cardinal(m.group(2));
      String q = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
      LocalDate ref = reference(c, s);
      List<ReferenceFact> events = eventsAt(c, st.substring(m.end()));
      if (n < 1 || n > 100 || ref == null || events.isEmpty()) {
        continue;
      }
      boolean fits = false;
      List<String> parts = new ArrayList<>();
      for (ReferenceFact f : events) {
        double y = years(f.dateValue(), ref);
        boolean ok = switch (q) {
          case "more than", "over" -> y >= n - 0.1;
          case "almost", "nearly", "less than" -> y <= n + 0.1 && y >= n - 1;
          default -> Math.abs(y - n) <= 1.0;
        };
        fits |= ok;
        parts.add(f.subject() + " began on " + f.dateValue() + ", " + String.format(Locale.ROOT, "%.1f", y)
            + " years before");
      }
      if (!fits) {
        out.add(new Check(s.start() + m.start(), s.start() + m.end(), CheckKind.TEMPORAL, Severity.ERROR,
            "'" + m.group().strip() + "' does not fit " + refName(c, ref) + ": " + String.join("; ", parts) + ".",
            new Evidence(events, null, null, String.join("; ", parts))));
      }
    }
  }

  /** "The 24th day of the full-scale invasion", "20 days of full-scale war": counted from the start date. */
  private void unitsOf(CheckContext c, Sentence s, String st, List<Check> out) {
    LocalDate ref = reference(c, s);
    if (ref == null) {
      return;
    }
    for (Pattern p : List.of(ORDINAL_UNIT, UNITS_OF)) {
      Matcher m = p.matcher(st);
      while (m.find()) {
        boolean ordinal = p == ORDINAL_UNIT;
        int n = ordinal ? Texts.ordinal(m.group(1)) : Texts.cardinal(m.group(2));
        String unit = (ordinal ? m.group(2) : m.group(3)).toLowerCase(Locale.ROOT);
        String q = ordinal || m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
        List<ReferenceFact> events = eventsAt(c, st.substring(m.end()));
        String before = st.substring(0, m.start());
        if (n < 1 || events.isEmpty() || (ordinal ? !presentOrdinal(before, st) : PAST_SPAN.matcher(before).find())) {
          continue;
        }
        double size = unit.startsWith("day") ? 1 : unit.startsWith("week") ? 7 : 30.44;
        // a day of slack for time zones: a Kyiv evening address is dated the next day in UTC, or the day before
        double slack = unit.startsWith("day") ? 1.5 : 1.01;
        boolean fits = false;
        List<String> parts = new ArrayList<>();
        for (ReferenceFact f : events) {
          long days = ChronoUnit.DAYS.between(f.dateValue(), ref);
          double elapsed = ordinal ? Math.floor(days / size) + 1 : days / size;
          boolean ok = switch (q) {
            case "more than", "over" -> elapsed >= n - slack;
            case "almost", "nearly", "less than" -> elapsed <= n + slack;
            default -> Math.abs(elapsed - n) <= slack;
          };
          fits |= ok;
          parts.add(f.subject() + " began on " + f.dateValue() + ", " + days + " days before, so this is "
              + (ordinal ? "its " + Texts.ordinalNumeral((int) elapsed) + " " + unit : unit.startsWith("day") ? days + " days"
                  : String.format(Locale.ROOT, "%.1f %s", elapsed, unit)));
        }
        if (!fits) {
          out.add(new Check(s.start() + m.start(), s.start() + m.end(), CheckKind.TEMPORAL, Severity.ERROR,
              "'" + m.group().strip() + "' does not fit " + refName(c, ref) + ": " + String.join("; ", parts) + ".",
              new Evidence(events, null, null, String.join("; ", parts))));
        }
      }
    }
  }

  /**
   * "The 24th day of the invasion is over", "Today is the 24th day of …": an ordinal that counts up to now.
   * "Since the first day of the invasion" looks back, and is not checked.
   */
  private static boolean presentOrdinal(String before, String sentence) {
    if (before.isBlank() || before.strip().matches("(?i)the|our|[\"“]\\s*the")) {
      return PRESENT_VERB.matcher(sentence).find();
    }
    return PRESENT_BEFORE.matcher(before).find() && !before.isBlank();
  }

  private static final Set<String> AGO_UNITS = Set.of("day", "week", "month", "year");
  private static final List<String> AGO_QUALIFIERS = List.of("just over", "well over", "more than", "less than", "over",
      "almost", "nearly", "about", "around", "some", "roughly", "barely", "just");

  /** "over a month ago", "three days ago": a DATE of the time layer counted back from now, read from its tokens. */
  private record Ago(int start, int end, int n, String unit, String qualifier) {}

  private static @Nullable Ago ago(CheckContext c, TimeExpression t, int sentenceStart) {
    List<Token> in = c.tokens(t.start(), t.end());
    int size = in.size();
    if (t.type() != TimeType.DATE || size < 3 || !in.get(size - 1).norm().equals("ago")) {
      return null;
    }
    String unit = in.get(size - 2).norm();
    unit = unit.endsWith("s") ? unit.substring(0, unit.length() - 1) : unit;
    int n = Texts.cardinal(in.get(size - 3).norm());
    if (!AGO_UNITS.contains(unit) || n < 1) {
      return null;
    }
    int start = in.get(size - 3).start();
    int first = c.tokenAt(start); // the number's index in the article's tokens
    String qualifier = "";
    for (String q : AGO_QUALIFIERS) {
      String[] words = q.split(" ");
      int from = first - words.length;
      boolean match = from >= 0;
      for (int i = 0; match && i < words.length; i++) {
        match = c.tokens.get(from + i).norm().equals(words[i]) && c.tokens.get(from + i).start() >= sentenceStart;
      }
      if (match) {
        qualifier = q;
        start = c.tokens.get(from).start();
        break;
      }
    }
    return new Ago(start, t.end(), n, unit, qualifier);
  }

  private void ago(CheckContext c, Sentence s, List<Check> out) {
    if (c.published == null) {
      return;
    }
    for (TimeExpression t : c.times(s.start(), s.end())) {
      Ago m = ago(c, t, s.start());
      if (m == null) {
        continue;
      }
      int n = m.n();
      int a = m.start();
      int b = m.end();
      CheckContext.DateMention date = null;
      for (CheckContext.DateMention d : c.dates(s.start(), s.end())) {
        int gap = d.start() >= b ? d.start() - b : a - d.end();
        if (gap >= 0 && gap <= 40 && (date == null || gap < Math.abs(date.start() - b))) {
          date = d;
        }
      }
      if (date == null) {
        continue;
      }
      String unit = m.unit();
      double unitDays = switch (unit) {
        case "day" -> 1;
        case "week" -> 7;
        case "month" -> 30.44;
        default -> 365.2425;
      };
      double claimed = n * unitDays;
      LocalDate when = date.date();
      if (!date.yearGiven()) {
        // "eight years ago, on May 26": a date without a year takes the year that best fits the claim
        for (int y = c.published.getYear() - n - 1; y <= c.published.getYear() + 1; y++) {
          LocalDate cand = when.withYear(y);
          if (Math.abs(ChronoUnit.DAYS.between(cand, c.published) - claimed)
              < Math.abs(ChronoUnit.DAYS.between(when, c.published) - claimed)) {
            when = cand;
          }
        }
      }
      long actual = ChronoUnit.DAYS.between(when, c.published);
      String q = m.qualifier();
      double slack = switch (unit) {
        case "day" -> 1;
        case "week" -> 2;
        case "month" -> 4;
        default -> 20;
      };
      Severity severity = null;
      String why = null;
      if (actual < 0) {
        severity = Severity.ERROR;
        why = "that date is " + (-actual) + " days after publication";
      } else if (q.endsWith("over") || q.equals("more than")) {
        if (actual < claimed - slack) {
          severity = Severity.ERROR;
          why = "only " + actual + " days had passed";
        }
      } else if (q.equals("almost") || q.equals("nearly") || q.equals("less than") || q.equals("barely")) {
        if (actual > claimed + slack) {
          severity = Severity.ERROR;
          why = actual + " days had passed";
        }
      } else {
        double tol = Math.max(unitDays * 0.5, claimed * 0.25) + 1;
        double off = Math.abs(actual - claimed);
        if (off > tol) {
          severity = off > 2 * tol ? Severity.ERROR : Severity.WARNING;
          why = actual + " days had passed";
        }
      }
      if (severity != null) {
        String computed = actual + " days between " + when + " and publication on " + c.published;
        out.add(new Check(Math.min(a, date.start()), Math.max(b, date.end()), CheckKind.TEMPORAL, severity,
            "'" + c.text(a, b) + "' does not agree with the date " + when + " and the publication date "
                + c.published + ": " + why + ".",
            new Evidence(List.of(), new Span(date.start(), date.end()), c.text(date.start(), date.end()), computed)));
      }
    }
  }

  /** "X completed on 26 April" while "still fighting in X on 30 April": a continuation after completion. */
  private void order(CheckContext c, List<Check> out) {
    record Dated(Sentence sentence, LocalDate date, Set<String> keys, int start, int end) {}
    List<Dated> done = new ArrayList<>();
    List<Dated> going = new ArrayList<>();
    for (Sentence s : c.sentences) {
      String st = c.sentence(s);
      List<CheckContext.DateMention> dates = c.dates(s.start(), s.end());
      if (dates.size() != 1) {
        continue;
      }
      Matcher done1 = COMPLETED.matcher(st);
      Matcher going1 = CONTINUING.matcher(st);
      boolean isDone = done1.find();
      boolean isGoing = going1.find();
      if (isDone == isGoing) {
        continue;
      }
      Matcher mm = isDone ? done1 : going1;
      Dated d = new Dated(s, dates.get(0).date(), keywords(st), s.start() + mm.start(), s.start() + mm.end());
      (isDone ? done : going).add(d);
    }
    for (Dated g : going) {
      for (Dated d : done) {
        Set<String> shared = new HashSet<>(g.keys());
        shared.retainAll(d.keys());
        if (!shared.isEmpty() && g.date().isAfter(d.date())) {
          out.add(new Check(g.start(), g.end(), CheckKind.TEMPORAL, Severity.WARNING,
              "Fighting is said to continue on " + g.date() + " (" + String.join(", ", shared)
                  + "), after it was said to be over on " + d.date() + ".",
              new Evidence(List.of(), d.sentence().span(), c.sentence(d.sentence()), null)));
          break;
        }
      }
    }
  }

  /** Capitalised words other than the first, months and weekdays: a rough "what is this about". */
  static Set<String> keywords(String sentence) {
    Set<String> out = new HashSet<>();
    Matcher m = CAPITALISED.matcher(sentence);
    while (m.find()) {
      String w = m.group(1).replaceAll("'s$", "");
      if (!NOT_KEYWORDS.contains(w)) {
        out.add(w);
      }
    }
    return out;
  }
}
