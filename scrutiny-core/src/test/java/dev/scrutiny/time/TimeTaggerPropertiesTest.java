package dev.scrutiny.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class TimeTaggerPropertiesTest {

  static final List<String> WORDS = List.of("the", "last", "next", "past", "this", "a", "an", "two", "twenty",
      "-", "five", "several", "year", "years", "month", "week", "weekend", "day", "days", "quarter", "third",
      "first", "half", "of", "in", "on", "at", "ago", "earlier", "later", "early", "mid", "late", "April",
      "Aug.", "May", "March", "Jan", "Monday", "Fridays", "morning", "night", "tonight", "today", "yesterday",
      "now", "recently", "future", "since", "2024", "1990s", "'90s", "26", "30", "26-30", "2022-23",
      "26.04.2025", "2025-04-26", "10:30", "a.m.", "p.m.", "3", "noon", "every", "times", "per", "once",
      "twice", "daily", "quarterly", "fiscal", "FY", "Q", "3", "summer", "winter", "Christmas", "Thanksgiving",
      "New", "Year's", "Eve", "its", "seventh", "20th", "century", "'s", ",", ".", "!", "almost", "more",
      "than", "up", "to", "about", "over", "nineteen", "ninety", "thousand", "year-ago", "will", "was", "said",
      "1,500", "$", "%", "old", "3.5", "x", "'", "’s", "\n", "2014–2015", "26–30", "1/2", "12/03/2024", "3/12",
      "05:30", "10.30", "999999999", "100000", "4000", "31.02.2024", "2024-02-30", "00.13.2024", "29.02.2023", "–", "1,000", "0", "00", "99", "31", "32", "29", "February", "Feb.", "1.5", "2:3,4");

  @Provide
  Arbitrary<String> newsish() {
    return Arbitraries.of(WORDS).list().ofMaxSize(40).map(l -> String.join(" ", l))
        .edgeCases(c -> c.add(""));
  }

  @Provide
  Arbitrary<String> squashed() {
    return Arbitraries.of(WORDS).list().ofMaxSize(30).map(l -> String.join("", l));
  }

  @Property(tries = 5000)
  void spans_are_sorted_disjoint_and_match_their_text(@ForAll("newsish") String text) {
    check(text, LocalDate.of(2024, 8, 20));
    check(text, null);
  }

  @Property(tries = 3000)
  void glued_tokens_never_break_the_tagger(@ForAll("squashed") String text) {
    check(text, LocalDate.of(2025, 1, 1));
  }

  static void check(String text, LocalDate ref) {
    List<TimeExpression> t = TimeTagger.tag(text, ref, false);
    int previousEnd = 0;
    for (TimeExpression x : t) {
      assertThat(x.start()).isGreaterThanOrEqualTo(previousEnd);
      assertThat(x.end()).isGreaterThan(x.start()).isLessThanOrEqualTo(text.length());
      assertThat(text.substring(x.start(), x.end())).isEqualTo(x.text());
      assertThat(x.value()).isNotBlank();
      previousEnd = x.end();
    }
  }
}
