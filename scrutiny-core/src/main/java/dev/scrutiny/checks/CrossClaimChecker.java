package dev.scrutiny.checks;

import dev.scrutiny.article.LayerKey;
import dev.scrutiny.article.Span;
import dev.scrutiny.text.Sentence;
import dev.scrutiny.time.TimeExpression;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two sentences of one article giving different numbers for the same quantity: the same counted noun
 * ("soldiers"), the same event verb ("killed") and the same subject (a shared capitalised keyword), with
 * no other date and no cumulative wording ("in total", "since") to explain the difference.
 */
final class CrossClaimChecker implements Checker {

  private static final Pattern COUNT = Pattern.compile(
      "(?<![\\w.,])(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\s+(thousand|million))?\\s+(?:(?:more|additional|other|new|Russian|"
          + "Ukrainian|enemy|foreign|civilian|military)\\s+)?(soldiers|troops|servicemen|civilians|people|children|tanks|"
          + "drones|missiles|aircraft|helicopters|villages|settlements|prisoners|refugees|casualties|fighters|"
          + "mercenaries|shells|rockets|residents|hostages|POWs|prisoners of war|armou?red vehicles)\\b");
  private static final Pattern EVENT = Pattern.compile(
      "\\b(kill|wound|injur|captur|destroy|shot down|shoot down|downed|intercept|evacuat|deploy|launch|lost|lose|"
          + "die|dead|freed|liberat|return|exchang|detain|arrest|deport|abduct|fired)\\w*", Pattern.CASE_INSENSITIVE);
  private static final Pattern CUMULATIVE = Pattern.compile(
      "\\b(total|since|so far|in all|overall|altogether|per day|daily|every day|a day|each day|this year|last year|"
          + "this month|last month|this week|last week|over the past|during the|more than|over|at least|up to|"
          + "nearly|almost|about|around|some|approximately|roughly|another|further|additional|among them|including|"
          + "of whom|of them|each|per|every|average|percent|%|times)\\b", Pattern.CASE_INSENSITIVE);

  @Override
  public String name() {
    return "cross-claim";
  }

  /** Dated sentences are told apart through the time layer. */
  @Override
  public Set<LayerKey<?>> requires() {
    return Set.of(TimeExpression.LAYER);
  }

  private record Figure(Sentence sentence, int start, int end, double value, String noun, Set<String> events,
                        Set<String> keys, String text) {}

  @Override
  public List<Check> check(CheckContext c) {
    List<Figure> figures = new ArrayList<>();
    for (Sentence s : c.sentences) {
      String st = c.sentence(s);
      if (CUMULATIVE.matcher(st).find() || st.contains("?") || !c.dates(s.start(), s.end()).isEmpty()) {
        continue;
      }
      Set<String> events = new HashSet<>();
      Matcher e = EVENT.matcher(st);
      while (e.find()) {
        events.add(e.group(1).toLowerCase(Locale.ROOT).replace("shoot", "shot"));
      }
      if (events.isEmpty()) {
        continue;
      }
      Matcher m = COUNT.matcher(st);
      List<Figure> here = new ArrayList<>();
      while (m.find()) {
        double v = Double.parseDouble(m.group(1).replace(",", ""));
        if (m.group(2) != null) {
          v *= m.group(2).equals("thousand") ? 1e3 : 1e6;
        }
        here.add(new Figure(s, s.start() + m.start(), s.start() + m.end(), v, noun(m.group(3)), events,
            CompletionOrder.keywords(st), m.group()));
      }
      if (here.stream().map(Figure::noun).distinct().count() == here.size()) {
        figures.addAll(here);  // a sentence counting the same noun twice is comparing, not claiming
      }
    }
    List<Check> out = new ArrayList<>();
    Set<Figure> flagged = new HashSet<>();
    for (int j = 0; j < figures.size(); j++) {
      Figure b = figures.get(j);
      for (int i = 0; i < j; i++) {
        Figure a = figures.get(i);
        if (a.sentence().equals(b.sentence()) || !a.noun().equals(b.noun()) || a.value() == b.value()
            || flagged.contains(b)) {
          continue;
        }
        Set<String> ev = new HashSet<>(a.events());
        ev.retainAll(b.events());
        Set<String> keys = new HashSet<>(a.keys());
        keys.retainAll(b.keys());
        if (ev.isEmpty() || keys.isEmpty() || !a.keys().equals(b.keys())) {
          continue;
        }
        flagged.add(b);
        out.add(new Check(b.start(), b.end(), CheckKind.CROSS_CLAIM, Severity.WARNING,
            "'" + b.text() + "' contradicts '" + a.text() + "' earlier in the article (" + String.join(", ", ev)
                + ", " + String.join(", ", keys) + ").",
            new Evidence(List.of(), new Span(a.start(), a.end()), a.text(), null)));
      }
    }
    return out;
  }

  private static String noun(String n) {
    String l = n.toLowerCase(Locale.ROOT);
    return switch (l) {
      case "troops", "servicemen", "fighters" -> "soldiers";
      case "pows", "prisoners of war" -> "prisoners";
      case "armored vehicles" -> "armoured vehicles";
      default -> l;
    };
  }
}
