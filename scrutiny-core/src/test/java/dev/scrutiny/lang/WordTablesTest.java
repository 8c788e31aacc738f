package dev.scrutiny.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scrutiny.lang.en.English;
import dev.scrutiny.lang.ru.Russian;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordTablesTest {

  @Test
  void english_number_words_compose_tens_and_units() {
    assertThat(English.cardinal("seven")).isEqualTo(7);
    assertThat(English.cardinal("Twenty-One")).isEqualTo(21);
    assertThat(English.cardinal("ninety-nine")).isEqualTo(99);
    assertThat(English.ordinal("thirty-third")).isEqualTo(33);
    assertThat(English.ordinal("twelfth")).isEqualTo(12);
    assertThat(English.cardinal("seventh")).isEqualTo(-1);
    assertThat(English.ordinal("seven")).isEqualTo(-1);
    assertThat(English.cardinal("twenty-zero")).isEqualTo(-1);
  }

  @Test
  void english_months_by_name_and_abbreviation() {
    assertThat(English.month("May")).isEqualTo(5);
    assertThat(English.month("Sept.")).isEqualTo(9);
    assertThat(English.month("sep")).isEqualTo(9);
    assertThat(English.monthName("Sept")).isZero();
    assertThat(English.month("Mayday")).isZero();
  }

  @Test
  void english_weekdays_are_numbered_from_monday() {
    assertThat(English.weekday("Monday")).isEqualTo(1);
    assertThat(English.weekday("sunday")).isEqualTo(7);
    assertThat(English.weekday("Fri")).as("full names only").isZero();
    assertThat(English.weekday("weekend")).isZero();
  }

  @Test
  void abbreviations_of_both_languages_merge() {
    Abbreviations both = English.abbreviations().and(Russian.abbreviations());
    assertThat(both.title()).contains("Gen", "ул");
    assertThat(both.maybe()).contains("Inc", "млн");
    assertThat(both.beforeDigit()).contains("No");
    assertThat(both.listEnd()).containsExactly("etc");
    assertThat(Russian.sentenceOpeners()).contains("Однако");
    assertThat(English.sentenceOpeners()).contains("However");
  }

  @Test
  void a_missing_table_names_its_path() {
    assertThatThrownBy(() -> WordTables.rows("xx", "numbers.tsv", List.of("a")))
        .hasMessageContaining("/dev/scrutiny/lang/xx/numbers.tsv");
  }
}
