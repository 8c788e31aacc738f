package dev.scrutiny.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scrutiny.article.Analysis;
import dev.scrutiny.article.Article;
import dev.scrutiny.article.LayerKey;
import dev.scrutiny.text.BoundedSentences;
import dev.scrutiny.text.Paragraph;
import dev.scrutiny.text.ParagraphAnalyzer;
import dev.scrutiny.text.Sentence;
import dev.scrutiny.text.SentenceAnalyzer;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BudgetTest {

  /** A stand-in for a step that takes long: it sleeps, then finds one sentence. */
  private static final class Slow implements Analyzer<Sentence> {
    private final LayerKey<Sentence> key = LayerKey.of("slow", Sentence.class, LayerKey.Order.SORTED_DISJOINT);

    @Override
    public LayerKey<Sentence> produces() {
      return key;
    }

    @Override
    public Set<LayerKey<?>> requires() {
      return Set.of();
    }

    @Override
    public List<Sentence> analyze(Analysis in) {
      try {
        Thread.sleep(300);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return List.of();
    }
  }

  @Test
  void an_article_over_budget_stops_before_the_next_analyzer_naming_it() {
    Pipeline p = Pipeline.of(List.of(new Slow(), new ParagraphAnalyzer()));
    Article a = Article.builder("a", "Some text.").build();
    assertThatThrownBy(() -> p.run(Analysis.of(a), Budget.of(Duration.ofMillis(50))))
        .isInstanceOf(OverBudgetException.class)
        .hasMessageContaining("over the time budget of 50 ms").hasMessageContaining("paragraphs/1");
    assertThat(p.run(Analysis.of(a), Budget.of(Duration.ofSeconds(30))).layer(Paragraph.LAYER)).isPresent();
  }

  @Test
  void an_interrupted_analysis_stops() {
    Pipeline p = Pipeline.of(List.of(new ParagraphAnalyzer()));
    Thread.currentThread().interrupt();
    try {
      assertThatThrownBy(() -> p.run(Analysis.of(Article.builder("a", "Text.").build()), Budget.unlimited()))
          .isInstanceOf(OverBudgetException.class).hasMessageContaining("cancelled");
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void a_budget_must_be_positive() {
    assertThatThrownBy(() -> Budget.of(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void a_giant_sentence_is_cut_into_bounded_pieces_at_spaces() {
    StringBuilder b = new StringBuilder("The officials said that ");
    for (int i = 0; i < 20_000; i++) {
      b.append("word").append(i % 97).append(' ');
    }
    b.append("end.");
    String text = b.toString();
    Analysis in = new ParagraphAnalyzer().analyze(Analysis.of(Article.builder("a", text).build())).isEmpty()
        ? null : Pipeline.of(List.of(new ParagraphAnalyzer())).run(Article.builder("a", text).build());
    List<Sentence> raw = new SentenceAnalyzer().analyze(in);
    assertThat(raw).anySatisfy(s -> assertThat(s.end() - s.start()).isGreaterThan(2_000));
    List<Sentence> cut = new BoundedSentences(new SentenceAnalyzer()).analyze(in);
    assertThat(cut).allSatisfy(s -> {
      assertThat(s.end() - s.start()).isBetween(1, BoundedSentences.DEFAULT_MAX_CHARS);
      assertThat(text.charAt(s.start())).isNotEqualTo(' ');
      assertThat(text.charAt(s.end() - 1)).isNotEqualTo(' ');
    });
    for (int i = 1; i < cut.size(); i++) {
      assertThat(cut.get(i).start()).isGreaterThanOrEqualTo(cut.get(i - 1).end());
      assertThat(text.substring(cut.get(i - 1).end(), cut.get(i).start())).isBlank();
    }
    assertThat(cut.getFirst().start()).isEqualTo(raw.getFirst().start());
    assertThat(cut.getLast().end()).isEqualTo(raw.getLast().end());
    String ordinary = "Short one. Another short one.";
    Analysis o = Pipeline.of(List.of(new ParagraphAnalyzer())).run(Article.builder("b", ordinary).build());
    assertThat(new BoundedSentences(new SentenceAnalyzer()).analyze(o)).isEqualTo(new SentenceAnalyzer().analyze(o));
  }
}
