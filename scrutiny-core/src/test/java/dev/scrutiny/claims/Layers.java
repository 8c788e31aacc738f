package dev.scrutiny.claims;

import dev.scrutiny.article.Analysis;
import dev.scrutiny.article.Article;
import dev.scrutiny.article.Layer;
import dev.scrutiny.entities.Entity;
import dev.scrutiny.entities.EntityType;
import dev.scrutiny.entities.Mention;
import dev.scrutiny.entities.MentionKind;
import dev.scrutiny.text.Sentence;
import dev.scrutiny.text.Token;
import dev.scrutiny.text.TokenAnalyzer;
import dev.scrutiny.time.Anchor;
import dev.scrutiny.time.TimeExpression;
import dev.scrutiny.time.TimeType;
import java.util.ArrayList;
import java.util.List;

/** Builds the layers the claim analyzer needs by hand, so its tests do not depend on other analyzers. */
final class Layers {

  private final String text;
  private final List<Entity> entities = new ArrayList<>();
  private final List<TimeExpression> times = new ArrayList<>();

  Layers(String text) {
    this.text = text;
  }

  /** An entity mentioned by every occurrence of each of {@code names} (longest first wins). */
  Layers entity(String id, EntityType type, String name, List<String> roles, String... names) {
    List<Mention> mentions = new ArrayList<>();
    for (String n : names) {
      int i = text.indexOf(n);
      while (i >= 0) {
        int s = i;
        int e = i + n.length();
        if (mentions.stream().noneMatch(m -> m.start() < e && s < m.end())) {
          mentions.add(new Mention(s, e, Character.isUpperCase(n.charAt(0)) ? MentionKind.NAME : MentionKind.NOMINAL));
        }
        i = text.indexOf(n, i + 1);
      }
    }
    mentions.sort(java.util.Comparator.comparingInt(Mention::start));
    entities.add(new Entity(id, type, name, name.toLowerCase(), mentions, roles));
    return this;
  }

  /** A DATE time expression at the first occurrence of {@code phrase}. */
  Layers date(String phrase, String value) {
    int i = text.indexOf(phrase);
    if (i < 0) {
      throw new IllegalArgumentException("no '" + phrase + "' in the fixture");
    }
    times.add(new TimeExpression(i, i + phrase.length(), phrase, TimeType.DATE, value, Anchor.PUBLICATION));
    times.sort(java.util.Comparator.comparingInt(TimeExpression::start));
    return this;
  }

  Analysis analysis() {
    Article article = Article.builder("fixture", text).build();
    int n = text.length();
    List<Sentence> sentences = FallbackLayers.sentences(text);
    Analysis withSentences = Analysis.of(article).with(new Layer<>(Sentence.LAYER, "test", sentences, n), 0);
    return withSentences
        .with(new Layer<>(Token.LAYER, "test", new TokenAnalyzer().analyze(withSentences), n), 0)
        .with(new Layer<>(Entity.LAYER, "test", entities, n), 0)
        .with(new Layer<>(TimeExpression.LAYER, "test", times, n), 0);
  }
}
