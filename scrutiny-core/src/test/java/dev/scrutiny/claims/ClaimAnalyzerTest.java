package dev.scrutiny.claims;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scrutiny.article.Analysis;
import dev.scrutiny.article.Span;
import dev.scrutiny.entities.EntityType;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ClaimAnalyzerTest {

  static final String WIRE = """
      MOSCOW, May 2 (Wire) — Russia's top general said on Friday that Kyiv's spring offensive had failed.

      Russian Chief of the General Staff Valery Gerasimov told the Defence Ministry's board that Ukrainian \
      units had lost more than 400 armoured vehicles in April. He also implied that Western instructors were \
      present near Zaporizhzhia.

      “Everything,” Gerasimov said, “is going according to plan.”

      President Vladimir Putin told Polish TV: “We have no intention of stopping until our goals are met.”

      The Russian president insisted that sanctions had failed.

      According to the General Staff, Ukrainian forces lost 1,200 soldiers over the past week.

      Some analysts believe the offensive has stalled near Robotyne.

      Russian troops reportedly captured the village of Novomykhailivka, the Kyiv Independent reported.

      On April 30, Kadyrov reported that Chechen units had taken control of two districts.

      «Our fighters are advancing on every axis,» Kadyrov wrote on Telegram.

      The war has become the deadliest conflict in Europe since 1945, killing more than 10,000 civilians.

      What a shameful, sad and pathetic spectacle this is!
      """;

  static List<Claim> claims;
  static String text;

  @BeforeAll
  static void analyse() {
    Analysis a = new Layers(WIRE)
        .entity("e1", EntityType.PERSON, "Valery Gerasimov", List.of("Chief of the General Staff"),
            "Valery Gerasimov", "Gerasimov")
        .entity("e2", EntityType.PERSON, "Vladimir Putin", List.of("President", "Russian president"),
            "Vladimir Putin")
        .entity("e3", EntityType.ORGANIZATION, "General Staff", List.of(), "General Staff")
        .entity("e4", EntityType.ORGANIZATION, "Kyiv Independent", List.of(), "Kyiv Independent")
        .entity("e5", EntityType.PERSON, "Ramzan Kadyrov", List.of("head of Chechnya"), "Kadyrov")
        .entity("e6", EntityType.ORGANIZATION, "Defence Ministry", List.of(), "Defence Ministry")
        .date("Friday", "2025-05-02")
        .date("April 30", "2025-04-30")
        .analysis();
    text = a.text();
    claims = new ClaimAnalyzer().analyze(a);
  }

  static Claim claimWith(String contentStart) {
    List<Claim> found = claims.stream().filter(c -> text.substring(c.content().start()).startsWith(contentStart)).toList();
    assertThat(found).as("claims whose content starts with '%s' among %s", contentStart, describe()).hasSize(1);
    return found.get(0);
  }

  static String describe() {
    return claims.stream().map(c -> c.kind() + " " + c.speakerName() + ": " + text.substring(c.content().start(),
        c.content().end())).collect(Collectors.joining("\n", "\n", "\n"));
  }

  static String at(Span s) {
    return text.substring(s.start(), s.end());
  }

  @Test
  void role_speaker_resolves_through_stated_roles_and_sentence_date_dates_the_statement() {
    Claim c = claimWith("Kyiv's spring offensive had failed");
    assertThat(at(c.speaker())).isEqualTo("Russia's top general");
    assertThat(c.speakerEntityId()).isEqualTo("e1");
    assertThat(c.speakerName()).isEqualTo("Valery Gerasimov");
    assertThat(c.cue().lemma()).isEqualTo("say");
    assertThat(c.kind()).isEqualTo(ClaimKind.INDIRECT);
    assertThat(c.date()).isEqualTo("2025-05-02");
    assertThat(c.stance()).isEqualTo(Stance.NEUTRAL);
  }

  @Test
  void told_skips_the_addressee_and_content_keeps_its_own_dates_undated() {
    Claim c = claimWith("Ukrainian units had lost");
    assertThat(at(c.speaker())).isEqualTo("Russian Chief of the General Staff Valery Gerasimov");
    assertThat(c.speakerName()).isEqualTo("Valery Gerasimov");
    assertThat(c.speakerType()).isEqualTo(SpeakerType.PERSON);
    assertThat(c.cue().lemma()).isEqualTo("tell");
    assertThat(at(c.cue().span())).isEqualTo("told");
    assertThat(at(c.content())).endsWith("armoured vehicles in April");
    assertThat(c.date()).isNull();
  }

  @Test
  void pronoun_speaker_is_the_person_named_before() {
    Claim c = claimWith("Western instructors were present");
    assertThat(at(c.speaker())).isEqualTo("He");
    assertThat(c.speakerName()).isEqualTo("Valery Gerasimov");
    assertThat(c.cue().lemma()).isEqualTo("imply");
  }

  @Test
  void quote_split_by_its_cue_is_one_direct_claim_with_two_parts() {
    Claim c = claimWith("Everything");
    assertThat(c.kind()).isEqualTo(ClaimKind.DIRECT);
    assertThat(c.contentParts()).extracting(Claimtest::text).containsExactly("Everything", "is going according to plan.");
    assertThat(c.speakerName()).isEqualTo("Valery Gerasimov");
    assertThat(at(c.cue().span())).isEqualTo("said");
    assertThat(claims).noneMatch(o -> o.kind() == ClaimKind.ACCORDING_TO && o.content().overlaps(c.content()));
  }

  @Test
  void colon_introduces_a_direct_quote() {
    Claim c = claimWith("We have no intention");
    assertThat(c.kind()).isEqualTo(ClaimKind.DIRECT);
    assertThat(at(c.speaker())).isEqualTo("President Vladimir Putin");
    assertThat(c.speakerEntityId()).isEqualTo("e2");
    assertThat(c.cue().lemma()).isEqualTo("tell");
  }

  @Test
  void a_speaker_label_ending_its_line_takes_the_next_line() {
    // a segmenter may keep "ZELENSKY:" and the next line in one sentence, as transcripts are often laid out
    String transcript = "ZELENSKY:\nWe do not trust promises made in Moscow.\n";
    dev.scrutiny.article.Article article = dev.scrutiny.article.Article.builder("t", transcript).build();
    Analysis a = Analysis.of(article).with(new dev.scrutiny.article.Layer<>(dev.scrutiny.text.Sentence.LAYER, "test",
        List.of(new dev.scrutiny.text.Sentence(0, transcript.length() - 1)), transcript.length()), 0);
    a = a.with(new dev.scrutiny.article.Layer<>(dev.scrutiny.text.Token.LAYER, "test",
        new dev.scrutiny.text.TokenAnalyzer().analyze(a), transcript.length()), 0);
    List<Claim> found = new ClaimAnalyzer().analyze(a);
    assertThat(found).singleElement().satisfies(c -> {
      assertThat(transcript.substring(c.speaker().start(), c.speaker().end())).isEqualTo("ZELENSKY");
      assertThat(transcript.substring(c.content().start(), c.content().end()))
          .isEqualTo("We do not trust promises made in Moscow.");
    });
  }

  @Test
  void loaded_cue_and_role_speaker() {
    Claim c = claimWith("sanctions had failed");
    assertThat(at(c.speaker())).isEqualTo("The Russian president");
    assertThat(c.speakerName()).isEqualTo("Vladimir Putin");
    assertThat(c.stance()).isEqualTo(Stance.LOADED);
    assertThat(c.cue().lemma()).isEqualTo("insist");
  }

  @Test
  void according_to_a_government_body() {
    Claim c = claimWith("Ukrainian forces lost 1,200");
    assertThat(c.kind()).isEqualTo(ClaimKind.ACCORDING_TO);
    assertThat(at(c.speaker())).isEqualTo("the General Staff");
    assertThat(c.speakerType()).isEqualTo(SpeakerType.GOVERNMENT);
    assertThat(c.cue().lemma()).isEqualTo("according to");
  }

  @Test
  void unnamed_analysts_are_anonymous() {
    Claim c = claimWith("the offensive has stalled");
    assertThat(at(c.speaker())).isEqualTo("Some analysts");
    assertThat(c.speakerType()).isEqualTo(SpeakerType.ANONYMOUS);
    assertThat(c.speakerEntityId()).isNull();
  }

  @Test
  void inverted_report_by_an_outlet_is_hedged() {
    Claim c = claimWith("Russian troops reportedly captured");
    assertThat(at(c.speaker())).isEqualTo("the Kyiv Independent");
    assertThat(c.speakerType()).isEqualTo(SpeakerType.MEDIA);
    assertThat(c.hedged()).isTrue();
    assertThat(c.hedge()).isEqualTo("reportedly");
    assertThat(at(c.content())).endsWith("Novomykhailivka");
  }

  @Test
  void sentence_initial_date_dates_the_report() {
    Claim c = claimWith("Chechen units had taken control");
    assertThat(c.speakerName()).isEqualTo("Ramzan Kadyrov");
    assertThat(c.date()).isEqualTo("2025-04-30");
    assertThat(c.cue().lemma()).isEqualTo("report");
  }

  @Test
  void guillemet_quote_before_its_cue() {
    Claim c = claimWith("Our fighters are advancing");
    assertThat(c.kind()).isEqualTo(ClaimKind.DIRECT);
    assertThat(c.speakerName()).isEqualTo("Ramzan Kadyrov");
    assertThat(c.cue().lemma()).isEqualTo("write");
  }

  @Test
  void factual_author_sentence_is_an_assertion_and_rhetoric_is_not() {
    Claim c = claimWith("The war has become the deadliest");
    assertThat(c.kind()).isEqualTo(ClaimKind.ASSERTION);
    assertThat(c.speakerType()).isEqualTo(SpeakerType.AUTHOR);
    assertThat(c.speakerName()).isEqualTo("author");
    assertThat(c.cue()).isNull();
    assertThat(claims).noneMatch(o -> text.substring(o.content().start()).startsWith("What a shameful"));
  }

  @Test
  void every_attributed_statement_is_found_and_nothing_else() {
    assertThat(claims.stream().filter(Claim::attributed).count()).as(describe()).isEqualTo(11);
  }

  @Test
  void claims_are_sorted_by_content_and_lie_inside_the_text() {
    for (int i = 1; i < claims.size(); i++) {
      assertThat(claims.get(i).content().compareTo(claims.get(i - 1).content())).isGreaterThanOrEqualTo(0);
    }
    assertThat(claims).allSatisfy(c -> {
      assertThat(c.content().end()).isLessThanOrEqualTo(text.length());
      assertThat(c.checkworthiness()).isBetween(0.0, 1.0);
    });
  }

  /** Reads a span of the fixture (for AssertJ's extracting). */
  static final class Claimtest {
    static String text(Span s) {
      return ClaimAnalyzerTest.text.substring(s.start(), s.end());
    }
  }
}
