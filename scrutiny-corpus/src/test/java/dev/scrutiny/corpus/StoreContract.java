package dev.scrutiny.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.scrutiny.article.Analysis;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link CorpusStore} must do; run on SQLite and on PostgreSQL. */
abstract class StoreContract {

  CorpusStore store;

  abstract CorpusStore openStore() throws Exception;

  /** The same store, closed and opened again. */
  abstract CorpusStore reopen() throws Exception;

  @BeforeEach
  void open() throws Exception {
    store = openStore();
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void the_same_text_is_one_article() {
    AddOutcome first = store.add(Fixtures.portStrike(), Fixtures.PROVENANCE, "a.html");
    AddOutcome again = store.add(Fixtures.portStrike(), Fixtures.PROVENANCE, "copy/a.html");
    assertThat(first.status()).isEqualTo(AddOutcome.Status.ADDED);
    assertThat(again.status()).isEqualTo(AddOutcome.Status.PRESENT);
    assertThat(again.id()).isEqualTo(first.id()).isEqualTo(ArticleIds.of(Fixtures.PORT_STRIKE));
    assertThat(store.count()).isEqualTo(1);
    assertThat(store.containsText(Fixtures.PORT_STRIKE)).isTrue();
    assertThat(store.containsText(Fixtures.KHARKIV)).isFalse();
  }

  @Test
  void many_articles_are_added_in_one_transaction_with_the_same_identity_rules() {
    List<AddOutcome> outcomes = store.addAll(List.of(Fixtures.portStrike(), Fixtures.kharkiv(), Fixtures.portStrike()),
        Fixtures.PROVENANCE, "bulk");
    assertThat(outcomes).extracting(AddOutcome::status).containsExactly(AddOutcome.Status.ADDED,
        AddOutcome.Status.ADDED, AddOutcome.Status.PRESENT);
    assertThat(store.count()).isEqualTo(2);
  }

  @Test
  void a_changed_text_at_the_same_url_is_a_new_revision_and_only_the_latest_is_searched() {
    AddOutcome first = store.add(Fixtures.portStrike(), Fixtures.PROVENANCE, null);
    Analysis updated = Fixtures.analysed("port", "Drones hit Odesa port", Fixtures.PORT_STRIKE
        + " Later, officials said a third silo had burned.", "Daily Example", "2025-03-11", "https://news.example/odesa-port");
    AddOutcome second = store.add(updated, Fixtures.PROVENANCE, null);
    assertThat(second.status()).isEqualTo(AddOutcome.Status.REVISION);
    assertThat(second.revision()).isEqualTo(2);
    assertThat(store.article(second.id()).orElseThrow().revisionOf()).isEqualTo(first.id());
    assertThat(store.article(first.id()).orElseThrow().latest()).isFalse();
    assertThat(store.search(SearchQuery.of("silos")).hits()).extracting(SearchHit::id).containsExactly(second.id());
    assertThat(store.search(SearchQuery.of("").withAllRevisions(true)).total()).isEqualTo(2);
    assertThat(store.search(SearchQuery.of("").withSource("Daily Example")).total()).isEqualTo(1);
    assertThat(store.integrityCheck()).isEqualTo("ok");
  }

  @Test
  void the_analysis_is_kept_whole_with_the_store_id_and_its_provenance() throws Exception {
    AddOutcome o = store.add(Fixtures.portStrike(), Fixtures.PROVENANCE, "reports/port.html");
    StoredArticle a = store.article(o.id()).orElseThrow();
    JsonNode json = new ObjectMapper().readTree(a.analysisJson());
    assertThat(json.get("id").asText()).isEqualTo(o.id());
    assertThat(json.get("text").asText()).isEqualTo(Fixtures.PORT_STRIKE);
    assertThat(json.has("claims")).isTrue();
    assertThat(a.models()).isEqualTo(Fixtures.PROVENANCE.models()).contains("entities/");
    assertThat(a.scrutinyVersion()).isEqualTo(Provenance.version());
    assertThat(a.origin()).isEqualTo("reports/port.html");
    assertThat(a.source()).isEqualTo("Daily Example");
    assertThat(a.published()).isEqualTo("2025-03-11");
  }

  @Test
  void search_ranks_marks_and_filters() {
    store.add(Fixtures.portStrike(), Fixtures.PROVENANCE, null);
    store.add(Fixtures.kharkiv(), Fixtures.PROVENANCE, null);
    store.add(Fixtures.grain(), Fixtures.PROVENANCE, null);

    SearchResult odesa = store.search(SearchQuery.of("Odesa").withFacets(true));
    assertThat(odesa.total()).isEqualTo(2);
    // the title names Odesa in the strike story only
    assertThat(odesa.hits().getFirst().id()).isEqualTo(ArticleIds.of(Fixtures.PORT_STRIKE));
    Snippet s = odesa.hits().getFirst().snippet();
    assertThat(s.highlights()).isNotEmpty();
    assertThat(s.text().substring(s.highlights().getFirst().start(), s.highlights().getFirst().end()))
        .isEqualToIgnoringCase("Odesa");
    assertThat(odesa.facets().get("source")).containsExactly(new SearchResult.FacetCount("Daily Example", 2));

    assertThat(store.search(SearchQuery.of("Odesa").withFrom(LocalDate.parse("2025-04-01"))).hits())
        .extracting(SearchHit::id).containsExactly(ArticleIds.of(Fixtures.GRAIN));
    assertThat(store.search(SearchQuery.of("").withSource("Other Outlet")).hits())
        .extracting(SearchHit::id).containsExactly(ArticleIds.of(Fixtures.KHARKIV));
    assertThat(store.search(SearchQuery.of("").withSpeaker("Terekhov")).total()).isEqualTo(1);
    assertThat(store.search(SearchQuery.of("Kharkiv").withLanguage("ru")).total()).isZero();
    assertThat(store.search(SearchQuery.of("\"grain silos\"")).total()).isEqualTo(1);
    assertThat(store.search(SearchQuery.of("nothingmatchesthis")).total()).isZero();
    // a blank query lists newest first
    assertThat(store.search(SearchQuery.of("")).hits()).extracting(SearchHit::id).containsExactly(
        ArticleIds.of(Fixtures.GRAIN), ArticleIds.of(Fixtures.PORT_STRIKE), ArticleIds.of(Fixtures.KHARKIV));
  }

  /** Facet values of the stored articles as their analysis JSON gives them: facet → value → article ids. */
  private java.util.Map<String, java.util.Map<String, java.util.Set<String>>> expectedFacets(List<String> ids)
      throws Exception {
    java.util.Map<String, java.util.Map<String, java.util.Set<String>>> out = new java.util.TreeMap<>();
    for (String id : ids) {
      StoredArticle a = store.article(id).orElseThrow();
      JsonNode tree = new ObjectMapper().readTree(a.analysisJson());
      java.util.function.BiConsumer<String, String> put = (facet, value) -> {
        if (value != null && !value.isEmpty()) {
          out.computeIfAbsent(facet, f -> new java.util.TreeMap<>()).computeIfAbsent(value, v -> new java.util.TreeSet<>())
              .add(id);
        }
      };
      put.accept("source", a.source());
      put.accept("month", a.published().substring(0, 7));
      put.accept("genre", a.genre());
      tree.path("claims").forEach(c -> put.accept("side", c.path("side").asText(null)));
      tree.path("techniques").forEach(t -> put.accept("technique", t.path("technique").asText(null)));
      tree.path("checks").forEach(k -> put.accept("checkKind", k.path("kind").asText(null)));
    }
    return out;
  }

  private static java.util.Map<String, Long> counts(SearchResult r, String facet) {
    java.util.Map<String, Long> m = new java.util.TreeMap<>();
    r.facets().getOrDefault(facet, List.of()).forEach(c -> m.put(c.value(), c.count()));
    return m;
  }

  @Test
  void genre_and_side_filter_and_every_facet_counts_what_the_analyses_say() throws Exception {
    List<String> ids = new ArrayList<>();
    ids.add(store.add(Fixtures.portStrike(), Fixtures.PROVENANCE, null).id());
    ids.add(store.add(Fixtures.kharkiv(), Fixtures.PROVENANCE, null).id());
    // counted once, then an article is added: the next count includes it
    assertThat(store.search(SearchQuery.of("").withFacets(true)).total()).isEqualTo(2);
    ids.add(store.add(Fixtures.grain(), Fixtures.PROVENANCE, null).id());
    var expected = expectedFacets(ids);
    assertThat(expected.get("side")).as("the fixtures quote sides").isNotEmpty();
    assertThat(expected.get("genre")).as("the fixtures have genres").isNotEmpty();

    SearchResult all = store.search(SearchQuery.of("").withFacets(true).withLimit(0));
    assertThat(all.total()).isEqualTo(3);
    assertThat(all.totalExact()).isTrue();
    for (String facet : List.of("source", "month", "genre", "side", "technique", "checkKind")) {
      java.util.Map<String, Long> want = new java.util.TreeMap<>();
      expected.getOrDefault(facet, java.util.Map.of()).forEach((v, in) -> want.put(v, (long) in.size()));
      assertThat(counts(all, facet)).as(facet).isEqualTo(want);
    }
    assertThat(all.facets().get("month")).extracting(SearchResult.FacetCount::value)
        .containsExactly("2025-04", "2025-03", "2025-02");

    for (var e : expected.get("side").entrySet()) {
      SearchResult bySide = store.search(SearchQuery.of("").withSide(e.getKey().toLowerCase(java.util.Locale.ROOT)));
      assertThat(bySide.hits()).extracting(SearchHit::id).as(e.getKey()).containsExactlyInAnyOrderElementsOf(e.getValue());
    }
    for (var e : expected.get("genre").entrySet()) {
      SearchResult byGenre = store.search(SearchQuery.of("").withGenre(e.getKey().toLowerCase(java.util.Locale.ROOT)));
      assertThat(byGenre.hits()).extracting(SearchHit::id).as(e.getKey()).containsExactlyInAnyOrderElementsOf(e.getValue());
    }
    assertThat(store.search(SearchQuery.of("Odesa").withSide("NO_SUCH_SIDE")).total()).isZero();
    // with words and a filter, facets count the filtered matches only
    SearchResult odesa = store.search(SearchQuery.of("Odesa").withSource("Daily Example").withFacets(true));
    assertThat(odesa.total()).isEqualTo(2);
    assertThat(counts(odesa, "source")).isEqualTo(java.util.Map.of("Daily Example", 2L));
    assertThat(counts(odesa, "month")).isEqualTo(java.util.Map.of("2025-03", 1L, "2025-04", 1L));
  }

  @Test
  void query_syntax_never_breaks_search() {
    store.add(Fixtures.portStrike(), Fixtures.PROVENANCE, null);
    for (String q : List.of("\"", "NEAR(", "port*", "AND OR NOT", "-", "a:b", "(odesa", "\"unclosed odesa", "'; DROP")) {
      assertThat(store.search(SearchQuery.of(q)).total()).as(q).isGreaterThanOrEqualTo(0);
    }
  }

  @Test
  void statements_outlets_places_and_checks_are_aggregated() {
    store.add(Fixtures.portStrike(), Fixtures.PROVENANCE, null);
    store.add(Fixtures.kharkiv(), Fixtures.PROVENANCE, null);
    store.add(Fixtures.grain(), Fixtures.PROVENANCE, null);
    List<StatementRow> terekhov = store.statementsBy("Ihor Terekhov", 100);
    assertThat(terekhov).isNotEmpty().allSatisfy(s -> {
      assertThat(s.source()).isEqualTo("Other Outlet");
      assertThat(Fixtures.KHARKIV.substring(s.start(), s.end())).isEqualTo(s.content());
      assertThat(s.id()).startsWith(s.articleId() + "/c");
    });
    List<OutletSummary> outlets = store.outlets();
    assertThat(outlets).extracting(OutletSummary::source).containsExactly("Daily Example", "Other Outlet");
    assertThat(outlets.getFirst().articles()).isEqualTo(2);
    assertThat(outlets.getFirst().words()).isPositive();
    List<PlaceSummary> places = store.places(10);
    assertThat(places).extracting(PlaceSummary::name).contains("Odesa", "Kharkiv");
    assertThat(places.getFirst().name()).isEqualTo("Odesa");
    assertThat(places.getFirst().articles()).isEqualTo(2);
    assertThat(store.checks(10)).isNotNull();
  }

  @Test
  void rows_of_every_table_are_listed_with_their_article() {
    AddOutcome o = store.add(Fixtures.portStrike(), Fixtures.PROVENANCE, null);
    for (Table t : Table.values()) {
      List<List<Object>> rows = new ArrayList<>();
      store.forEachRow(t, rows::add);
      if (t != Table.CHECKS && t != Table.TECHNIQUES && t != Table.MARKERS) {
        assertThat(rows).as(t.tableName()).isNotEmpty();
      }
      assertThat(rows).allSatisfy(r -> {
        assertThat(r).hasSize(t.columns().size());
        assertThat(r.getFirst()).isEqualTo(o.id());
      });
    }
  }

  @Test
  void stale_analyses_are_found_and_replaced() {
    Provenance old = new Provenance("0.0.1", "entities/0");
    AddOutcome o = store.add(Fixtures.portStrike(), old, null);
    store.add(Fixtures.kharkiv(), Fixtures.PROVENANCE, null);
    assertThat(store.staleIds(Fixtures.PROVENANCE)).containsExactly(o.id());
    store.replaceAnalysis(o.id(), Fixtures.portStrike(), Fixtures.PROVENANCE);
    assertThat(store.staleIds(Fixtures.PROVENANCE)).isEmpty();
    assertThat(store.statementsBy("Oleh Kiper", 10)).isNotEmpty();
    assertThatThrownBy(() -> store.replaceAnalysis(o.id(), Fixtures.kharkiv(), Fixtures.PROVENANCE))
        .hasMessageContaining("different text");
  }

  @Test
  void cross_source_results_are_kept_and_found_from_each_article() {
    AddOutcome a = store.add(Fixtures.portStrike(), Fixtures.PROVENANCE, null);
    AddOutcome b = store.add(Fixtures.grain(), Fixtures.PROVENANCE, null);
    store.putResult(new CrossSourceResult("story", "s1", List.of(a.id(), b.id()), "{\"title\":\"Odesa\"}"));
    store.putResult(new CrossSourceResult("story", "s1", List.of(a.id()), "{\"title\":\"Odesa port\"}"));
    assertThat(store.results("story")).singleElement().satisfies(r -> {
      assertThat(r.articleIds()).containsExactly(a.id());
      assertThat(r.json()).contains("Odesa port");
    });
    assertThat(store.resultsFor(b.id())).isEmpty();
    assertThat(store.resultsFor(a.id())).hasSize(1);
  }

  @Test
  void replacing_the_results_drops_every_old_one_and_keeps_the_new_ones_exactly() {
    AddOutcome a = store.add(Fixtures.portStrike(), Fixtures.PROVENANCE, null);
    AddOutcome b = store.add(Fixtures.grain(), Fixtures.PROVENANCE, null);
    store.putResult(new CrossSourceResult("story", "old", List.of(a.id(), b.id()), "{}"));
    store.putResult(new CrossSourceResult("duplicate", "old", List.of(a.id(), b.id()), "{}"));
    String json = "{\"title\":\"Odesa \\\"port\\\" <b>strike</b>\",\"n\":[1,2]}";
    store.replaceResults(List.of(
        new CrossSourceResult("story", "s1", List.of(b.id(), a.id(), a.id()), json),
        new CrossSourceResult("contradiction", "s1-1", List.of(a.id()), "{\"x\":1}")));
    assertThat(store.results("duplicate")).isEmpty();
    assertThat(store.result("story", "old")).isEmpty();
    assertThat(store.result("story", "s1")).hasValueSatisfying(r -> {
      assertThat(r.json()).isEqualTo(json);
      assertThat(r.articleIds()).containsExactlyInAnyOrder(a.id(), b.id());
    });
    assertThat(store.result("contradiction", "s1")).isEmpty();
    assertThat(store.resultsFor(a.id())).extracting(CrossSourceResult::kind).containsExactly("contradiction", "story");
    assertThat(store.resultsFor(b.id())).extracting(CrossSourceResult::id).containsExactly("s1");
    store.replaceResults(List.of());
    assertThat(store.resultsFor(a.id())).isEmpty();
  }

  @Test
  void reopening_keeps_everything_and_passes_the_integrity_check() throws Exception {
    store.add(Fixtures.portStrike(), Fixtures.PROVENANCE, null);
    store.close();
    store = reopen();
    assertThat(store.count()).isEqualTo(1);
    assertThat(store.integrityCheck()).isEqualTo("ok");
    List<StoredArticle> all = new ArrayList<>();
    store.forEachArticle(all::add);
    assertThat(all).hasSize(1);
  }
}
