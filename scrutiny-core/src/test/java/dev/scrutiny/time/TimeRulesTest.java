package dev.scrutiny.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class TimeRulesTest {

  @Provide
  Arbitrary<String> newsish() {
    return new TimeTaggerPropertiesTest().newsish();
  }

  /** core() writes the families out for speed; it must stay the longest match over {@link TimeRules#CORE}. */
  @Property(tries = 1000)
  void core_is_the_longest_match_over_the_declared_families(@ForAll("newsish") String text) {
    LocalDate ref = LocalDate.of(2024, 8, 20);
    TimeTokens t = TimeTokens.of(text);
    for (int i = 0; i < t.size; i++) {
      int at = i;
      Hit folded = safely(() -> {
        TimeContext c = new TimeContext(text, t, ref, Anchor.PUBLICATION);
        Hit best = null;
        for (TimeRule rule : TimeRules.CORE) {
          best = Hit.longer(best, rule.match(c, at));
        }
        return best;
      });
      Hit direct = safely(() -> TimeRules.core(new TimeContext(text, t, ref, Anchor.PUBLICATION), at));
      assertThat(direct).isEqualTo(folded);
    }
  }

  @Test
  void an_approximator_joins_the_extent_and_keeps_the_rule_of_what_it_modifies() {
    TimeExpression e = TimeTagger.tag("The siege lasted almost a year.", LocalDate.of(2024, 8, 20)).get(0);
    assertThat(e.text()).isEqualTo("almost a year");
    assertThat(e.rule()).isEqualTo(TimexRule.DURATION.id());
  }

  @Test
  void a_range_gives_two_expressions_with_their_own_rules() {
    var t = TimeTagger.tag("Talks ran April 26-30.", LocalDate.of(2025, 5, 2));
    assertThat(t).extracting(TimeExpression::text).containsExactly("April 26", "30");
    assertThat(t).extracting(TimeExpression::rule).containsExactly("day-of-month", "range-end");
  }

  interface Call {
    Hit run();
  }

  static Hit safely(Call call) {
    try {
      return call.run();
    } catch (RuntimeException e) {
      return null; // the engine catches these too; both sides must agree on the rest
    }
  }
}
