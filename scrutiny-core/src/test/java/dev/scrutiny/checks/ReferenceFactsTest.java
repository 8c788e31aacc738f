package dev.scrutiny.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReferenceFactsTest {

  private static final String HEADER = "id\tsubject\tproperty\tvalue\tunit\tdate\taliases\tsource\n";

  @Test
  void the_bundled_table_has_areas_populations_and_start_dates_each_with_a_source() {
    ReferenceFacts f = ReferenceFacts.defaults();
    assertThat(f.withProperty("area")).hasSizeGreaterThanOrEqualTo(30);
    assertThat(f.withProperty("population")).hasSizeGreaterThanOrEqualTo(25);
    assertThat(f.find("Russia", "area").orElseThrow().number()).isEqualTo(17_098_246);
    assertThat(f.byId("start.full-scale-invasion").orElseThrow().dateValue()).isEqualTo(LocalDate.of(2022, 2, 24));
    assertThat(f.byId("start.conflict").orElseThrow().dateValue()).isEqualTo(LocalDate.of(2014, 2, 20));
    assertThat(f.byId("start.kursk-incursion").orElseThrow().dateValue()).isEqualTo(LocalDate.of(2024, 8, 6));
    assertThat(f.all()).allSatisfy(x -> assertThat(x.source()).isNotBlank());
  }

  @Test
  void a_user_file_adds_and_replaces_facts() {
    String tsv = HEADER + "area.RU\tRussia\tarea\t17100000\tkm2\t\trussia\tmy atlas\n"
        + "start.x\tOperation X\tstart\t2023-01-01\tdate\t\toperation x\tmy notes\n";
    ReferenceFacts f = ReferenceFacts.defaults().with(ReferenceFacts.parse("mine.tsv", new StringReader(tsv)));
    assertThat(f.find("russia", "area").orElseThrow().source()).isEqualTo("my atlas");
    assertThat(f.byId("start.x")).isPresent();
    assertThat(f.size()).isEqualTo(ReferenceFacts.defaults().size() + 1);
  }

  @Test
  void malformed_rows_are_reported_with_file_and_line() {
    assertThatThrownBy(() -> ReferenceFacts.parse("f.tsv", new StringReader("# c\n" + HEADER
        + "a\tA\tarea\t1,000\tkm2\t\ta\tsrc\n")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("f.tsv:3").hasMessageContaining("1,000");
    assertThatThrownBy(() -> ReferenceFacts.parse("f.tsv", new StringReader(HEADER
        + "a\tA\tstart\t24 Feb 2022\tdate\t\ta\tsrc\n")))
        .hasMessageContaining("f.tsv:2").hasMessageContaining("ISO date");
    assertThatThrownBy(() -> ReferenceFacts.parse("f.tsv", new StringReader(HEADER + "a\tA\tarea\t1\tkm2\t\ta\t\n")))
        .hasMessageContaining("f.tsv:2").hasMessageContaining("source");
    assertThatThrownBy(() -> ReferenceFacts.parse("f.tsv", new StringReader("id\tsubject\n")))
        .hasMessageContaining("f.tsv:1").hasMessageContaining("header");
    assertThatThrownBy(() -> ReferenceFacts.parse("f.tsv", new StringReader(HEADER
        + "a\tA\tarea\t1\tkm2\t\ta\ts\na\tA\tarea\t2\tkm2\t\ta\ts\n")))
        .hasMessageContaining("f.tsv:3").hasMessageContaining("duplicate id 'a'");
  }

  @Test
  void checks_serialise_to_plain_json() {
    Check c = new Check(3, 9, CheckKind.TEMPORAL, Severity.ERROR, "m",
        new Evidence(List.of(ReferenceFacts.defaults().byId("start.conflict").orElseThrow()), null, null, "x"));
    JsonNode json = new ObjectMapper().valueToTree(c);
    assertThat(json.get("kind").asText()).isEqualTo("TEMPORAL");
    assertThat(json.get("evidence").get("facts").get(0).get("value").asText()).isEqualTo("2014-02-20");
    assertThat(json.get("evidence").get("facts").get(0).has("number")).isFalse();
    assertThat(json.get("evidence").get("facts").get(0).get("statement").asText()).contains("start = 2014-02-20");
    assertThat(json.get("evidence").get("facts").get(0).get("source").asText()).contains("1207");
  }

  @Test
  void evidence_with_another_span_serialises_its_offsets() {
    Evidence e = new Evidence(List.of(), new dev.scrutiny.article.Span(4, 9), "Sumy", null);
    JsonNode json = new ObjectMapper().valueToTree(e);
    assertThat(json.get("other").get("start").asInt()).isEqualTo(4);
    assertThat(json.get("other").get("end").asInt()).isEqualTo(9);
    assertThat(json.get("otherText").asText()).isEqualTo("Sumy");
  }
}
