package dev.scrutiny.checks;

import dev.scrutiny.article.Analysis;
import dev.scrutiny.article.Article;
import dev.scrutiny.article.Layer;
import dev.scrutiny.article.Published;
import dev.scrutiny.entities.Mention;
import dev.scrutiny.entities.MentionKind;
import dev.scrutiny.places.Convention;
import dev.scrutiny.places.Place;
import dev.scrutiny.places.PlaceKind;
import dev.scrutiny.pipeline.Pipeline;
import dev.scrutiny.text.ParagraphAnalyzer;
import dev.scrutiny.text.SentenceAnalyzer;
import dev.scrutiny.text.TokenAnalyzer;
import dev.scrutiny.time.TimeAnalyzer;
import dev.scrutiny.time.TimeExpression;
import java.util.ArrayList;
import java.util.List;

/** Builds test analyses with the real text and time layers and hand-made places. */
final class Articles {

  private Articles() {}

  static Analysis analysis(String text, String published) {
    return analysis(text, published, List.of(), List.of());
  }

  private static final Pipeline TEXT_AND_TIME = Pipeline.of(List.of(new ParagraphAnalyzer(), new SentenceAnalyzer(),
      new TokenAnalyzer()));

  /**
   * The real text layers and the real time layer (the tagger's expressions, with {@code times} replacing
   * any that overlap them), plus the given places.
   */
  static Analysis analysis(String text, String published, List<TimeExpression> times, List<Place> places) {
    Article article = Article.builder("t", text).published(published == null ? null : Published.parse(published)).build();
    Analysis a = TEXT_AND_TIME.run(article);
    List<TimeExpression> merged = new ArrayList<>(times);
    for (TimeExpression t : new TimeAnalyzer().analyze(a)) {
      if (times.stream().noneMatch(x -> x.start() < t.end() && t.start() < x.end())) {
        merged.add(t);
      }
    }
    merged.sort(java.util.Comparator.comparingInt(TimeExpression::start).thenComparingInt(TimeExpression::end));
    return a.with(new Layer<>(TimeExpression.LAYER, "test", merged, text.length()), 0)
        .with(new Layer<>(Place.LAYER, "test", places, text.length()), 0);
  }

  /** A place with one mention per occurrence of {@code surface} in {@code text}. */
  static Place place(String text, String id, String surface, String country, String admin1, double lat, double lon) {
    List<Mention> mentions = new ArrayList<>();
    for (int i = text.indexOf(surface); i >= 0; i = text.indexOf(surface, i + 1)) {
      mentions.add(new Mention(i, i + surface.length(), MentionKind.NAME));
    }
    return new Place(id, surface, surface, mentions, country, admin1, lat, lon, PlaceKind.CITY, Convention.NEUTRAL,
        -1, null);
  }

  static List<Check> checks(Analysis a) {
    return new CheckAnalyzer().analyze(a);
  }

  static String covered(Analysis a, Check c) {
    return a.text().substring(c.start(), c.end());
  }

  /** The context the checks read for {@code a}, with {@code facts}. */
  static CheckContext context(Analysis a, ReferenceFacts facts) {
    return new CheckContext(a, a.items(dev.scrutiny.text.Sentence.LAYER), a.items(dev.scrutiny.text.Token.LAYER),
        facts);
  }

  /** A check run on one sentence at a time. */
  interface SentenceCheck {
    void check(CheckContext c, dev.scrutiny.text.Sentence s, List<Check> out);
  }

  /** What {@code check} finds over every sentence of {@code c}. */
  static List<Check> eachSentence(CheckContext c, SentenceCheck check) {
    List<Check> out = new ArrayList<>();
    for (dev.scrutiny.text.Sentence s : c.sentences) {
      check.check(c, s, out);
    }
    return out;
  }
}
