package dev.scrutiny.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeapGuardTest {

  @Test
  void watches_the_old_generation_of_every_collector_and_no_young_pool() {
    // pool names of HotSpot's collectors: G1, serial, parallel, generational ZGC
    assertThat(HeapGuard.watched("G1 Old Gen")).isTrue();
    assertThat(HeapGuard.watched("Tenured Gen")).isTrue();
    assertThat(HeapGuard.watched("PS Old Gen")).isTrue();
    assertThat(HeapGuard.watched("ZGC Old Generation")).isTrue();
    assertThat(HeapGuard.watched("Eden Space")).isFalse();
    assertThat(HeapGuard.watched("Survivor Space")).isFalse();
    assertThat(HeapGuard.watched("PS Survivor Space")).isFalse();
    assertThat(HeapGuard.watched("G1 Survivor Space")).isFalse();
    assertThat(HeapGuard.watched("ZGC Young Generation")).isFalse();
  }

  @Test
  void a_heap_with_room_is_not_low() {
    assertThat(HeapGuard.low()).isFalse();
  }
}
