package dev.scrutiny.persuasion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scrutiny.article.Article;
import dev.scrutiny.pipeline.Pipeline;
import dev.scrutiny.text.ParagraphAnalyzer;
import dev.scrutiny.text.SentenceAnalyzer;
import dev.scrutiny.text.Token;
import dev.scrutiny.text.TokenAnalyzer;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SpanWordsTest {

  private static final String OP_ED = "The so-called government in the capital is nothing but a corrupt puppet regime "
      + "run by thugs and traitors. These shameless warmongers are destroying our nation, and every patriot knows it! "
      + "Their disgraceful lies will never fool real Americans.";

  /** A paragraph whose loaded language the model finds in words of no lexicon. */
  private static final String SPECTACLE = "What a heartbreaking spectacle! The once proud army has become a gang of "
      + "looters, and its officers are nothing but clowns in uniform. History will judge them harshly.";

  private static SpanWords table(double threshold, String... wordInsideAll) {
    Map<Technique, Map<String, int[]>> counts = new EnumMap<>(Technique.class);
    for (Technique t : SpanWords.TECHNIQUES) {
      Map<String, int[]> m = new java.util.HashMap<>();
      for (int i = 0; i < wordInsideAll.length; i += 3) {
        m.put(wordInsideAll[i], new int[] {Integer.parseInt(wordInsideAll[i + 1]),
            Integer.parseInt(wordInsideAll[i + 2])});
      }
      counts.put(t, m);
    }
    return SpanWords.of(counts, threshold);
  }

  private static List<Token> words(String text) {
    return List.of(Token.of(text, 0, text.length(), dev.scrutiny.text.TokenKind.WORD));
  }

  @Test
  void the_rate_is_smoothed_and_a_highlight_needs_one_word_at_the_threshold() {
    SpanWords t = table(0.2, "regime", "6", "10", "country", "1", "40");

    assertThat(t.rate(Technique.LOADED_LANGUAGE, "regime")).isEqualTo(0.5);
    assertThat(t.rate(Technique.LOADED_LANGUAGE, "country")).isEqualTo(1 / 42.0);
    assertThat(t.rate(Technique.LOADED_LANGUAGE, "unseen")).isZero();
    assertThat(t.believable(Technique.LOADED_LANGUAGE, words("Regime"))).isTrue();
    assertThat(t.believable(Technique.LOADED_LANGUAGE, words("country"))).isFalse();
    assertThat(t.withThreshold(0.01).believable(Technique.LOADED_LANGUAGE, words("country"))).isTrue();
    assertThat(t.believable(Technique.DOUBT, words("country"))).as("a technique the table does not judge").isTrue();
  }

  @Test
  void a_written_table_reads_back_the_same_and_a_bad_line_is_named() throws IOException {
    SpanWords t = table(0.05, "regime", "6", "10", "thugs", "3", "3");
    StringWriter out = new StringWriter();
    t.write(out, List.of("a note"));

    SpanWords back = SpanWords.read(new StringReader(out.toString()));

    assertThat(out.toString()).startsWith("# a note\n# threshold 0.05\n");
    assertThat(back.threshold()).isEqualTo(0.05);
    assertThat(back.rate(Technique.NAME_CALLING_LABELING, "thugs")).isEqualTo(0.6);
    assertThatThrownBy(() -> SpanWords.read(new StringReader("# threshold 0.1\nLoaded_Language\tregime\tsix\t10\n")))
        .isInstanceOf(IOException.class).hasMessageContaining("line 2");
  }

  @Test
  void the_shipped_english_table_judges_word_level_techniques_and_other_languages_keep_every_highlight() {
    SpanWords en = SpanWords.forLanguage("en");
    assertThat(en.threshold()).isGreaterThan(0);
    assertThat(en.covers(Technique.LOADED_LANGUAGE)).isTrue();
    assertThat(en.rate(Technique.LOADED_LANGUAGE, "the")).isLessThan(en.threshold());
    assertThat(SpanWords.forLanguage("ru").believable(Technique.LOADED_LANGUAGE, words("anything"))).isTrue();
  }

  @Test
  void in_precision_mode_a_model_chosen_highlight_is_shown_only_over_a_believable_word() {
    PersuasionModels models = PersuasionModels.forLanguage("en");
    Article a = Article.builder("t", OP_ED + "\n\n" + SPECTACLE).language("en").build();
    List<TechniqueMatch> none = run(new PersuasionAnalyzer(models, PersuasionAnalyzer.Mode.PRECISION,
        table(0.5)), a);
    List<TechniqueMatch> all = run(new PersuasionAnalyzer(models, PersuasionAnalyzer.Mode.PRECISION,
        table(0)), a);
    List<TechniqueMatch> recall = run(new PersuasionAnalyzer(models, PersuasionAnalyzer.Mode.RECALL,
        table(0.5)), a);

    assertThat(all).anyMatch(m -> modelChosen(m));
    assertThat(none).as("only the techniques' own cue phrases are left").noneMatch(SpanWordsTest::modelChosen);
    assertThat(none).allMatch(m -> all.contains(m));
    assertThat(recall).as("the recall rule keeps the model's own spans")
        .anyMatch(m -> SpanWords.TECHNIQUES.contains(m.technique()));
  }

  @Test
  void a_highlight_whose_words_fall_below_the_threshold_moves_to_another_candidate_or_goes() {
    PersuasionModels models = PersuasionModels.forLanguage("en");
    Article a = Article.builder("t", SPECTACLE).language("en").build();
    List<TechniqueMatch> all = run(new PersuasionAnalyzer(models, PersuasionAnalyzer.Mode.PRECISION, table(0)), a);
    TechniqueMatch first = all.stream().filter(SpanWordsTest::modelChosen).findFirst().orElseThrow();
    // every word believable except those of the first choice: the highlight moves, or goes when none is left
    String[] others = SPECTACLE.toLowerCase(java.util.Locale.ROOT).split("[^a-z-]+");
    java.util.List<String> counts = new java.util.ArrayList<>();
    String shown = first.text().toLowerCase(java.util.Locale.ROOT);
    for (String w : others) {
      if (!w.isEmpty() && !shown.contains(w)) {
        counts.addAll(List.of(w, "5", "5"));
      }
    }
    List<TechniqueMatch> moved = run(new PersuasionAnalyzer(models, PersuasionAnalyzer.Mode.PRECISION,
        table(0.5, counts.toArray(String[]::new))), a);

    assertThat(moved).noneMatch(m -> m.technique() == first.technique() && m.start() == first.start()
        && m.end() == first.end());
    assertThat(moved).filteredOn(m -> m.technique() == first.technique())
        .allMatch(m -> !shown.contains(m.text().toLowerCase(java.util.Locale.ROOT)));
  }

  @Test
  void a_word_level_highlight_leads_its_evidence_with_the_words_it_shows() {
    Article a = Article.builder("t", OP_ED + "\n\n" + SPECTACLE).language("en").build();
    List<TechniqueMatch> shown = run(new PersuasionAnalyzer(PersuasionModels.forLanguage("en"),
        PersuasionAnalyzer.Mode.PRECISION, SpanWords.forLanguage("en").withThreshold(0)), a).stream()
        .filter(m -> SpanWords.TECHNIQUES.contains(m.technique())).toList();

    assertThat(shown).isNotEmpty();
    assertThat(shown).allSatisfy(m -> assertThat(m.evidence().get(0)).endsWith("\"" + m.text() + "\""));
  }

  /** A word-level highlight the model's words chose (not one of the technique's own cue phrases). */
  private static boolean modelChosen(TechniqueMatch m) {
    return SpanWords.TECHNIQUES.contains(m.technique()) && !m.evidence().get(0).startsWith("lexicon:");
  }

  private static List<TechniqueMatch> run(PersuasionAnalyzer analyzer, Article a) {
    return Pipeline.of(List.of(new ParagraphAnalyzer(), new SentenceAnalyzer(), new TokenAnalyzer(), analyzer))
        .run(a).items(TechniqueMatch.LAYER);
  }
}
