package dev.scrutiny.encoder;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scrutiny.Scrutiny;
import dev.scrutiny.article.Analysis;
import dev.scrutiny.article.Article;
import dev.scrutiny.checks.ReferenceFacts;
import dev.scrutiny.claims.CheckWorthiness;
import dev.scrutiny.claims.Claim;
import dev.scrutiny.markers.Lexicon;
import dev.scrutiny.persuasion.FrameLabel;
import dev.scrutiny.persuasion.PersuasionModels;
import dev.scrutiny.persuasion.TechniqueMatch;
import dev.scrutiny.pipeline.Pipeline;
import dev.scrutiny.text.CachingEncoder;
import dev.scrutiny.text.SentenceEncoder;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The models this module ships, trained with its encoder's vectors, in the pipeline as the core finds them. */
class EncoderModelsTest {

  private static final SentenceEncoder ENCODER = SentenceEncoder.installed(MiniLmEncoder.ID).orElseThrow();

  private static final String TEXT = """
      The regime's criminal gang shelled the city again on Monday, officials said.

      Russia lost 1,200 tanks in 2023, according to the ministry. Either we stand together or we lose everything.

      "We will never surrender our land," the mayor said.
      """;

  @Test
  void english_technique_and_frame_models_name_the_encoder_and_russian_falls_back_to_the_plain_models() {
    PersuasionModels en = PersuasionModels.forLanguage("en", ENCODER);
    assertThat(en.encoder()).isNotNull();
    // the English frame model reads the encoder fine-tuned for techniques, which this module also installs
    assertThat(en.encoder().id()).isEqualTo(TechniqueEncoder.ID);
    assertThat(en.techniqueEncoderId()).isEqualTo(TechniqueEncoder.ID);
    assertThat(en.frames("Sanctions\n\n" + TEXT)).isNotEmpty();
    assertThat(PersuasionModels.forLanguage("ru", ENCODER).encoder()).isNull();
    assertThat(CheckWorthiness.forEncoder(ENCODER).encoderId()).isEqualTo(MiniLmEncoder.ID);
    assertThat(CheckWorthiness.standard().encoderId()).isNull();
  }

  @Test
  void frames_and_the_technique_classifier_share_the_tuned_encoder_and_encode_each_line_once() {
    CachingEncoder tuned = (CachingEncoder) CachingEncoder.of(SentenceEncoder.installed(TechniqueEncoder.ID).orElseThrow());
    PersuasionModels en = PersuasionModels.forLanguage("en", tuned);
    assertThat(en.encoder()).isSameAs(tuned);
    String text = "Sanctions\n\n" + TEXT;
    List<int[]> lines = new ArrayList<>();
    int start = 0;
    for (String line : text.split("\n", -1)) {
      if (!line.isBlank()) {
        lines.add(new int[] {start, start + line.length()});
      }
      start += line.length() + 1;
    }
    en.frames(text);
    long encoded = tuned.encoded();
    assertThat(encoded).isPositive();
    en.techniques(text, lines, true);
    assertThat(tuned.hits()).isPositive(); // the lines the technique classifier reads were all cached
    assertThat(tuned.encoded()).isEqualTo(encoded);
  }

  @Test
  void the_default_pipeline_reads_the_tuned_encoders_for_techniques_and_claims_and_none_for_frames() {
    Article article = Article.builder("t0", TEXT).title("Shelling").language("en").build();
    Analysis a = Scrutiny.analyze(Pipeline.of(Scrutiny.defaultAnalyzers()), article);
    assertThat(a.layer(TechniqueMatch.LAYER).orElseThrow().producer()).isEqualTo("persuasion/1+" + TechniqueEncoder.ID);
    assertThat(a.layer(FrameLabel.LAYER).orElseThrow().producer()).isEqualTo("frames/1");
    assertThat(a.layer(Claim.LAYER).orElseThrow().producer()).isEqualTo("claims/1+" + CheckWorthinessEncoder.ID);
    Analysis none = Scrutiny.analyze(Pipeline.of(Scrutiny.analyzersWithoutEncoder(ReferenceFacts.defaults(),
        Lexicon.defaults())), article);
    assertThat(none.layer(TechniqueMatch.LAYER).orElseThrow().producer()).isEqualTo("persuasion/1");
    assertThat(none.layer(Claim.LAYER).orElseThrow().producer()).isEqualTo("claims/1");
    // the shipped model encodes only the lines its text features find something in
    assertThat(PersuasionModels.forLanguage("en", SentenceEncoder.installed(TechniqueEncoder.ID).orElseThrow())
        .techniqueEncodeFrom()).isPositive();
  }

  @Test
  void the_pipeline_with_the_encoder_reads_frames_and_techniques_through_the_encoder_tuned_for_them() {
    CachingEncoder shared = (CachingEncoder) CachingEncoder.of(ENCODER);
    Pipeline p = Pipeline.of(Scrutiny.analyzers(ReferenceFacts.defaults(), Lexicon.defaults(), shared));
    Analysis a = Scrutiny.analyze(p, Article.builder("t1", TEXT).title("Shelling").language("en").build());
    assertThat(a.layer(FrameLabel.LAYER).orElseThrow().producer()).isEqualTo("frames/1+" + TechniqueEncoder.ID);
    // techniques mix in the classifier of the encoder fine-tuned for them, which this module also installs
    assertThat(a.layer(TechniqueMatch.LAYER).orElseThrow().producer()).isEqualTo("persuasion/1+" + TechniqueEncoder.ID);
    // check-worthiness reads the encoder fine-tuned for it, which this module also installs
    assertThat(a.layer(Claim.LAYER).orElseThrow().producer()).isEqualTo("claims/1+" + CheckWorthinessEncoder.ID);
    assertThat(a.items(FrameLabel.LAYER)).isNotEmpty();
    assertThat(a.items(Claim.LAYER)).allSatisfy(c -> assertThat(c.checkworthiness()).isBetween(0.0, 1.0));
    // nothing reads the general encoder any more: frames and techniques the tuned one, claims theirs
    assertThat(shared.encoded()).isZero();
  }
}
