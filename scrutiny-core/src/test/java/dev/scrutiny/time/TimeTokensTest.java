package dev.scrutiny.time;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scrutiny.text.Segmenter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class TimeTokensTest {

  static TimeTokens fromLayers(String text) {
    Segmenter.Segmentation s = Segmenter.segment(text);
    return TimeTokens.of(text, s.sentences(), s.tokens());
  }

  static List<String> texts(TimeTokens t) {
    List<String> out = new ArrayList<>();
    for (int k = 0; k < t.size; k++) {
      out.add(t.lower[k]);
    }
    return out;
  }

  @Test
  void shared_tokens_are_recut_the_way_the_time_rules_read_them() {
    TimeTokens t = fromLayers("The year-ago quarter, 26-30 April, FY2024 and the '90s.");
    assertThat(texts(t)).containsExactly("the", "year", "-", "ago", "quarter", ",", "26-30", "april", ",", "fy",
        "2024", "and", "the", "'90s", ".");
    assertThat(t.kind[Arrays.asList(t.lower).indexOf("'90s")]).isEqualTo(TimeTokens.ALNUM);
  }

  @Test
  void sentences_come_from_the_shared_layer_so_an_initial_does_not_end_one() {
    String text = "Daniel P. Moss will go. Then rest.";
    TimeTokens shared = fromLayers(text);
    TimeTokens alone = TimeTokens.of(text);
    int will = texts(shared).indexOf("will");
    int daniel = 0;
    assertThat(shared.sameSentence(daniel, will)).isTrue();
    assertThat(alone.sameSentence(daniel, will)).isFalse(); // the text alone ends a sentence at "P."
    assertThat(shared.sameSentence(will, texts(shared).indexOf("rest"))).isFalse();
  }

  @Property(tries = 2000)
  void recutting_the_shared_tokens_gives_the_tokens_of_the_text_alone(
      @ForAll("newsish") String text) {
    TimeTokens shared = fromLayers(text);
    TimeTokens alone = TimeTokens.of(text);
    assertThat(shared.size).isEqualTo(alone.size);
    assertThat(Arrays.copyOf(shared.start, shared.size)).isEqualTo(Arrays.copyOf(alone.start, alone.size));
    assertThat(Arrays.copyOf(shared.end, shared.size)).isEqualTo(Arrays.copyOf(alone.end, alone.size));
    assertThat(Arrays.copyOf(shared.kind, shared.size)).isEqualTo(Arrays.copyOf(alone.kind, alone.size));
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<String> newsish() {
    return new TimeTaggerPropertiesTest().newsish();
  }
}
