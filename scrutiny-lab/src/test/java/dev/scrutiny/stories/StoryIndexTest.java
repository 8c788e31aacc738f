package dev.scrutiny.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scrutiny.article.Analysis;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Incremental grouping on generated articles: no pipeline, so it runs in a moment. */
class StoryIndexTest {

  @Test
  void articles_join_their_event_or_start_a_story_without_regrouping_earlier_ones() {
    SyntheticCorpus corpus = new SyntheticCorpus(3);
    List<Analysis> articles = corpus.articles(400);
    StoryIndex index = new StoryIndex();
    for (Analysis a : articles) {
      String before = index.size() == 0 ? null : index.stories().get(0).articles().get(0);
      StoryIndex.Assignment as = index.add(Digest.of(a));
      assertThat(as.articleId()).isEqualTo(a.article().id());
      if (before != null) {
        assertThat(index.stories().get(0).articles().get(0)).isEqualTo(before);
      }
    }
    long wrong = 0;
    for (Story s : index.stories()) {
      int event = corpus.eventOf(s.articles().get(0));
      wrong += s.articles().stream().filter(id -> corpus.eventOf(id) != event).count();
    }
    assertThat(wrong).isZero();
    assertThat(index.stories().size()).isLessThan(articles.size() / 2);
  }

  @Test
  void an_article_cannot_be_added_twice() {
    Analysis a = new SyntheticCorpus(5).articles(1).get(0);
    StoryIndex index = new StoryIndex();
    index.add(Digest.of(a));
    assertThatThrownBy(() -> index.add(Digest.of(a))).hasMessageContaining(a.article().id());
  }

  @Test
  void with_corpus_wide_frequencies_the_blocking_keys_do_not_depend_on_the_order() {
    List<Digest> digests = new SyntheticCorpus(11).articles(120).stream().map(Digest::of).toList();
    Map<String, Integer> df = documentFrequencies(digests);
    StoryIndex forward = new StoryIndex(StorySettings.defaults(), df, digests.size());
    StoryIndex backward = new StoryIndex(StorySettings.defaults(), df, digests.size());
    List<List<String>> keysForward = new ArrayList<>();
    for (Digest d : digests) {
      keysForward.add(forward.blockingKeys(d));
      forward.add(d);
    }
    List<List<String>> keysBackward = new ArrayList<>();
    for (Digest d : digests.reversed()) {
      keysBackward.add(backward.blockingKeys(d));
      backward.add(d);
    }
    assertThat(keysBackward.reversed()).isEqualTo(keysForward);
    assertThat(keysForward).allSatisfy(k -> assertThat(k).isNotEmpty());
  }

  @Test
  void clustering_each_block_alone_gives_the_stories_of_one_index_over_the_corpus() {
    List<Digest> digests = new SyntheticCorpus(17).articles(400).stream().map(Digest::of).toList();
    Map<String, Integer> df = documentFrequencies(digests);
    StorySettings settings = StorySettings.defaults();
    StoryIndex whole = new StoryIndex(settings, df, digests.size());
    digests.forEach(whole::add);

    // link the articles of each key, then find the connected blocks
    StoryIndex keysOnly = new StoryIndex(settings, df, digests.size());
    Map<String, List<Integer>> byKey = new TreeMap<>();
    for (int i = 0; i < digests.size(); i++) {
      for (String k : keysOnly.blockingKeys(digests.get(i))) {
        byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(i);
      }
    }
    int[] parent = new int[digests.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    for (List<Integer> members : byKey.values()) {
      List<LocalDate> days = members.stream().map(i -> digests.get(i).eventDate()).toList();
      for (int[] link : StoryBlocks.links(days, settings.windowDays())) {
        parent[root(parent, members.get(link[0]))] = root(parent, members.get(link[1]));
      }
    }
    Map<Integer, List<Digest>> blocks = new TreeMap<>();
    for (int i = 0; i < digests.size(); i++) {
      blocks.computeIfAbsent(root(parent, i), x -> new ArrayList<>()).add(digests.get(i));
    }
    assertThat(blocks.size()).as("the corpus falls into several blocks").isGreaterThan(3);

    Set<Set<String>> separately = new HashSet<>();
    for (List<Digest> block : blocks.values()) {
      StoryIndex part = new StoryIndex(settings, df, digests.size());
      block.forEach(part::add);
      part.stories().forEach(s -> separately.add(Set.copyOf(s.articles())));
    }
    Set<Set<String>> together = new HashSet<>();
    whole.stories().forEach(s -> together.add(Set.copyOf(s.articles())));
    assertThat(separately).isEqualTo(together);
  }

  @Test
  void links_join_articles_whose_days_are_within_the_window_of_a_neighbour() {
    LocalDate d = LocalDate.of(2025, 3, 1);
    List<LocalDate> days = new ArrayList<>(List.of(d.plusDays(10), d, d.plusDays(2), d.plusDays(4)));
    days.add(null);
    days.add(null);
    List<int[]> links = StoryBlocks.links(days, 2);
    assertThat(links).extracting(l -> l[0] + "-" + l[1]).containsExactlyInAnyOrder("1-2", "1-3", "4-5");
    assertThat(StoryBlocks.links(days, 0)).extracting(l -> l[0] + "-" + l[1]).containsExactly("4-5");
    assertThatThrownBy(() -> StoryBlocks.links(days, -1)).hasMessageContaining("negative");
  }

  private static Map<String, Integer> documentFrequencies(List<Digest> digests) {
    Map<String, Integer> df = new HashMap<>();
    for (Digest d : digests) {
      d.terms().keySet().forEach(t -> df.merge(t, 1, Integer::sum));
    }
    return df;
  }

  private static int root(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }
}
