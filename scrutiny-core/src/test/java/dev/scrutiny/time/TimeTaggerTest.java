package dev.scrutiny.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TimeTaggerTest {

  static final LocalDate AUG_2024 = LocalDate.of(2024, 8, 20); // a Tuesday

  /** The single expression whose text is {@code surface}; its offsets must point at that text. */
  static TimeExpression only(String text, LocalDate ref, String surface) {
    List<TimeExpression> all = TimeTagger.tag(text, ref);
    List<TimeExpression> hits = all.stream().filter(t -> t.text().equals(surface)).toList();
    assertThat(hits).as("expressions %s in %s", all, text).hasSize(1);
    TimeExpression t = hits.get(0);
    assertThat(text.substring(t.start(), t.end())).isEqualTo(surface);
    assertThat(t.start()).isEqualTo(text.indexOf(surface));
    return t;
  }

  static void expect(String text, LocalDate ref, String surface, TimeType type, String value) {
    TimeExpression t = only(text, ref, surface);
    assertThat(t.type()).as(surface).isEqualTo(type);
    assertThat(t.value()).as(surface).isEqualTo(value);
  }

  @Nested
  class Dates {
    @Test
    void day_month_and_month_day_with_year_are_absolute() {
      TimeExpression t = only("The decree was signed on 6 August 2024 in Kyiv.", AUG_2024, "6 August 2024");
      assertThat(t.value()).isEqualTo("2024-08-06");
      assertThat(t.anchor()).isEqualTo(Anchor.ABSOLUTE);
      expect("Troops crossed the border on August 6, 2024, officials said.", AUG_2024, "August 6, 2024",
          TimeType.DATE, "2024-08-06");
    }

    @Test
    void month_day_without_year_takes_the_publication_year_for_a_recent_past_event() {
      TimeExpression t = only("The offensive began on 6 August.", LocalDate.of(2024, 9, 3), "6 August");
      assertThat(t.value()).isEqualTo("2024-08-06");
      assertThat(t.anchor()).isEqualTo(Anchor.PUBLICATION);
    }

    @Test
    void month_day_in_a_january_article_is_last_year() {
      expect("The offensive began on 6 August.", LocalDate.of(2025, 1, 15), "6 August", TimeType.DATE,
          "2024-08-06");
      expect("The talks on 6 August were inconclusive.", LocalDate.of(2025, 1, 15), "6 August", TimeType.DATE,
          "2024-08-06");
    }

    @Test
    void future_tense_takes_the_next_occurrence() {
      expect("Parliament will vote on the budget on 6 August.", LocalDate.of(2024, 9, 3), "6 August",
          TimeType.DATE, "2025-08-06");
      expect("The summit is scheduled for April 26.", LocalDate.of(2025, 3, 1), "April 26", TimeType.DATE,
          "2025-04-26");
    }

    @Test
    void weekdays_resolve_to_the_past_week_or_the_next_one_by_tense() {
      expect("Drones struck the port on Monday.", AUG_2024, "Monday", TimeType.DATE, "2024-08-19");
      expect("Delegations will meet on Friday.", AUG_2024, "Friday", TimeType.DATE, "2024-08-23");
      expect("Shelling resumed Thursday night.", AUG_2024, "Thursday night", TimeType.DATE, "2024-08-15TNI");
    }

    @Test
    void relative_periods_follow_the_publication_date() {
      expect("Fighting intensified last week.", AUG_2024, "last week", TimeType.DATE, "2024-W33");
      expect("Earlier this year the front barely moved.", AUG_2024, "Earlier this year", TimeType.DATE, "2024");
      expect("Exports fell last month.", AUG_2024, "last month", TimeType.DATE, "2024-07");
      expect("The bridge was hit yesterday.", AUG_2024, "yesterday", TimeType.DATE, "2024-08-19");
      expect("Elections are due next year.", AUG_2024, "next year", TimeType.DATE, "2025");
    }

    @Test
    void ago_expressions_are_dates_at_the_unit_granularity() {
      expect("The village fell over a month ago.", AUG_2024, "over a month ago", TimeType.DATE, "2024-07");
      expect("The strike happened three days ago.", AUG_2024, "three days ago", TimeType.DATE, "2024-08-17");
      expect("He left two years ago.", AUG_2024, "two years ago", TimeType.DATE, "2022");
    }

    @Test
    void month_year_year_and_since_forms() {
      expect("The siege has lasted since October 2022.", AUG_2024, "October 2022", TimeType.DATE, "2022-10");
      expect("The 2023 battle for the town was costly.", AUG_2024, "2023", TimeType.DATE, "2023");
      expect("In 2022 the city was shelled daily.", AUG_2024, "2022", TimeType.DATE, "2022");
    }

    @Test
    void mid_year_seasons_quarters_and_fiscal_years() {
      expect("The plant should reopen by mid-2024.", LocalDate.of(2023, 11, 1), "mid-2024", TimeType.DATE, "2024");
      expect("The counteroffensive started in the summer of 2023.", AUG_2024, "the summer of 2023",
          TimeType.DATE, "2023-SU");
      expect("The army regrouped last winter.", AUG_2024, "last winter", TimeType.DATE, "2023-WI");
      expect("Output fell in the third quarter of 2024.", AUG_2024, "the third quarter of 2024", TimeType.DATE,
          "2024-Q3");
      expect("Defence spending rose in fiscal 2023.", AUG_2024, "fiscal 2023", TimeType.DATE, "2023");
      expect("Revenue doubled in Q2 2024.", AUG_2024, "Q2 2024", TimeType.DATE, "2024-Q2");
    }

    @Test
    void decades_and_centuries() {
      expect("The border was drawn in the 1990s.", AUG_2024, "the 1990s", TimeType.DATE, "199");
      expect("It is the largest war in Europe since the 20th century.", AUG_2024, "the 20th century",
          TimeType.DATE, "19");
    }

    @Test
    void numeric_dates() {
      expect("The order dated 26.04.2025 was leaked.", AUG_2024, "26.04.2025", TimeType.DATE, "2025-04-26");
      expect("The order dated 2025-04-26 was leaked.", AUG_2024, "2025-04-26", TimeType.DATE, "2025-04-26");
    }

    @Test
    void a_day_range_with_its_year_gives_two_expressions() {
      String text = "Talks were held April 26-30, 2023 in Geneva.";
      List<TimeExpression> t = TimeTagger.tag(text, LocalDate.of(2025, 5, 2));
      assertThat(t).extracting(TimeExpression::text).containsExactly("April 26", "30, 2023");
      assertThat(t).extracting(TimeExpression::value).containsExactly("2023-04-26", "2023-04-30");
      assertThat(t).extracting(TimeExpression::anchor).containsOnly(Anchor.ABSOLUTE);
    }

    @Test
    void a_day_range_gives_two_expressions() {
      String text = "Talks were held April 26-30 in Geneva.";
      List<TimeExpression> t = TimeTagger.tag(text, LocalDate.of(2025, 5, 2));
      assertThat(t).extracting(TimeExpression::text).containsExactly("April 26", "30");
      assertThat(t).extracting(TimeExpression::value).containsExactly("2025-04-26", "2025-04-30");
      assertThat(t.get(1).start()).isEqualTo(text.indexOf("30"));
    }
  }

  @Test
  void day_ranges_before_the_month_and_year_ranges_are_split_too() {
    String text = "Exercises ran 26-30 April 2025 and repeated the 2022-2023 drills.";
    List<TimeExpression> t = TimeTagger.tag(text, LocalDate.of(2025, 5, 2));
    assertThat(t).extracting(TimeExpression::text).containsExactly("26", "30 April 2025", "2022", "2023");
    assertThat(t).extracting(TimeExpression::value).containsExactly("2025-04-26", "2025-04-30", "2022", "2023");
    for (TimeExpression x : t) {
      assertThat(text.substring(x.start(), x.end())).isEqualTo(x.text());
    }
  }

  @Test
  void fiscal_year_codes() {
    expect("Budget cuts hit FY2024 hardest.", AUG_2024, "FY2024", TimeType.DATE, "2024");
    expect("Procurement rose in fiscal year 2023.", AUG_2024, "fiscal year 2023", TimeType.DATE, "2023");
  }

  @Nested
  class References {
    @Test
    void present_past_and_future_references() {
      expect("Kyiv is now preparing a new mobilisation law.", AUG_2024, "now", TimeType.DATE, "PRESENT_REF");
      expect("About 600 soldiers are currently deployed there.", AUG_2024, "currently", TimeType.DATE,
          "PRESENT_REF");
      expect("The town was recently retaken.", AUG_2024, "recently", TimeType.DATE, "PAST_REF");
      expect("Nobody can predict the future.", AUG_2024, "the future", TimeType.DATE, "FUTURE_REF");
    }
  }

  @Nested
  class Durations {
    @Test
    void counted_and_vague_durations() {
      expect("The blackout lasted almost a year.", AUG_2024, "almost a year", TimeType.DURATION, "P1Y");
      expect("Casualties over the past two days exceeded 300.", AUG_2024, "the past two days",
          TimeType.DURATION, "P2D");
      expect("The talks could take several months.", AUG_2024, "several months", TimeType.DURATION, "PXM");
      expect("A 90-day ceasefire was proposed.", AUG_2024, "90-day", TimeType.DURATION, "P90D");
      expect("Refugees lived in the camps for 2 1/2 years.", AUG_2024, "2 1/2 years", TimeType.DURATION, "P2Y6M");
      expect("The lease runs for at least 20 more years.", AUG_2024, "at least 20 more years", TimeType.DURATION,
          "P20Y");
    }

    @Test
    void an_ordinal_year_of_a_war_is_its_running_length() {
      expect("The war is now in its seventh year.", AUG_2024, "seventh year", TimeType.DURATION, "P7Y");
    }

    @Test
    void an_age_is_no_duration() {
      assertThat(TimeTagger.tag("The commander, 52 years old, was replaced.", AUG_2024)).isEmpty();
    }
  }

  @Nested
  class Sets {
    @Test
    void frequencies_and_recurring_weekdays() {
      expect("Convoys leave several times per day.", AUG_2024, "several times per day", TimeType.SET, "P1D");
      expect("Markets are closed on Mondays.", AUG_2024, "Mondays", TimeType.SET, "XXXX-WXX-1");
      expect("The ministry publishes losses daily.", AUG_2024, "daily", TimeType.SET, "P1D");
      expect("Sirens sound every night.", AUG_2024, "every night", TimeType.SET, "XXXX-XX-XXTNI");
      expect("Patrols pass twice a week.", AUG_2024, "twice a week", TimeType.SET, "P1W");
      expect("Veterans march each July.", AUG_2024, "each July", TimeType.SET, "XXXX-07");
    }
  }

  @Nested
  class Times {
    @Test
    void clock_times_and_parts_of_day() {
      expect("The sirens started at 10:30 a.m. local time.", AUG_2024, "10:30 a.m. local time", TimeType.TIME,
          "2024-08-20T10:30");
      expect("Explosions were heard this morning.", LocalDate.of(2024, 8, 6), "this morning", TimeType.TIME,
          "2024-08-06TMO");
      expect("The attack came at 3 p.m. on Monday.", AUG_2024, "3 p.m. on Monday", TimeType.TIME,
          "2024-08-19T15:00");
      expect("Russia launched 45 drones overnight, the air force said.", AUG_2024, "overnight", TimeType.TIME,
          "2024-08-19TNI");
    }
  }

  @Nested
  class WithoutPublicationDate {
    @Test
    void relative_values_are_resolved_against_the_latest_full_date_and_marked_inferred() {
      String text = "On 12 March 2025, the brigade withdrew. Two days later, on Friday, it returned. "
          + "The report from 26 April 2025 says the town was shelled yesterday.";
      List<TimeExpression> t = TimeTagger.tag(text, null);
      TimeExpression abs = t.stream().filter(x -> x.text().equals("12 March 2025")).findFirst().orElseThrow();
      assertThat(abs.anchor()).isEqualTo(Anchor.ABSOLUTE);
      TimeExpression y = t.stream().filter(x -> x.text().equals("yesterday")).findFirst().orElseThrow();
      assertThat(y.value()).isEqualTo("2025-04-25");
      assertThat(y.anchor()).isEqualTo(Anchor.INFERRED);
    }

    @Test
    void a_dateline_month_day_takes_the_latest_year_the_text_names() {
      String text = "KYIV, April 26 (Reuters) - The brigade, formed in 2023, withdrew on Monday.";
      List<TimeExpression> t = TimeTagger.tag(text, null);
      TimeExpression monday = t.stream().filter(x -> x.text().equals("Monday")).findFirst().orElseThrow();
      assertThat(monday.value()).isEqualTo("2023-04-24");
      assertThat(monday.anchor()).isEqualTo(Anchor.INFERRED);
    }

    @Test
    void nothing_to_infer_leaves_values_underspecified() {
      List<TimeExpression> t = TimeTagger.tag("The bridge was hit yesterday.", null);
      assertThat(t).singleElement().satisfies(x -> {
        assertThat(x.value()).isEqualTo("XXXX-XX-XX");
        assertThat(x.anchor()).isEqualTo(Anchor.ABSOLUTE);
      });
    }
  }

  @Test
  void a_war_news_paragraph_is_tagged_in_document_order() {
    String text = "As the war enters its fourth year, both armies are exhausted. On April 30, Kadyrov "
        + "reported that his units had taken two villages over the past two days. The governor said "
        + "shelling now happens several times per day, and talks will resume next week. Since October 2022 "
        + "the city has been without water for almost a year in total.";
    List<TimeExpression> t = TimeTagger.tag(text, LocalDate.of(2025, 5, 2));
    assertThat(t).extracting(TimeExpression::text).containsExactly("fourth year", "April 30",
        "the past two days", "now", "several times per day", "next week", "October 2022", "almost a year");
    assertThat(t).extracting(TimeExpression::value).containsExactly("P4Y", "2025-04-30", "P2D", "PRESENT_REF",
        "P1D", "2025-W19", "2022-10", "P1Y");
    for (TimeExpression x : t) {
      assertThat(text.substring(x.start(), x.end())).isEqualTo(x.text());
    }
    for (int i = 1; i < t.size(); i++) {
      assertThat(t.get(i).start()).isGreaterThanOrEqualTo(t.get(i - 1).end());
    }
  }

  @Test
  void en_dash_year_ranges_are_split_and_never_read_as_counts() {
    String text = "Russia's 2022 invasion; the 2014\u20132015 fighting.";
    List<TimeExpression> t = TimeTagger.tag(text, LocalDate.of(2025, 5, 10));
    assertThat(t).extracting(TimeExpression::value).containsExactly("2022", "2014", "2015");
  }

  @Test
  void plain_text_without_time_words_yields_nothing() {
    assertThat(TimeTagger.tag("Officials denied that troops had crossed the river.", AUG_2024)).isEmpty();
    assertThat(TimeTagger.tag("", AUG_2024)).isEmpty();
  }
}
