package dev.scrutiny.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scrutiny.article.Analysis;
import dev.scrutiny.article.Article;
import dev.scrutiny.article.LayerKey;
import dev.scrutiny.article.Spanned;
import dev.scrutiny.text.Paragraph;
import dev.scrutiny.text.ParagraphAnalyzer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PipelineTest {

  record Shout(int start, int end) implements Spanned {
    static final LayerKey<Shout> LAYER = LayerKey.of("shouts", Shout.class, LayerKey.Order.SORTED);
  }

  /** Marks every paragraph written in capitals. */
  static final class ShoutAnalyzer implements Analyzer<Shout> {
    public LayerKey<Shout> produces() { return Shout.LAYER; }
    public Set<LayerKey<?>> requires() { return Set.of(Paragraph.LAYER); }
    public List<Shout> analyze(Analysis in) {
      List<Shout> out = new ArrayList<>();
      for (Paragraph p : in.items(Paragraph.LAYER)) {
        String t = in.article().text(p);
        if (t.equals(t.toUpperCase()) && !t.equals(t.toLowerCase())) {
          out.add(new Shout(p.start(), p.end()));
        }
      }
      return out;
    }
  }

  static final class Broken implements Analyzer<Shout> {
    public LayerKey<Shout> produces() { return Shout.LAYER; }
    public Set<LayerKey<?>> requires() { return Set.of(); }
    public List<Shout> analyze(Analysis in) { throw new IllegalStateException("model exploded"); }
  }

  @Test
  void runs_analyzers_in_order_and_times_each() {
    Pipeline p = Pipeline.of(List.of(new ParagraphAnalyzer(), new ShoutAnalyzer()));
    Analysis a = p.run(Article.builder("x", "Calm words.\n\nBREAKING NEWS!\n\nmore calm").build());
    assertThat(a.items(Shout.LAYER)).singleElement().satisfies(s -> assertThat(a.article().text(s)).isEqualTo("BREAKING NEWS!"));
    assertThat(a.timingsNanos()).containsOnlyKeys("paragraphs/1", "ShoutAnalyzer/1");
    assertThat(p.produces()).containsExactly(Paragraph.LAYER, Shout.LAYER);
  }

  @Test
  void rejects_an_analyzer_whose_requirement_comes_later() {
    assertThatThrownBy(() -> Pipeline.of(List.of(new ShoutAnalyzer(), new ParagraphAnalyzer())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ShoutAnalyzer/1 requires layer 'paragraphs'");
  }

  @Test
  void rejects_two_producers_of_one_layer() {
    assertThatThrownBy(() -> Pipeline.of(List.of(new ParagraphAnalyzer(), new ShoutAnalyzer(), new Broken())))
        .hasMessageContaining("'shouts' is produced twice");
  }

  @Test
  void a_failing_analyzer_becomes_a_diagnostic_and_the_rest_goes_on() {
    Pipeline p = Pipeline.of(List.of(new Broken(), new ParagraphAnalyzer()));
    Analysis a = p.run(Article.builder("x", "One.\n\nTwo.").build());
    assertThat(a.layer(Shout.LAYER)).isEmpty();
    assertThat(a.items(Paragraph.LAYER)).hasSize(2);
    assertThat(a.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.stage()).isEqualTo("Broken/1");
      assertThat(d.message()).contains("model exploded").contains("'shouts' left out");
    });
  }

  @Test
  void paragraphs_split_at_blank_lines_and_are_trimmed() {
    String text = "  First line\nstill first.\n \t\nSecond.\r\n\r\n\r\nThird  \n";
    List<Paragraph> ps = ParagraphAnalyzer.split(text);
    assertThat(ps).extracting(p -> text.substring(p.start(), p.end()))
        .containsExactly("First line\nstill first.", "Second.", "Third");
    assertThat(ParagraphAnalyzer.split(" \n\n ")).isEmpty();
  }

  static final class EnglishOnly implements Analyzer<Shout> {
    public LayerKey<Shout> produces() { return Shout.LAYER; }
    public Set<LayerKey<?>> requires() { return Set.of(); }
    public Set<String> languages() { return Set.of("en"); }
    public List<Shout> analyze(Analysis in) { return List.of(new Shout(0, 1)); }
  }

  @Test
  void a_language_specific_analyzer_is_skipped_for_other_languages_with_a_diagnostic() {
    Pipeline p = Pipeline.of(List.of(new EnglishOnly()));
    Analysis ru = p.run(Article.builder("r", "Войска отошли.").language("ru").build());
    assertThat(ru.layer(Shout.LAYER)).isEmpty();
    assertThat(ru.diagnostics()).singleElement().satisfies(d -> assertThat(d.message()).contains("covers en").contains("'ru'"));
    assertThat(p.run(Article.builder("e", "Troops withdrew.").language("en").build()).items(Shout.LAYER)).hasSize(1);
    assertThat(p.run(Article.builder("u", "Troops withdrew.").build()).items(Shout.LAYER)).as("unknown language: run").hasSize(1);
  }

  /** An English-only producer of {@code key}. */
  record EnglishMarks(LayerKey<Shout> produces) implements Analyzer<Shout> {
    public Set<LayerKey<?>> requires() { return Set.of(); }
    public Set<String> languages() { return Set.of("en"); }
    public String name() { return produces.name() + "/1"; }
    public List<Shout> analyze(Analysis in) { return List.of(); }
  }

  @Test
  void a_skip_for_missing_layers_names_the_first_by_name_on_every_run() {
    List<LayerKey<Shout>> keys = List.of("delta", "alpha", "charlie", "bravo").stream()
        .map(n -> LayerKey.of(n, Shout.class, LayerKey.Order.SORTED)).toList();
    record Needy(Set<LayerKey<?>> requires) implements Analyzer<Shout> {
      public LayerKey<Shout> produces() { return Shout.LAYER; }
      public List<Shout> analyze(Analysis in) { return List.of(); }
    }
    List<Analyzer<?>> analyzers = new ArrayList<>(keys.stream().map(EnglishMarks::new).toList());
    analyzers.add(new Needy(Set.copyOf(keys)));
    Analysis ru = Pipeline.of(analyzers).run(Article.builder("r", "Войска отошли.").language("ru").build());
    assertThat(ru.diagnostics()).filteredOn(d -> d.message().contains("required layer"))
        .singleElement().satisfies(d -> assertThat(d.message()).isEqualTo("skipped: required layer 'alpha' is absent"));
  }
}
