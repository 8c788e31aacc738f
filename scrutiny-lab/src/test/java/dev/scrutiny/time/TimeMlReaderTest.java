package dev.scrutiny.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeMlReaderTest {

  // an invented document in TimeML 1.2 layout
  static final String DOC = """
      <?xml version="1.0" ?>
      <TimeML>
      <DOCID>war_0001</DOCID>
      <DCT><TIMEX3 tid="t0" type="DATE" value="2025-05-02" temporalFunction="false" functionInDocument="CREATION_TIME">05/02/25</TIMEX3></DCT>
      <TEXT>
      On <TIMEX3 tid="t1" type="DATE" value="2025-04-30" temporalFunction="true" functionInDocument="NONE">April 30</TIMEX3>, Kadyrov <EVENT eid="e1" class="REPORTING">reported</EVENT> gains &amp; losses over <TIMEX3 tid="t2" type="DURATION" value="P2D" functionInDocument="NONE">the past two days</TIMEX3>.
      </TEXT>
      </TimeML>
      """;

  @Test
  void text_is_stripped_of_tags_and_gold_offsets_point_into_it() {
    TimeMlDocument d = TimeMlReader.parse("war_0001", DOC);
    assertThat(d.dct()).isEqualTo(LocalDate.of(2025, 5, 2));
    assertThat(d.text()).contains("Kadyrov reported gains & losses").doesNotContain("<");
    assertThat(d.gold()).extracting(TimeExpression::text).containsExactly("April 30", "the past two days");
    for (TimeExpression g : d.gold()) {
      assertThat(d.text().substring(g.start(), g.end())).isEqualTo(g.text());
    }
    assertThat(d.gold().get(1).type()).isEqualTo(TimeType.DURATION);
    assertThat(d.gold().get(1).value()).isEqualTo("P2D");
  }

  @Test
  void the_evaluation_scores_a_perfect_match_as_one() {
    List<String> errors = new ArrayList<>();
    TimexEvaluation.Scores s = TimexEvaluation.evaluate(List.of(TimeMlReader.parse("war_0001", DOC)), errors::add);
    assertThat(errors).isEmpty();
    assertThat(s.strictF1()).isEqualTo(1.0);
    assertThat(s.valueF1()).isEqualTo(1.0);
    assertThat(s.headline()).isEqualTo("strictF1=1.0000 relaxedF1=1.0000 typeAcc=1.0000 valueF1=1.0000");
    assertThat(s.byRule()).extracting(TimexEvaluation.RuleTally::errors).containsOnly(0);
    assertThat(s.byRule()).extracting(TimexEvaluation.RuleTally::system).containsOnly(1);
    assertThat(s.byRule()).extracting(TimexEvaluation.RuleTally::rule)
        .containsExactlyInAnyOrder("day-of-month", "relative-duration");
  }

  @Test
  void partial_overlaps_count_as_relaxed_but_not_strict_matches() {
    String tag = "<TIMEX3 tid=\"t2\" type=\"DURATION\" value=\"P2D\" functionInDocument=\"NONE\">";
    String doc = DOC.replace(tag + "the past two days", "the past " + tag + "two days");
    TimexEvaluation.Scores s = TimexEvaluation.evaluate(List.of(TimeMlReader.parse("x", doc)), e -> { });
    assertThat(s.relaxedF1()).isEqualTo(1.0);
    assertThat(s.strictF1()).isEqualTo(0.5);
    // the breakdown charges the extent error to the rule that read "the past two days"
    assertThat(s.byRule()).filteredOn(r -> r.rule().equals(TimexRule.RELATIVE_DURATION.id())).singleElement()
        .satisfies(r -> {
          assertThat(r.system()).isEqualTo(1);
          assertThat(r.extent()).isEqualTo(1);
          assertThat(r.spurious() + r.wrongType() + r.wrongValue()).isZero();
        });
    assertThat(s.byRule().get(0).rule()).isEqualTo(TimexRule.RELATIVE_DURATION.id());
    assertThat(s.ruleReport()).anySatisfy(line -> assertThat(line).startsWith("relative-duration"));
  }

  @Test
  void a_document_without_text_is_rejected_by_name() {
    assertThatIllegalArgumentException().isThrownBy(() -> TimeMlReader.parse("empty_doc", "<TimeML></TimeML>"))
        .withMessageContaining("empty_doc");
  }
}
