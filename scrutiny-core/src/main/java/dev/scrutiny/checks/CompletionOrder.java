package dev.scrutiny.checks;

import dev.scrutiny.text.Sentence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "X completed on 26 April" while "still fighting in X on 30 April": a continuation dated after the
 * completion of the same thing (the two sentences share a capitalised keyword), for
 * {@link TemporalChecker}; and those keywords, which {@link CrossClaimChecker} also reads. Stateless.
 */
final class CompletionOrder {

  private CompletionOrder() {}

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

  /** "X completed on 26 April" while "still fighting in X on 30 April": a continuation after completion. */
  static void check(CheckContext c, List<Check> out) {
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
