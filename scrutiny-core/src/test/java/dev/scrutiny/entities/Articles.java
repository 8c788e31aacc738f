package dev.scrutiny.entities;

import dev.scrutiny.article.Analysis;
import dev.scrutiny.article.Article;
import dev.scrutiny.article.Layer;
import dev.scrutiny.text.Segmenter;
import dev.scrutiny.text.Sentence;
import dev.scrutiny.text.Token;
import java.util.List;

/** Test support: an analysis with the shared token and sentence layers, then the entity analyzer run on it. */
final class Articles {

  private Articles() {}

  static Analysis segmented(String text) {
    Segmenter.Segmentation seg = Segmenter.segment(text);
    return Analysis.of(Article.builder("t", text).build())
        .with(new Layer<>(Token.LAYER, "test", seg.tokens(), text.length()), 0)
        .with(new Layer<>(Sentence.LAYER, "test", seg.sentences(), text.length()), 0);
  }

  static List<Entity> entities(String text) {
    return new EntityAnalyzer().analyze(segmented(text));
  }

  static String show(String text, List<Entity> entities) {
    StringBuilder b = new StringBuilder();
    for (Entity e : entities) {
      b.append(e.id()).append(' ').append(e.type()).append(' ').append(e.name()).append(" [").append(e.key())
          .append("] roles=").append(e.roles()).append('\n');
      for (Mention m : e.mentions()) {
        b.append("   ").append(m.kind()).append(' ').append(m.start()).append('-').append(m.end()).append(" '")
            .append(text, m.start(), m.end()).append("'\n");
      }
    }
    return b.toString();
  }
}
