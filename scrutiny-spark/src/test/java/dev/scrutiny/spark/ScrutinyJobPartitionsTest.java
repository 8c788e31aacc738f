package dev.scrutiny.spark;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScrutinyJobPartitionsTest {

  @Test
  void aLargeCorpusGetsFourPartitionsPerCore() {
    assertThat(ScrutinyJob.defaultPartitions(2_000, 2)).isEqualTo(8);
    assertThat(ScrutinyJob.defaultPartitions(1_000_000, 16)).isEqualTo(64);
  }

  @Test
  void aSmallCorpusIsNotCutIntoTinyPartitions() {
    assertThat(ScrutinyJob.defaultPartitions(20, 2)).isEqualTo(1);
    assertThat(ScrutinyJob.defaultPartitions(50, 2)).isEqualTo(1);
    assertThat(ScrutinyJob.defaultPartitions(51, 2)).isEqualTo(2);
    assertThat(ScrutinyJob.defaultPartitions(300, 2)).isEqualTo(6);
    assertThat(ScrutinyJob.defaultPartitions(300, 16)).isEqualTo(6);
  }

  @Test
  void anEmptyInputStillHasOnePartition() {
    assertThat(ScrutinyJob.defaultPartitions(0, 4)).isEqualTo(1);
  }

  @Test
  void everyPartitionButACappedOneHoldsTheMinimum() {
    for (long n = 1; n <= 5_000; n += 7) {
      for (int cores = 1; cores <= 8; cores++) {
        int p = ScrutinyJob.defaultPartitions(n, cores);
        assertThat(p).isBetween(1, 4 * cores);
        if (p > 1) {
          assertThat(n / p).as("%d records on %d cores", n, cores)
              .isGreaterThanOrEqualTo(ScrutinyJob.MIN_RECORDS_PER_PARTITION / 2);
          assertThat((double) n / (p - 1)).isGreaterThan(ScrutinyJob.MIN_RECORDS_PER_PARTITION);
        }
      }
    }
  }
}
