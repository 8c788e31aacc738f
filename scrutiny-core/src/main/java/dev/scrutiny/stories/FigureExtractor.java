package dev.scrutiny.stories;

import dev.scrutiny.article.Analysis;
import dev.scrutiny.claims.Claim;
import dev.scrutiny.entities.Entity;
import dev.scrutiny.entities.EntityType;
import dev.scrutiny.entities.Mention;
import dev.scrutiny.entities.MentionKind;
import dev.scrutiny.lang.en.English;
import dev.scrutiny.text.Sentence;
import dev.scrutiny.time.TimeExpression;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Finds the figures an article gives for countable things (people killed, drones downed, tonnes shipped):
 * a number, the noun it counts within three words, and the nearest event verb in the same clause. A
 * figure without an event verb is left out, since "28 drones" alone does not say which quantity it is.
 * Numbers inside time expressions (dates, years) are skipped. Stateless.
 */
final class FigureExtractor {

  /** Plural round numbers read as a modest multiple; other number words come from the English tables. */
  private static final Map<String, Integer> PLURAL_NUMBER_WORDS = Map.of("dozens", 24, "hundreds", 200);
  private static final String WORD_NUMBER = "(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
      + "(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|"
      + "eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|dozens|hundreds";
  private static final Pattern NUMBER = Pattern.compile(
      "(?i)(?:\\b(at least|more than|over|about|around|nearly|almost|up to|some|roughly|approximately|fewer than|"
          + "no more than|as many as)\\s+)?\\b(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|" + WORD_NUMBER
          + ")\\b(?:\\s+(thousand|million))?");
  private static final Map<String, String> UNITS = Map.ofEntries(
      Map.entry("people", "people"), Map.entry("person", "people"), Map.entry("civilians", "people"),
      Map.entry("civilian", "people"), Map.entry("residents", "people"), Map.entry("children", "people"),
      Map.entry("child", "people"), Map.entry("soldiers", "soldiers"), Map.entry("servicemen", "soldiers"),
      Map.entry("troops", "soldiers"), Map.entry("fighters", "soldiers"), Map.entry("militants", "soldiers"),
      Map.entry("drones", "drones"), Map.entry("drone", "drones"), Map.entry("uavs", "drones"),
      Map.entry("missiles", "missiles"), Map.entry("missile", "missiles"), Map.entry("rockets", "missiles"),
      Map.entry("tonnes", "tonnes"), Map.entry("tons", "tonnes"), Map.entry("tanks", "vehicles"),
      Map.entry("vehicles", "vehicles"), Map.entry("buildings", "buildings"), Map.entry("houses", "buildings"),
      Map.entry("homes", "buildings"), Map.entry("ships", "ships"), Map.entry("vessels", "ships"),
      Map.entry("km", "km"), Map.entry("kilometres", "km"), Map.entry("kilometers", "km"),
      Map.entry("villages", "settlements"), Map.entry("settlements", "settlements"),
      Map.entry("prisoners", "prisoners"), Map.entry("pows", "prisoners"), Map.entry("captives", "prisoners"));
  private static final Pattern EVENT = Pattern.compile(
      "(?i)\\b(?<killed>killed|killing|dead|died|deaths|death toll|lost their lives|perished)\\b"
          + "|\\b(?<injured>injured|injuring|wounded|wounding|hurt|injuries)\\b"
          + "|\\b(?<downed>shot down|intercepted|downed|neutralised|neutralized|brought down)\\b"
          + "|\\b(?<destroyed>destroyed)\\b"
          + "|\\b(?<released>released|freed|returned|exchanged|handed over|swapped)\\b"
          + "|\\b(?<launched>launched|fired|attacked with|sent)\\b"
          + "|\\b(?<evacuated>evacuated)\\b|\\b(?<detained>detained|arrested)\\b"
          + "|\\b(?<damaged>damaged)\\b|\\b(?<advanced>advanced|pushed)\\b"
          + "|\\b(?<shipped>shipped|exported|loaded|carrying|carried)\\b|\\b(?<captured>captured|taken prisoner)\\b");
  private static final String[] EVENTS = {"killed", "injured", "downed", "destroyed", "released", "launched",
      "evacuated", "detained", "damaged", "advanced", "shipped", "captured"};
  private static final Pattern PREVIOUS_VALUE = Pattern.compile("(?i)\\b(up|down|rising|falling)? ?from\\s*$");
  private static final Pattern TIGHT_BREAK = Pattern.compile("\\d|,|\\band\\b|\\bor\\b");
  private static final Pattern INCREMENT = Pattern.compile("(?i)\\G\\s+(more|other|additional|further|extra)\\b");
  private static final Pattern TOLL = Pattern.compile("(?i)\\bdeath toll\\b|\\btoll\\b");
  private static final Pattern TOTAL = Pattern.compile(
      "(?i)\\b(since (the )?(start|beginning|february|january|march|april|may|june|july|august|september|october|"
          + "november|december|\\d{4})|so far this|this year|this month|in total|overall|to date|since the war)");
  private static final Pattern NEXT_WORD = Pattern.compile("\\G[\\s-]+(\\p{L}+)");
  private static final Pattern CLAUSE_BREAK = Pattern.compile("[;:]|,\\s+(?:while|but|and|whereas)\\b|\\bwhile\\b|\\bbut\\b");

  private FigureExtractor() {}

  static List<Figure> figures(Analysis analysis) {
    String text = analysis.text();
    List<TimeExpression> times = analysis.items(TimeExpression.LAYER);
    List<Claim> claims = analysis.items(Claim.LAYER);
    List<Figure> out = new ArrayList<>();
    for (Sentence s : analysis.items(Sentence.LAYER)) {
      String sentence = text.substring(s.start(), s.end());
      String previousUnit = null;
      Figure partOf = null;
      Matcher m = NUMBER.matcher(sentence);
      while (m.find()) {
        int ns = s.start() + m.start(2);
        if (insideTime(times, ns) || isYear(m.group(2))
            || PREVIOUS_VALUE.matcher(sentence.substring(Math.max(0, m.start() - 12), m.start())).find()) {
          continue;
        }
        if (INCREMENT.matcher(sentence).region(m.end(), sentence.length()).lookingAt()) {
          continue; // "two more bodies": an increment, not the figure
        }
        Unit u = unit(sentence, m.end());
        String unit = u == null ? previousUnit : u.name;
        String event = null;
        if (unit == null && TOLL.matcher(clause(sentence, m.start())).find()) {
          unit = "people";
          event = "killed";
        }
        if (unit == null) {
          continue;
        }
        previousUnit = unit;
        int end = u == null ? m.end() : u.end;
        if (event == null) {
          event = event(sentence, m.start(), end);
        }
        if (event == null) {
          continue;
        }
        double value = value(m.group(2), m.group(3));
        boolean total = TOTAL.matcher(clause(sentence, m.start())).find();
        Figure f = new Figure(s.start() + m.start(), s.start() + end, s.start(), s.end(), value, bound(m.group(1)),
            unit, event, total, speaker(claims, analysis, s, ns));
        if (partOf != null && partOf.quantity().equals(f.quantity())) {
          out.remove(partOf); // "26 of the 28 drones launched": the part's own verb was not found; drop it
        }
        partOf = u != null && u.partOf() ? f : null;
        out.add(f);
      }
    }
    return out;
  }

  /** A counted noun; {@code partOf} for "26 of the 28 drones", whose noun belongs to the second number. */
  private record Unit(String name, int end, boolean partOf) {}

  /**
   * The counted noun within three words after the number ("28 Shahed drones"); "26 of the 28 drones"
   * takes the noun of the number after "of". Null at a stop word or an event verb ("five were injured").
   */
  private static @Nullable Unit unit(String sentence, int from) {
    Matcher w = NEXT_WORD.matcher(sentence);
    int pos = from;
    for (int i = 0; i < 3 && w.find(pos); i++) {
      String word = w.group(1).toLowerCase(Locale.ROOT);
      String u = UNITS.get(word);
      if (u != null) {
        return new Unit(u, w.end(), false);
      }
      if (i == 0 && word.equals("of")) {
        Matcher next = NUMBER.matcher(sentence);
        if (next.find(w.end()) && next.start() - w.end() <= 5) {
          Unit after = unit(sentence, next.end());
          return after == null ? null : new Unit(after.name(), from, true);
        }
        return null;
      }
      if (Words.isStop(word) || EVENT.matcher(word).matches()) {
        return null;
      }
      pos = w.end();
    }
    return null;
  }

  /**
   * The event verb of a figure: one right after it ("five were injured", "28 drones that Russia launched":
   * at most three words, no other number between), else the nearest before it in its clause, else the
   * nearest after it. Null when the clause has none.
   */
  private static @Nullable String event(String sentence, int numberStart, int numberEnd) {
    int[] bounds = clauseBounds(sentence, numberStart);
    Matcher m = EVENT.matcher(sentence);
    m.region(bounds[0], bounds[1]);
    String before = null;
    int beforeEnd = -1;
    String after = null;
    int afterStart = -1;
    while (m.find()) {
      if (m.end() <= numberStart) {
        before = eventName(m);
        beforeEnd = m.end();
      } else if (m.start() >= numberEnd && after == null) {
        after = eventName(m);
        afterStart = m.start();
      }
    }
    if (before != null && sentence.substring(beforeEnd, numberStart).isBlank()) {
      return before; // "killing two people"
    }
    if (after != null) {
      String gap = sentence.substring(numberEnd, afterStart);
      if (gap.length() <= 25 && gap.strip().split("\\s+").length <= 3 && !TIGHT_BREAK.matcher(gap).find()) {
        return after; // "five were injured", "28 drones that Russia launched"
      }
    }
    return before != null ? before : after;
  }

  private static String eventName(Matcher m) {
    for (String e : EVENTS) {
      if (m.group(e) != null) {
        return e;
      }
    }
    throw new IllegalStateException("event pattern matched no group: " + m.group());
  }

  private static String clause(String sentence, int at) {
    int[] b = clauseBounds(sentence, at);
    return sentence.substring(b[0], b[1]);
  }

  private static int[] clauseBounds(String sentence, int at) {
    int start = 0;
    int end = sentence.length();
    Matcher m = CLAUSE_BREAK.matcher(sentence);
    while (m.find()) {
      if (m.end() <= at) {
        start = m.end();
      } else if (m.start() > at) {
        end = m.start();
        break;
      }
    }
    return new int[] {start, end};
  }

  private static boolean insideTime(List<TimeExpression> times, int offset) {
    for (TimeExpression t : times) {
      if (t.start() <= offset && offset < t.end()) {
        return true;
      }
    }
    return false;
  }

  private static boolean isYear(String n) {
    return n.length() == 4 && (n.startsWith("19") || n.startsWith("20"));
  }

  static double value(String number, @Nullable String scale) {
    String n = number.toLowerCase(Locale.ROOT);
    double v;
    int word = English.cardinal(n);
    if (word >= 0) {
      v = word;
    } else if (PLURAL_NUMBER_WORDS.containsKey(n)) {
      v = PLURAL_NUMBER_WORDS.get(n);
    } else {
      v = Double.parseDouble(n.replace(",", ""));
    }
    if (scale != null) {
      v *= scale.equalsIgnoreCase("thousand") ? 1_000 : 1_000_000;
    }
    return v;
  }

  private static Figure.Bound bound(@Nullable String qualifier) {
    if (qualifier == null) {
      return Figure.Bound.EXACT;
    }
    return switch (qualifier.toLowerCase(Locale.ROOT)) {
      case "at least", "more than", "over" -> Figure.Bound.AT_LEAST;
      case "up to", "fewer than", "no more than", "as many as" -> Figure.Bound.AT_MOST;
      default -> Figure.Bound.ABOUT;
    };
  }

  private static final Pattern REPORTED = Pattern.compile("\\b(said|says|told|according to|reported|wrote)\\b");

  /**
   * Who the figure is attributed to: the claim covering it, else a named person or organisation in a
   * sentence that reports speech ("…, said regional governor Oleh Kiper"), else null (the outlet's own).
   */
  private static @Nullable String speaker(List<Claim> claims, Analysis analysis, Sentence s, int offset) {
    String fromClaim = speakerAt(claims, analysis, offset);
    if (fromClaim != null || !REPORTED.matcher(analysis.text().substring(s.start(), s.end())).find()) {
      return fromClaim;
    }
    for (Entity e : analysis.items(Entity.LAYER)) {
      if (e.type() != EntityType.PERSON && e.type() != EntityType.ORGANIZATION) {
        continue;
      }
      for (Mention m : e.mentions()) {
        if (m.kind() == MentionKind.NAME && m.start() >= s.start() && m.end() <= s.end()) {
          return e.key();
        }
      }
    }
    return null;
  }

  /** The key of the speaker whose claim covers {@code offset}, or null for the outlet's own voice. */
  static @Nullable String speakerAt(List<Claim> claims, Analysis analysis, int offset) {
    for (Claim c : claims) {
      if (c.attributed() && c.content().start() <= offset && offset < c.content().end()) {
        return Speakers.key(c, analysis);
      }
    }
    return null;
  }
}
