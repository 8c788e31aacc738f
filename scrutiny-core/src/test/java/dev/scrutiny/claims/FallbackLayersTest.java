package dev.scrutiny.claims;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scrutiny.article.Analysis;
import dev.scrutiny.article.Article;
import dev.scrutiny.article.Layer;
import dev.scrutiny.entities.Entity;
import dev.scrutiny.entities.EntityType;
import dev.scrutiny.text.Sentence;
import dev.scrutiny.time.TimeExpression;
import java.util.List;
import org.junit.jupiter.api.Test;

class FallbackLayersTest {

  @Test
  void sentences_split_at_end_punctuation_but_not_after_abbreviations() {
    String text = "Gen. Valery Gerasimov met Mr. Shoigu in the U.S. embassy. “It failed,” he said. Talks resume.";
    List<String> s = FallbackLayers.sentences(text).stream().map(x -> text.substring(x.start(), x.end())).toList();
    assertThat(s).containsExactly("Gen. Valery Gerasimov met Mr. Shoigu in the U.S. embassy.", "“It failed,” he said.",
        "Talks resume.");
  }

  @Test
  void people_are_grouped_by_surname_and_organisations_recognised() {
    String text = "Valery Gerasimov spoke. The General Staff agreed. Later Gerasimov left.";
    List<Entity> e = FallbackLayers.entities(text);
    Entity gerasimov = e.stream().filter(x -> x.name().equals("Valery Gerasimov")).findFirst().orElseThrow();
    assertThat(gerasimov.type()).isEqualTo(EntityType.PERSON);
    assertThat(gerasimov.mentions()).hasSize(2);
    assertThat(e).anySatisfy(x -> {
      assertThat(x.name()).isEqualTo("General Staff");
      assertThat(x.type()).isEqualTo(EntityType.ORGANIZATION);
    });
  }

  @Test
  void complete_adds_only_missing_layers() {
    String text = "One sentence. Another one.";
    Analysis a = Analysis.of(Article.builder("a", text).build())
        .with(new Layer<>(Sentence.LAYER, "real", List.of(new Sentence(0, text.length())), text.length()), 0);
    Analysis done = FallbackLayers.complete(a);
    assertThat(done.require(Sentence.LAYER).producer()).isEqualTo("real");
    assertThat(done.require(Entity.LAYER).producer()).isEqualTo(FallbackLayers.PRODUCER);
    assertThat(done.require(TimeExpression.LAYER).isEmpty()).isTrue();
  }
}
