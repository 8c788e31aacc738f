package dev.scrutiny.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Cue constructions at the edge of attribution: estimates, descriptions, hypothetical questions, sources. */
class ClaimCueEdgesTest {

  private static List<Claim> claims(String text) {
    return new ClaimAnalyzer().analyze(new Layers(text).analysis());
  }

  private static String at(String text, dev.scrutiny.article.Span s) {
    return text.substring(s.start(), s.end());
  }

  @Test
  void an_estimate_put_at_a_figure_is_attributed() {
    String t = "The Defence Ministry later put Ukrainian losses at 64,000.\n\nMonitors estimated the damage at $2bn.";
    List<Claim> c = claims(t);
    assertThat(c).filteredOn(x -> x.cue() != null && x.cue().lemma().equals("put")).singleElement().satisfies(x -> {
      assertThat(at(t, x.speaker())).isEqualTo("The Defence Ministry");
      assertThat(at(t, x.content())).isEqualTo("Ukrainian losses at 64,000");
    });
    assertThat(c).anySatisfy(x -> assertThat(at(t, x.content())).isEqualTo("the damage at $2bn"));
  }

  @Test
  void put_without_a_figure_is_no_cue() {
    String t = "The government put pressure on the regional governors at the summit in May.";
    assertThat(claims(t)).noneMatch(x -> x.cue() != null && x.cue().lemma().equals("put"));
  }

  @Test
  void showing_no_sign_is_a_description_not_a_statement() {
    String t = "As the war drags on, neither side shows any sign of giving up.\n\nThe polls show that support is falling.";
    List<Claim> c = claims(t);
    assertThat(c).filteredOn(x -> x.cue() != null && x.cue().lemma().equals("show"))
        .singleElement().satisfies(x -> assertThat(at(t, x.content())).isEqualTo("support is falling"));
  }

  @Test
  void a_question_someone_should_ask_is_not_a_claim_but_one_asked_is() {
    String t = "Anyone who doubts it should ask why the figures never change.\n\n"
        + "Reporters asked whether the convoy had been hit by drones.";
    List<Claim> c = claims(t);
    assertThat(c).filteredOn(x -> x.cue() != null && x.cue().lemma().equals("ask"))
        .singleElement().satisfies(x -> assertThat(at(t, x.speaker())).isEqualTo("Reporters"));
  }

  @Test
  void a_participle_inside_the_source_description_is_not_a_second_claim() {
    String t = "Ukraine's General Staff denied that the operation was over, according to a statement posted on Telegram.";
    List<Claim> c = claims(t);
    assertThat(c).noneMatch(x -> x.cue() != null && x.cue().lemma().equals("post"));
    assertThat(c).anySatisfy(x -> assertThat(x.kind()).isEqualTo(ClaimKind.ACCORDING_TO));
  }
}
