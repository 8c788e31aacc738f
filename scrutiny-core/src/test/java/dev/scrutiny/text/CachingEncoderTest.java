package dev.scrutiny.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CachingEncoderTest {

  @Test
  void each_distinct_text_is_encoded_once_and_gets_the_wrapped_encoders_vector() {
    FakeEncoder inner = new FakeEncoder("fake");
    CachingEncoder cached = (CachingEncoder) CachingEncoder.of(inner);
    float[][] first = cached.encode(List.of("Prices rose.", " Prices rose. ", "Sanctions bite."));
    float[][] second = cached.encode(List.of("Sanctions bite.", "A new one."));
    assertThat(inner.asked()).containsExactly("Prices rose.", "Sanctions bite.", "A new one.");
    assertThat(first[0]).isSameAs(first[1]).containsExactly(inner.encode(List.of("Prices rose."))[0]);
    assertThat(second[0]).isSameAs(first[2]);
    assertThat(second[1]).containsExactly(new FakeEncoder("x").encode(List.of("A new one."))[0]);
    assertThat(cached.encoded()).isEqualTo(3);
    assertThat(cached.hits()).isEqualTo(2);
    assertThat(CachingEncoder.of(cached)).isSameAs(cached);
    assertThat(cached.id()).isEqualTo("fake");
  }
}
