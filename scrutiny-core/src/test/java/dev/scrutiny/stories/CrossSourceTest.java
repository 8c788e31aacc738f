package dev.scrutiny.stories;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scrutiny.article.Analysis;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The cross-source comparison on a hand-written multi-outlet set: one strike told by a wire service, a
 * Ukrainian-side and a Russian-side outlet, a reprint, an excerpt, a content-farm rewrite and a later update;
 * a feature about the same port on the same day; a second strike elsewhere; a prisoner exchange on which
 * everyone agrees; a village whose capture is claimed and denied.
 */
class CrossSourceTest {

  private static final String SET = "war-stories.jsonl";
  private static final Gold GOLD = Gold.load("war-stories.gold.tsv");

  private static CrossSourceReport report() {
    return CrossSource.compare(Fixtures.analysed(SET));
  }

  @Test
  void stories_match_the_answer_key_pairwise() {
    CrossSourceReport r = report();
    Gold.Score s = Gold.score(Gold.pairs(r.stories().stream().map(Story::articles).toList()), Gold.pairs(GOLD.stories()));
    System.out.println("stories (pairwise), " + SET + ": " + s);
    assertThat(s.f1()).isGreaterThanOrEqualTo(0.9);
  }

  @Test
  void a_feature_about_the_same_port_on_the_same_day_is_another_story() {
    CrossSourceReport r = report();
    String strike = storyOf(r, "meridian-odesa-0900");
    assertThat(storyOf(r, "blacksea-monitor-grain")).isNotEqualTo(strike);
    assertThat(storyOf(r, "kyivledger-kharkiv")).isNotEqualTo(strike);
    assertThat(storyOf(r, "moscowherald-odessa")).isEqualTo(strike);
  }

  @Test
  void copies_rewrites_and_excerpts_are_found_with_who_published_first() {
    CrossSourceReport r = report();
    Set<String> found = r.duplicates().stream()
        .map(d -> Gold.pair(d.a(), d.b()) + "|" + d.kind().jsonName() + "|" + d.first())
        .collect(Collectors.toSet());
    Gold.Score s = Gold.score(found, GOLD.duplicates());
    System.out.println("duplicates (pair, kind, first): " + s);
    assertThat(s.recall()).isEqualTo(1.0);
    assertThat(s.precision()).isGreaterThanOrEqualTo(0.75);
  }

  @Test
  void the_story_where_everyone_agrees_raises_no_contradiction() {
    CrossSourceReport r = report();
    String exchange = storyOf(r, "meridian-exchange");
    assertThat(r.contradictions()).noneMatch(f -> f.story().equals(exchange));
    assertThat(r.agreements()).anyMatch(f -> f.story().equals(exchange) && f.subject().equals("prisoners released"));
  }

  @Test
  void contradictions_and_updates_match_the_answer_key() {
    CrossSourceReport r = report();
    Set<String> contra = r.contradictions().stream()
        .map(f -> Gold.pair(f.a().article(), f.b().article()) + "|" + f.kind().jsonName()).collect(Collectors.toSet());
    Set<String> updates = r.updates().stream()
        .map(f -> Gold.pair(f.a().article(), f.b().article()) + "|" + f.subject()).collect(Collectors.toSet());
    Gold.Score c = Gold.score(contra, GOLD.contradictions());
    Gold.Score u = Gold.score(updates, GOLD.updates());
    System.out.println("contradictions (pair, kind): " + c);
    System.out.println("updates (pair, quantity): " + u);
    assertThat(c.precision()).isGreaterThanOrEqualTo(0.8);
    assertThat(c.recall()).isGreaterThanOrEqualTo(0.8);
    assertThat(u.recall()).isGreaterThanOrEqualTo(0.8);
  }

  @Test
  void a_contradiction_carries_both_passages_and_says_what_differs() {
    Finding f = report().contradictions().stream().filter(x -> x.kind() == Finding.Kind.STATUS).findFirst().orElseThrow();
    List<Analysis> all = Fixtures.analysed(SET);
    for (Passage p : List.of(f.a(), f.b())) {
      Analysis a = all.stream().filter(x -> x.article().id().equals(p.article())).findFirst().orElseThrow();
      assertThat(a.text().substring(p.start(), p.end())).isEqualTo(p.text()).contains("Robotyne");
    }
    assertThat(f.explanation()).contains("Moscow Herald", "Kyiv Ledger", "Robotyne");
    assertThat(Set.of(f.a().source(), f.b().source())).containsExactlyInAnyOrder("Moscow Herald", "Kyiv Ledger");
  }

  @Test
  void copies_are_not_counted_as_independent_agreement() {
    CrossSourceReport r = report();
    Set<String> copies = new HashSet<>();
    r.duplicates().forEach(d -> copies.add(Gold.pair(d.a(), d.b())));
    assertThat(r.agreements()).noneMatch(f -> copies.contains(Gold.pair(f.a().article(), f.b().article())));
    assertThat(r.agreements()).noneMatch(f -> f.a().source().equals(f.b().source()));
  }

  @Test
  void one_speakers_statement_is_aligned_across_outlets_with_each_cue() {
    CrossSourceReport r = report();
    AlignedStatement kiper = r.statements().stream()
        .filter(s -> s.speaker().equals("kiper") && s.versions().size() >= 3).findFirst().orElseThrow();
    assertThat(kiper.versions()).extracting(AlignedStatement.Version::article).doesNotHaveDuplicates();
    assertThat(kiper.versions()).allSatisfy(v -> assertThat(v.cue()).isNotNull());
    assertThat(kiper.notReported()).doesNotContainAnyElementsOf(
        kiper.versions().stream().map(AlignedStatement.Version::article).toList());
  }

  @Test
  void outlet_profiles_cover_every_outlet() {
    CrossSourceReport r = report();
    assertThat(r.outlets()).extracting(OutletProfile::source)
        .contains("Meridian Wire", "Kyiv Ledger", "Moscow Herald", "DailyNewsHub24");
    OutletProfile herald = r.outlets().stream().filter(o -> o.source().equals("Moscow Herald")).findFirst().orElseThrow();
    assertThat(herald.articles()).isEqualTo(3);
    assertThat(herald.toponyms().getOrDefault("ru-style", 0)).isPositive();
  }

  private static String storyOf(CrossSourceReport r, String article) {
    return r.stories().stream().filter(s -> s.articles().contains(article)).findFirst().orElseThrow().id();
  }
}
