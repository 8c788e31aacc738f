package dev.scrutiny.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SearchQueryTest {

  @Test
  void each_with_sets_its_own_field_and_keeps_the_others() {
    LocalDate from = LocalDate.parse("2025-01-01");
    LocalDate to = LocalDate.parse("2025-02-28");
    SearchQuery q = SearchQuery.of("drone attack").withSource("Wire").withFrom(from).withTo(to).withLanguage("uk")
        .withSpeaker("mayor").withPlace("Odesa").withTechnique("LOADED_LANGUAGE").withCheckKind("ARITHMETIC")
        .withGenre("OPINION").withSide("OTHER").withLimit(7).withOffset(14).withFacets(true).withAllRevisions(true);
    assertThat(q).isEqualTo(new SearchQuery("drone attack", "Wire", from, to, "uk", "mayor", "Odesa",
        "LOADED_LANGUAGE", "ARITHMETIC", "OPINION", "OTHER", 7, 14, true, true));
    assertThat(q.withSource(null).source()).isNull();
    assertThat(q.withSource(null)).isEqualTo(new SearchQuery("drone attack", null, from, to, "uk", "mayor", "Odesa",
        "LOADED_LANGUAGE", "ARITHMETIC", "OPINION", "OTHER", 7, 14, true, true));
    assertThat(q.withSide("RUSSIAN").withFacets(false)).isEqualTo(new SearchQuery("drone attack", "Wire", from, to,
        "uk", "mayor", "Odesa", "LOADED_LANGUAGE", "ARITHMETIC", "OPINION", "RUSSIAN", 7, 14, false, true));
  }

  @Test
  void a_new_query_starts_with_no_filter_and_the_twenty_best() {
    assertThat(SearchQuery.of("x")).isEqualTo(new SearchQuery("x", null, null, null, null, null, null, null, null,
        null, null, 20, 0, false, false));
  }

  @Test
  void a_negative_limit_or_offset_is_refused_on_every_path() {
    assertThatThrownBy(() -> SearchQuery.of("x").withLimit(-1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("limit and offset must be >= 0, got -1 and 0");
    assertThatThrownBy(() -> SearchQuery.of("x").withLimit(5).withOffset(-3))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("limit and offset must be >= 0, got 5 and -3");
  }
}
