package dev.scrutiny.persuasion;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scrutiny.article.Analysis;
import dev.scrutiny.article.Article;
import dev.scrutiny.pipeline.Pipeline;
import dev.scrutiny.text.ParagraphAnalyzer;
import dev.scrutiny.text.Segmenter;
import dev.scrutiny.text.SentenceAnalyzer;
import dev.scrutiny.text.Token;
import dev.scrutiny.text.TokenAnalyzer;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PersuasionAnalyzerTest {

  private static final String OP_ED = "The so-called government in the capital is nothing but a corrupt puppet regime "
      + "run by thugs and traitors. These shameless warmongers are destroying our nation, and every patriot knows it! "
      + "Their disgraceful lies will never fool real Americans.\n\n"
      + "The committee will publish its quarterly budget report on Tuesday, a spokesman said.";

  private static final Pipeline PIPELINE = Pipeline.of(List.of(new ParagraphAnalyzer(), new SentenceAnalyzer(), new TokenAnalyzer(),
        new PersuasionAnalyzer(),
      new FrameAnalyzer(), new GenreAnalyzer()));

  private final Analysis analysis = PIPELINE.run(Article.builder("op-ed", OP_ED).title("Enough is enough").build());

  @Test
  void loaded_op_ed_paragraph_gets_name_calling_or_loaded_language_with_evidence() {
    List<TechniqueMatch> found = analysis.items(TechniqueMatch.LAYER);
    Set<Technique> kinds = EnumSet.noneOf(Technique.class);
    found.forEach(m -> kinds.add(m.technique()));
    assertThat(kinds).containsAnyOf(Technique.NAME_CALLING_LABELING, Technique.LOADED_LANGUAGE);
    TechniqueMatch m = found.stream()
        .filter(x -> x.technique() == Technique.NAME_CALLING_LABELING || x.technique() == Technique.LOADED_LANGUAGE)
        .findFirst().orElseThrow();
    assertThat(m.evidence()).isNotEmpty();
    assertThat(m.confidence()).isBetween(0.0, 1.0);
    assertThat(m.detail()).contains(m.technique().definition());
  }

  @Test
  void matches_are_tight_spans_inside_their_paragraph_and_quote_the_text() {
    int firstParagraphEnd = OP_ED.indexOf("\n\n");
    for (TechniqueMatch m : analysis.items(TechniqueMatch.LAYER)) {
      assertThat(m.text()).isEqualTo(OP_ED.substring(m.start(), m.end()));
      assertThat(m.start()).isGreaterThanOrEqualTo(m.paragraphStart());
      assertThat(m.end()).isLessThanOrEqualTo(m.paragraphEnd());
      if (m.paragraphEnd() <= firstParagraphEnd) {
        assertThat(m.end() - m.start()).isLessThan(firstParagraphEnd);
      }
    }
  }

  @Test
  void the_loaded_paragraph_has_more_techniques_than_the_dry_one() {
    int split = OP_ED.indexOf("\n\n");
    long loaded = analysis.items(TechniqueMatch.LAYER).stream().filter(m -> m.end() <= split).count();
    long dry = analysis.items(TechniqueMatch.LAYER).stream().filter(m -> m.start() > split).count();
    assertThat(loaded).isGreaterThan(dry);
  }

  @Test
  void frames_and_genre_are_document_level_with_confidence() {
    List<FrameLabel> frames = analysis.items(FrameLabel.LAYER);
    assertThat(frames).isNotEmpty();
    assertThat(frames).allSatisfy(f -> assertThat(f.spans()).isEmpty());
    assertThat(frames).isSortedAccordingTo((a, b) -> Double.compare(b.confidence(), a.confidence()));
    List<GenreLabel> genre = analysis.items(GenreLabel.LAYER);
    assertThat(genre).hasSize(1);
    assertThat(genre.get(0).confidence()).isBetween(0.0, 1.0);
  }

  private static final String DISCOURSE = "Overall, the talks indeed went on. Finally, who – if anyone – never came? "
      + "The so-called government is a corrupt puppet regime, and everyone knows it. Either we fight or we perish. "
      + "Those shameless warmongers lie. End of story.";

  @Test
  void highlights_are_never_a_lone_function_word_and_evidence_names_no_internal_feature() {
    for (PersuasionAnalyzer.Mode mode : PersuasionAnalyzer.Mode.values()) {
      Pipeline p = Pipeline.of(List.of(new ParagraphAnalyzer(), new SentenceAnalyzer(), new TokenAnalyzer(),
        new PersuasionAnalyzer(mode)));
      for (String text : List.of(OP_ED, DISCOURSE)) {
        for (TechniqueMatch m : p.run(Article.builder("t", text).build()).items(TechniqueMatch.LAYER)) {
          List<Token> words = Segmenter.tokens(text, m.start(), m.end());
          assertThat(words).as("%s %s", mode, m).anyMatch(w -> Highlights.content(text, w)
              || Character.isUpperCase(text.charAt(w.start())) && words.size() > 1);
          assertThat(m.evidence()).as("%s %s", mode, m).noneMatch(e -> e.startsWith("letters") || e.startsWith("length")
              || e.startsWith("repeated") || e.equals("title line") || e.contains("<s>"));
        }
      }
    }
  }

  @Test
  void the_recall_rule_shows_at_least_what_the_precision_rule_shows_on_a_shipped_model() {
    Pipeline precise = Pipeline.of(List.of(new ParagraphAnalyzer(), new SentenceAnalyzer(), new TokenAnalyzer(),
        new PersuasionAnalyzer()));
    Pipeline recall = Pipeline.of(List.of(new ParagraphAnalyzer(), new SentenceAnalyzer(), new TokenAnalyzer(),
        new PersuasionAnalyzer(PersuasionAnalyzer.Mode.RECALL)));
    Article a = Article.builder("t", OP_ED + "\n\n" + DISCOURSE).build();
    Set<String> shown = new java.util.HashSet<>();
    precise.run(a).items(TechniqueMatch.LAYER).forEach(m -> shown.add(m.paragraphStart() + " " + m.technique()));
    Set<String> recalled = new java.util.HashSet<>();
    recall.run(a).items(TechniqueMatch.LAYER).forEach(m -> recalled.add(m.paragraphStart() + " " + m.technique()));
    assertThat(PersuasionModels.forLanguage("en").hasPrecisionRule()).isTrue();
    assertThat(recalled.size()).isGreaterThanOrEqualTo(shown.size());
  }

  @Test
  void unknown_language_falls_back_to_english() {
    assertThat(PersuasionModels.forLanguage("xx").language()).isEqualTo("en");
    assertThat(PersuasionModels.forLanguage(null).language()).isEqualTo("en");
    assertThat(PersuasionModels.forLanguage("ru-RU").language()).isEqualTo("ru");
  }
}
