package dev.scrutiny.time;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** One example per {@link TimexRule} (src/test/resources/time/rule-examples.tsv): the rule finds it and is credited. */
class TimexRuleExamplesTest {

  static final LocalDate REF = LocalDate.of(2024, 8, 20);

  record Example(String rule, String sentence, String expression, TimeType type, String value) {
    @Override
    public String toString() {
      return rule + ": " + sentence;
    }
  }

  static List<Example> examples() throws IOException {
    List<Example> out = new ArrayList<>();
    try (InputStream in = TimexRuleExamplesTest.class.getResourceAsStream("/time/rule-examples.tsv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        out.add(new Example(f[0], f[1], f[2], TimeType.valueOf(f[3]), f[4]));
      }
    }
    return out;
  }

  static Stream<Example> each() throws IOException {
    return examples().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("each")
  void the_rule_finds_its_example_and_is_credited(Example e) {
    List<TimeExpression> found = TimeTagger.tag(e.sentence(), REF, false);
    assertThat(found).filteredOn(t -> t.text().equals(e.expression())).singleElement().satisfies(t -> {
      assertThat(t.rule()).isEqualTo(e.rule());
      assertThat(t.type()).isEqualTo(e.type());
      assertThat(t.value()).isEqualTo(e.value());
      assertThat(e.sentence().substring(t.start(), t.end())).isEqualTo(e.expression());
    });
  }

  @Test
  void every_rule_has_an_example() throws IOException {
    Set<String> covered = new HashSet<>();
    examples().forEach(e -> covered.add(e.rule()));
    assertThat(covered).containsExactlyInAnyOrderElementsOf(
        Arrays.stream(TimexRule.values()).map(TimexRule::id).toList());
  }

  @Test
  void the_json_schema_lists_every_rule_id() throws IOException {
    Path schema = Path.of("..", "docs", "schema", "article.schema.json");
    JsonNode rule = new ObjectMapper().readTree(Files.readString(schema)).at("/$defs/time/properties/rule/enum");
    List<String> ids = new ArrayList<>();
    rule.forEach(n -> ids.add(n.asText()));
    assertThat(ids).contains("").containsAll(Arrays.stream(TimexRule.values()).map(TimexRule::id).toList())
        .hasSize(TimexRule.values().length + 1);
  }

  @Test
  void ids_are_lower_case_with_hyphens() {
    assertThat(TimexRule.DAY_OF_MONTH.id()).isEqualTo("day-of-month");
    assertThat(TimexRule.YEAR_AGO_QUARTER.id()).isEqualTo("year-ago-quarter");
  }
}
