package dev.scrutiny.claims;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.scrutiny.article.Analysis;
import dev.scrutiny.article.Span;
import dev.scrutiny.entities.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The less common attribution patterns, each in a sentence of its own. */
class ClaimPatternsTest {

  static List<Claim> run(Layers layers) {
    return new ClaimAnalyzer().analyze(layers.analysis());
  }

  static Claim only(String text, List<Claim> claims) {
    List<Claim> attributed = claims.stream().filter(Claim::attributed).toList();
    assertThat(attributed).as("attributed claims of: %s", text).hasSize(1);
    return attributed.get(0);
  }

  static String at(String text, Span s) {
    return text.substring(s.start(), s.end());
  }

  @Test
  void as_x_put_it_attributes_the_following_clause() {
    String t = "As Zelensky put it, the front line is holding near Pokrovsk.";
    Claim c = only(t, run(new Layers(t).entity("e1", EntityType.PERSON, "Volodymyr Zelensky", List.of(), "Zelensky")));
    assertThat(c.speakerName()).isEqualTo("Volodymyr Zelensky");
    assertThat(c.cue().lemma()).isEqualTo("put it");
    assertThat(at(t, c.content())).isEqualTo("the front line is holding near Pokrovsk");
  }

  @Test
  void possessive_report_confirming_names_its_owner() {
    String t = "The Pentagon's report confirming that North Korean troops fight in Kursk came on Monday.";
    Claim c = only(t, run(new Layers(t)));
    assertThat(at(t, c.speaker())).isEqualTo("The Pentagon");
    assertThat(c.speakerType()).isEqualTo(SpeakerType.GOVERNMENT);
    assertThat(c.cue().lemma()).isEqualTo("report");
    assertThat(at(t, c.content())).startsWith("North Korean troops fight in Kursk");
  }

  @Test
  void in_a_statement_lets_an_accusation_attribute() {
    String t = "In a statement, the Russian Defence Ministry accused Ukraine of shelling the Zaporizhzhia plant.";
    Claim c = only(t, run(new Layers(t).entity("e1", EntityType.ORGANIZATION, "Russian Defence Ministry", List.of(),
        "Russian Defence Ministry")));
    assertThat(c.speakerEntityId()).isEqualTo("e1");
    assertThat(c.speakerType()).isEqualTo(SpeakerType.GOVERNMENT);
    assertThat(c.stance()).isEqualTo(Stance.LOADED);
    assertThat(at(t, c.content())).isEqualTo("Ukraine of shelling the Zaporizhzhia plant");
  }

  @Test
  void headline_quoted_from_a_named_outlet() {
    String t = "RIA Novosti: Russian forces take Avdiivka";
    Claim c = only(t, run(new Layers(t)));
    assertThat(at(t, c.speaker())).isEqualTo("RIA Novosti");
    assertThat(c.speakerType()).isEqualTo(SpeakerType.MEDIA);
    assertThat(at(t, c.content())).isEqualTo("Russian forces take Avdiivka");
  }

  @Test
  void a_quote_in_the_next_sentence_continues_the_direct_claim() {
    String t = "“We will not retreat,” the commander said. “Not one step.”";
    Claim c = only(t, run(new Layers(t)));
    assertThat(c.kind()).isEqualTo(ClaimKind.DIRECT);
    assertThat(c.speakerType()).isEqualTo(SpeakerType.ANONYMOUS);
    assertThat(c.contentParts()).extracting(p -> at(t, p)).containsExactly("We will not retreat", "Not one step.");
  }

  @Test
  void a_quote_opening_the_sentence_after_a_long_attribution_continues_the_direct_claim() {
    String t = "“The last village has been cleared,” the commander of the northern group told the defence minister "
        + "during a televised briefing. “The enemy has nothing left here.”";
    Claim c = only(t, run(new Layers(t)));
    assertThat(c.kind()).isEqualTo(ClaimKind.DIRECT);
    assertThat(c.contentParts()).extracting(p -> at(t, p))
        .containsExactly("The last village has been cleared", "The enemy has nothing left here.");
  }

  @Test
  void an_inverted_report_by_a_commentator_is_attributed() {
    String t = "The offensive has failed, a pro-Kremlin commentator wrote, adding that losses were heavy.";
    List<Claim> attributed = run(new Layers(t)).stream().filter(Claim::attributed).toList();
    assertThat(attributed).flatExtracting(Claim::contentParts).extracting(p -> at(t, p))
        .contains("The offensive has failed");
    assertThat(attributed).allSatisfy(c -> assertThat(at(t, c.speaker())).isEqualTo("a pro-Kremlin commentator"));
  }

  @Test
  void a_leading_connective_is_not_part_of_the_speaker() {
    String t = "Yet the regional governor said on Friday that the shelling had stopped.";
    Claim c = only(t, run(new Layers(t)));
    assertThat(at(t, c.speaker())).isEqualTo("the regional governor");
  }

  @Test
  void reported_speech_quoting_a_word_is_mixed_and_keeps_its_closing_mark() {
    String t = "The Kremlin said the report was “fake news”.";
    Claim c = only(t, run(new Layers(t)));
    assertThat(c.kind()).isEqualTo(ClaimKind.MIXED);
    assertThat(at(t, c.content())).isEqualTo("the report was “fake news”");
  }

  @Test
  void inverted_report_with_an_appositive_speaker() {
    String t = "The bridge was hit twice, Oleh Syniehubov, the governor of Kharkiv, said.";
    Claim c = only(t, run(new Layers(t).entity("e1", EntityType.PERSON, "Oleh Syniehubov", List.of("governor of Kharkiv"),
        "Oleh Syniehubov")));
    assertThat(c.speakerName()).isEqualTo("Oleh Syniehubov");
    assertThat(at(t, c.content())).isEqualTo("The bridge was hit twice");
  }

  @Test
  void attribution_interrupting_its_content_splits_it() {
    String t = "The strike, officials said, killed at least 14 civilians.";
    Claim c = only(t, run(new Layers(t)));
    assertThat(c.speakerType()).isEqualTo(SpeakerType.ANONYMOUS);
    assertThat(c.contentParts()).extracting(p -> at(t, p)).containsExactly("The strike", "killed at least 14 civilians");
  }

  @Test
  void modal_and_adverb_hedges_are_flagged() {
    String t = "Officials said the drones may have come from Belarus.";
    Claim c = only(t, run(new Layers(t)));
    assertThat(c.hedged()).isTrue();
    assertThat(c.hedge()).isEqualTo("may have");
    String t2 = "The convoy was allegedly destroyed, the General Staff said.";
    Claim c2 = only(t2, run(new Layers(t2)));
    assertThat(c2.hedge()).isEqualTo("allegedly");
    assertThat(c2.speakerType()).isEqualTo(SpeakerType.GOVERNMENT);
  }

  @Test
  void nouns_that_look_like_cues_do_not_attribute() {
    String t = "The claims about the states of the region were checked by the United States.";
    assertThat(run(new Layers(t)).stream().filter(Claim::attributed)).isEmpty();
  }

  @Test
  void a_claim_serialises_to_a_flat_json_object() throws Exception {
    String t = "Peskov said the talks had stalled.";
    Analysis a = new Layers(t).entity("e1", EntityType.PERSON, "Dmitry Peskov", List.of(), "Peskov").analysis();
    Claim c = only(t, new ClaimAnalyzer().analyze(a));
    ObjectMapper json = new ObjectMapper().setSerializationInclusion(JsonInclude.Include.NON_NULL);
    JsonNode n = json.readTree(json.writeValueAsString(c));
    assertThat(n.get("speakerName").asText()).isEqualTo("Dmitry Peskov");
    assertThat(n.get("speakerType").asText()).isEqualTo("PERSON");
    assertThat(n.get("kind").asText()).isEqualTo("INDIRECT");
    assertThat(n.get("cue").get("lemma").asText()).isEqualTo("say");
    assertThat(n.get("content").get("start").asInt()).isEqualTo(t.indexOf("the talks"));
    assertThat(n.has("date")).isFalse();
    assertThat(n.get("checkworthiness").asDouble()).isBetween(0.0, 1.0);
  }

  @Test
  void a_quote_ending_its_sentence_is_not_attributed_to_the_next_sentence() {
    String t = "A banner over the road bore the words “Not one step back.” Officials said the town had fallen.";
    List<Claim> claims = run(new Layers(t));
    assertThat(claims.stream().filter(c -> c.kind() == ClaimKind.DIRECT)).isEmpty();
    Claim c = only(t, claims.stream().filter(x -> x.cue() != null && x.cue().lemma().equals("say")).toList());
    assertThat(at(t, c.content())).isEqualTo("the town had fallen");
  }

  @Test
  void a_dash_parenthesis_between_subject_and_cue_is_skipped() {
    String t = "Western officials — and, notably, the head of NATO — warned that the offensive would resume.";
    Claim c = only(t, run(new Layers(t)));
    assertThat(at(t, c.speaker())).isEqualTo("Western officials");
    assertThat(c.cue().lemma()).isEqualTo("warn");
  }

  @Test
  void a_headline_quoted_from_an_outlet_is_the_outlet_s_statement() {
    String t = "TASS ran the story under the headline «Russian troops liberate Kurakhove».";
    Claim c = only(t, run(new Layers(t).entity("e1", EntityType.ORGANIZATION, "TASS", List.of(), "TASS")));
    assertThat(c.speakerName()).isEqualTo("TASS");
    assertThat(c.speakerType()).isEqualTo(SpeakerType.MEDIA);
    assertThat(c.kind()).isEqualTo(ClaimKind.DIRECT);
    assertThat(at(t, c.content())).isEqualTo("Russian troops liberate Kurakhove");
  }
}
