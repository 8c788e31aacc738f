package dev.scrutiny.markers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.scrutiny.article.Analysis;
import dev.scrutiny.article.Article;
import dev.scrutiny.article.Layer;
import dev.scrutiny.claims.Claim;
import dev.scrutiny.claims.ClaimAnalyzer;
import dev.scrutiny.claims.SpeakerSide;
import dev.scrutiny.entities.Entity;
import dev.scrutiny.entities.Mention;
import dev.scrutiny.entities.MentionKind;
import dev.scrutiny.places.Convention;
import dev.scrutiny.places.Place;
import dev.scrutiny.places.PlaceKind;
import dev.scrutiny.text.Segmenter;
import dev.scrutiny.text.Sentence;
import dev.scrutiny.text.Token;
import dev.scrutiny.time.TimeExpression;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkerAnalyzerTest {

  private static Analysis analysis(String text, List<Place> places) {
    List<Sentence> sentences = new ArrayList<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("[^ ].*?[.!?]\"?(?= |$)").matcher(text);
    while (m.find()) {
      sentences.add(new Sentence(m.start(), m.end()));
    }
    Article a = Article.builder("m", text).build();
    Analysis in = Analysis.of(a).with(new Layer<>(Sentence.LAYER, "test", sentences, text.length()), 0)
        .with(new Layer<>(Place.LAYER, "test", places, text.length()), 0)
        .with(new Layer<>(Token.LAYER, "test", Segmenter.tokens(text), text.length()), 0)
        .with(new Layer<>(Entity.LAYER, "test", List.of(), text.length()), 0)
        .with(new Layer<>(TimeExpression.LAYER, "test", List.of(), text.length()), 0);
    // the sourcing profile reads the real claims layer
    return in.with(new Layer<>(Claim.LAYER, "test", CLAIMS.analyze(in), text.length()), 0);
  }

  private static final ClaimAnalyzer CLAIMS = new ClaimAnalyzer();

  private static Place place(String text, String surface, String name, Convention convention) {
    List<Mention> mentions = new ArrayList<>();
    for (int i = text.indexOf(surface); i >= 0; i = text.indexOf(surface, i + 1)) {
      mentions.add(new Mention(i, i + surface.length(), MentionKind.NAME));
    }
    return new Place("p-" + surface, name, surface, mentions, "UA", null, 50.45, 30.52, PlaceKind.CITY, convention, 1, null);
  }

  @Test
  void loaded_labels_are_matched_by_lemma_and_longest_phrase() {
    String text = "The Kiev regime's neo-Nazis were routed as Russian forces liberated two villages. "
        + "The special military operation continues, the ministry said.";
    List<Marker> markers = new MarkerAnalyzer().analyze(analysis(text, List.of()));
    List<TermMarker> terms = markers.stream().filter(TermMarker.class::isInstance).map(TermMarker.class::cast).toList();
    assertThat(terms).extracting(TermMarker::text)
        .containsExactly("Kiev regime's", "neo-Nazis", "liberated", "special military operation");
    assertThat(terms).extracting(TermMarker::term)
        .containsExactly("Kiev regime", "neo-Nazis", "liberation", "special military operation");
    assertThat(terms.get(0).side()).isEqualTo(Side.PRO_KREMLIN);
    assertThat(terms.get(2).side()).isEqualTo(Side.CONTEXTUAL);
    assertThat(text.substring(terms.get(1).start(), terms.get(1).end())).isEqualTo("neo-Nazis");
    MarkerSummary summary = (MarkerSummary) markers.get(markers.size() - 1);
    assertThat(summary.sides().get(Side.PRO_KREMLIN)).isEqualTo(3);
    assertThat(summary.sides().get(Side.PRO_UKRAINIAN)).isZero();
    assertThat(summary.spans()).isEmpty();
  }

  @Test
  void pro_ukrainian_vocabulary_is_counted_on_its_side() {
    String text = "The orcs shelled Kharkiv again. The terrorist state and its occupiers will answer, "
        + "Zelenskyy said. Rashists retreated.";
    MarkerSummary s = summary(new MarkerAnalyzer().analyze(analysis(text, List.of())));
    assertThat(s.sides().get(Side.PRO_UKRAINIAN)).isEqualTo(4);
    assertThat(s.terms()).extracting(MarkerSummary.TermCount::term)
        .containsExactlyInAnyOrder("orcs", "terrorist state", "occupiers", "rashists");
  }

  @Test
  void a_neutral_article_has_no_term_markers() {
    String text = "Ukrainian and Russian delegations met in Istanbul. They discussed grain exports and prisoner exchanges.";
    List<Marker> markers = new MarkerAnalyzer().analyze(analysis(text, List.of()));
    assertThat(markers).singleElement().isInstanceOf(MarkerSummary.class);
  }

  @Test
  void toponym_conventions_are_marked_and_counted() {
    String text = "Missiles hit Kiev overnight. Later, officials in Kyiv said Kiev had air defence.";
    List<Place> places = List.of(place(text, "Kiev", "Kyiv", Convention.RU_STYLE), place(text, "Kyiv", "Kyiv", Convention.UK_STYLE));
    List<Marker> markers = new MarkerAnalyzer().analyze(analysis(text, places));
    assertThat(markers.stream().filter(ToponymMarker.class::isInstance).map(m -> ((ToponymMarker) m).surface()))
        .containsExactly("Kiev", "Kyiv", "Kiev");
    MarkerSummary s = summary(markers);
    assertThat(s.toponyms().get(Convention.RU_STYLE)).isEqualTo(2);
    assertThat(s.toponyms().get(Convention.UK_STYLE)).isEqualTo(1);
  }

  @Test
  void sourcing_profile_counts_the_claims_layers_anonymous_sources_hedges_quotes_and_author_voice() {
    String text = "Ukraine's defence ministry said the bridge was reportedly damaged. Sources said repairs would take weeks. "
        + "Peskov told reporters: \"The bridge is fully operational today.\" "
        + "Zelenskyy said: \"We will strike wherever the enemy is.\" The river is wide.";
    SourcingProfile p = summary(new MarkerAnalyzer().analyze(analysis(text, List.of()))).sourcing();
    assertThat(p.sentences()).isEqualTo(5);
    assertThat(p.hedges()).isEqualTo(1);
    assertThat(p.attributions()).isEqualTo(4);
    assertThat(p.anonymousAttributions()).isEqualTo(1);
    assertThat(p.anonymousShare()).isCloseTo(1.0 / 4, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(p.quotes()).isEqualTo(2);
    assertThat(p.quotesPerSide().get(SpeakerSide.RUSSIAN)).isEqualTo(1);
    assertThat(p.quotesPerSide().get(SpeakerSide.UKRAINIAN)).isEqualTo(1);
    assertThat(p.authorVoice()).isEqualTo(1);
  }

  @Test
  void the_layer_serialises_to_clean_json_with_a_type_field() throws Exception {
    String text = "The collective West armed the Kiev regime.";
    List<Marker> markers = new MarkerAnalyzer().analyze(analysis(text, List.of()));
    new Layer<>(Marker.LAYER, "markers/1", markers, text.length());
    JsonNode json = new ObjectMapper().valueToTree(markers);
    assertThat(json.get(0).get("type").asText()).isEqualTo("term");
    assertThat(json.get(0).get("term").asText()).isEqualTo("collective West");
    assertThat(json.get(0).get("side").asText()).isEqualTo("PRO_KREMLIN");
    JsonNode summary = json.get(json.size() - 1);
    assertThat(summary.get("type").asText()).isEqualTo("summary");
    assertThat(summary.get("sourcing").get("sentences").asInt()).isEqualTo(1);
    assertThat(summary.has("spans")).as("document-level annotation writes no spans field").isFalse();
  }

  @Test
  void user_lexicons_extend_the_defaults_and_errors_name_the_line() {
    String tsv = "term\tforms\tcategory\tside\tnote\nmeat assaults\tmeat assault|meat wave\tEUPHEMISM\tNEUTRAL\tslang\n";
    Lexicon lexicon = Lexicon.defaults().with(Lexicon.parse("mine.tsv", new StringReader(tsv)));
    assertThat(new MarkerAnalyzer(lexicon).terms("They ordered more meat assaults.")).extracting(TermMarker::term)
        .containsExactly("meat assaults");
    String bad = "# comment\nterm\tforms\tcategory\tside\tnote\nx\tx\tSLUR\tPRO_KREMLIN\tn\n";
    assertThatThrownBy(() -> Lexicon.parse("bad.tsv", new StringReader(bad)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bad.tsv:3").hasMessageContaining("SLUR");
  }

  private static MarkerSummary summary(List<Marker> markers) {
    return (MarkerSummary) markers.get(markers.size() - 1);
  }
}
