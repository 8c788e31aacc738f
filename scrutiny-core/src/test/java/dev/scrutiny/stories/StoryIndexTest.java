package dev.scrutiny.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scrutiny.article.Analysis;
import java.util.List;
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
}
