package dev.scrutiny.corpus.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;

/**
 * Fuzz target for the RSS/Atom reader: any bytes are a list of items or an IllegalArgumentException
 * with a reason, never another exception. Runs its committed inputs in every build; {@code .ci/fuzz}
 * mutates them.
 */
class FeedFuzzTest {

  @FuzzTest(maxDuration = "20s")
  void reads_any_feed_or_rejects_it(byte[] body) {
    try {
      List<FeedItems.Item> items = FeedItems.read(body, "https://news.example/feed.xml");
      assertThat(items).allSatisfy(i -> {
        if (i.link() != null) {
          assertThat(i.link()).doesNotContain("\n");
        }
      });
    } catch (IllegalArgumentException e) {
      assertThat(e.getMessage()).startsWith("not a readable RSS/Atom feed");
    }
  }
}
