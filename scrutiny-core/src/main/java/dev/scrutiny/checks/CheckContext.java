package dev.scrutiny.checks;

import dev.scrutiny.article.Analysis;
import dev.scrutiny.article.Span;
import dev.scrutiny.places.Place;
import dev.scrutiny.text.Sentence;
import dev.scrutiny.time.TimeExpression;
import dev.scrutiny.time.TimeType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What every check reads about one article: text, sentences, publication date, layers, facts. */
final class CheckContext {

  final Analysis analysis;
  final String text;
  final List<Sentence> sentences;
  final @Nullable LocalDate published;
  final ReferenceFacts facts;
  final boolean hasTimes;
  final List<TimeExpression> times;
  final boolean hasPlaces;
  final List<Place> places;

  CheckContext(Analysis analysis, List<Sentence> sentences, ReferenceFacts facts) {
    this.analysis = analysis;
    this.text = analysis.text();
    this.sentences = sentences;
    this.published = analysis.article().published() == null ? null : analysis.article().published().date();
    this.facts = facts;
    this.hasTimes = analysis.layer(TimeExpression.LAYER).isPresent();
    this.times = analysis.items(TimeExpression.LAYER);
    this.hasPlaces = analysis.layer(Place.LAYER).isPresent();
    this.places = analysis.items(Place.LAYER);
  }

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

  /**
   * Full dates in {@code [from, to)}: the time layer's DATE values (yyyy-mm-dd) where present, else the
   * checks' own date scanner resolved against the publication date.
   */
  List<Texts.DateMention> dates(int from, int to) {
    return dateCache.computeIfAbsent(((long) from << 32) | to, k -> scanDates(from, to));
  }

  private final java.util.Map<Long, List<Texts.DateMention>> dateCache = new java.util.HashMap<>();

  private List<Texts.DateMention> scanDates(int from, int to) {
    List<Texts.DateMention> out = new ArrayList<>();
    for (TimeExpression t : times) {
      if (t.start() >= from && t.end() <= to && t.type() == TimeType.DATE && t.value().matches("\\d{4}-\\d{2}-\\d{2}")) {
        try {
          // the time layer resolves "26 May" to a year; whether the text gave one decides how far to trust it
          boolean yearWritten = t.text().matches("(?s).*\\b(1[89]|20)\\d\\d\\b.*");
          out.add(new Texts.DateMention(t.start(), t.end(), LocalDate.parse(t.value()), yearWritten));
        } catch (DateTimeParseException e) {
          // malformed value from the time layer: ignore it
        }
      }
    }
    for (Texts.DateMention d : Texts.dates(text, from, to, published)) {
      if (out.stream().noneMatch(o -> o.start() < d.end() && d.start() < o.end())) {
        out.add(d);
      }
    }
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return List.copyOf(out);
  }

  Span span(int start, int end) {
    return new Span(start, end);
  }
}
