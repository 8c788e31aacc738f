package dev.scrutiny.markers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scrutiny.claims.SpeakerSide;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnumMapsTest {

  @Test
  void counts_iterate_in_the_enums_order_whatever_order_they_came_in() {
    List<SpeakerSide> sides = List.of(SpeakerSide.values());
    Map<SpeakerSide, Integer> reversed = new LinkedHashMap<>();
    for (int i = sides.size() - 1; i >= 0; i--) {
      reversed.put(sides.get(i), i);
    }
    SourcingProfile p = new SourcingProfile(1, 0, 0, 0, 0, 0, reversed, 0, 0);
    assertThat(p.quotesPerSide().keySet()).containsExactlyElementsOf(sides);
    assertThatThrownBy(() -> p.quotesPerSide().put(sides.get(0), 9)).isInstanceOf(UnsupportedOperationException.class);
    assertThat(new SourcingProfile(0, 0, 0, 0, 0, 0, Map.of(), 0, 0).quotesPerSide()).isEmpty();
  }
}
