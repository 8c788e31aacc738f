package dev.scrutiny.checks;

import dev.scrutiny.text.Sentence;
import dev.scrutiny.text.Token;
import dev.scrutiny.time.TimeExpression;
import dev.scrutiny.time.TimeType;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * "Enters its seventh year", "is now in its third year": an ordinal year the time layer tagged, with the
 * verb phrase before it, checked against the start dates named in the sentence ({@link StartEvents}); a
 * year ahead is allowed in the 45 days before an anniversary, a year behind in the 30 days after one. For
 * {@link TemporalChecker}. Stateless.
 */
final class OrdinalYears {

  private OrdinalYears() {}

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

  static void check(CheckContext c, Sentence s, List<Check> out) {
    for (TimeExpression t : c.times(s.start(), s.end())) {
      OrdinalYear m = ordinalYear(c, t);
      if (m == null) {
        continue;
      }
      int n = m.n();
      List<CheckContext.DateMention> dates = c.dates(s.start(), s.end());
      LocalDate ref = m.past() && (dates.isEmpty() || !dates.get(0).yearGiven()) ? null : StartEvents.reference(c, s);
      List<ReferenceFact> events = StartEvents.in(c, c.sentence(s));
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
            "'" + m.ordinal() + " year' does not fit " + StartEvents.refName(c, ref) + ": " + String.join("; ", parts) + ".",
            new Evidence(events, null, null, String.join("; ", parts))));
      }
    }
  }
}
