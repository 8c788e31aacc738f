package dev.scrutiny.checks;

import dev.scrutiny.article.Analysis;
import dev.scrutiny.article.Span;
import dev.scrutiny.places.Place;
import dev.scrutiny.text.Sentence;
import dev.scrutiny.text.Token;
import dev.scrutiny.time.TimeExpression;
import dev.scrutiny.time.TimeType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What every check reads about one article: text, sentences, tokens, time expressions, publication
 * date, places and facts. Dates come from the time layer only; the checks scan no dates of their own.
 * One instance per article; not thread-safe (it memoises date lookups).
 */
final class CheckContext {

  final Analysis analysis;
  final String text;
  final List<Sentence> sentences;
  final List<Token> tokens;
  final @Nullable LocalDate published;
  final ReferenceFacts facts;
  final List<TimeExpression> times;
  final boolean hasPlaces;
  final List<Place> places;
  private final Map<Long, List<DateMention>> dateCache = new HashMap<>();

  CheckContext(Analysis analysis, List<Sentence> sentences, List<Token> tokens, ReferenceFacts facts) {
    this.analysis = analysis;
    this.text = analysis.text();
    this.sentences = sentences;
    this.tokens = tokens;
    this.published = analysis.article().published() == null ? null : analysis.article().published().date();
    this.facts = facts;
    this.times = analysis.items(TimeExpression.LAYER);
    this.hasPlaces = analysis.layer(Place.LAYER).isPresent();
    this.places = analysis.items(Place.LAYER);
  }

  /** A calendar date from the time layer; {@code yearGiven} is false when the text wrote no year. */
  record DateMention(int start, int end, LocalDate date, boolean yearGiven) {}

  String text(int start, int end) {
    return text.substring(start, end);
  }

  String sentence(Sentence s) {
    return text.substring(s.start(), s.end());
  }

  /** Index of the sentence containing {@code offset}, or -1. */
  int sentenceAt(int offset) {
    int lo = 0;
    int hi = sentences.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Sentence s = sentences.get(mid);
      if (offset < s.start()) {
        hi = mid - 1;
      } else if (offset >= s.end()) {
        lo = mid + 1;
      } else {
        return mid;
      }
    }
    return -1;
  }

  /** Index of the first token that ends after {@code offset} (tokens.size() when none). */
  int tokenAt(int offset) {
    int lo = 0;
    int hi = tokens.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).end() <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The tokens inside {@code [from, to)}. */
  List<Token> tokens(int from, int to) {
    int a = tokenAt(from);
    int b = a;
    while (b < tokens.size() && tokens.get(b).end() <= to) {
      b++;
    }
    while (a < b && tokens.get(a).start() < from) {
      a++;
    }
    return tokens.subList(a, b);
  }

  /** The time expressions inside {@code [from, to)}, in document order. */
  List<TimeExpression> times(int from, int to) {
    List<TimeExpression> out = new ArrayList<>();
    for (TimeExpression t : times) {
      if (t.start() >= from && t.end() <= to) {
        out.add(t);
      }
    }
    return out;
  }

  /** Full calendar dates ({@code yyyy-mm-dd} DATE values of the time layer) in {@code [from, to)}. */
  List<DateMention> dates(int from, int to) {
    return dateCache.computeIfAbsent(((long) from << 32) | to, k -> readDates(from, to));
  }

  private List<DateMention> readDates(int from, int to) {
    List<DateMention> out = new ArrayList<>();
    for (TimeExpression t : times(from, to)) {
      if (t.type() != TimeType.DATE || !isDay(t.value())) {
        continue;
      }
      try {
        // the time layer resolves "26 May" to a year; whether the text gave one decides how far to trust it
        out.add(new DateMention(t.start(), t.end(), LocalDate.parse(t.value()), yearWritten(t)));
      } catch (DateTimeParseException e) {
        // a malformed value from the time layer: not a date to check against
      }
    }
    return List.copyOf(out);
  }

  private static boolean isDay(String v) {
    if (v.length() != 10 || v.charAt(4) != '-' || v.charAt(7) != '-') {
      return false;
    }
    for (int i = 0; i < 10; i++) {
      if (i != 4 && i != 7 && (v.charAt(i) < '0' || v.charAt(i) > '9')) {
        return false;
      }
    }
    return true;
  }

  /** Whether a four-digit year (1800–2099) is written inside the expression. */
  private boolean yearWritten(TimeExpression t) {
    for (Token k : tokens(t.start(), t.end())) {
      String n = k.norm();
      if (n.length() == 4 && k.value() != null && k.value() >= 1800 && k.value() < 2100) {
        return true;
      }
      // "2025-04-26" and "26.04.2025" carry no single value but do write the year
      if (k.kind() == dev.scrutiny.text.TokenKind.NUMBER && k.value() == null && writesYear(n)) {
        return true;
      }
    }
    return false;
  }

  private static boolean writesYear(String n) {
    for (int i = 0; i + 4 <= n.length(); i++) {
      boolean edge = (i == 0 || !Character.isDigit(n.charAt(i - 1)))
          && (i + 4 == n.length() || !Character.isDigit(n.charAt(i + 4)));
      if (edge && (n.startsWith("18", i) || n.startsWith("19", i) || n.startsWith("20", i))
          && Character.isDigit(n.charAt(i + 2)) && Character.isDigit(n.charAt(i + 3))) {
        return true;
      }
    }
    return false;
  }

  Span span(int start, int end) {
    return new Span(start, end);
  }
}
