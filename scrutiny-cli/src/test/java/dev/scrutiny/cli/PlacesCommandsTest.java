package dev.scrutiny.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlacesCommandsTest {

  @Test
  void train_gazetteer_rejects_a_missing_geonames_directory_with_usage_exit_code(@TempDir Path tmp) {
    CliRun r = CliRun.of("train", "gazetteer", "--geonames", tmp.resolve("nope").toString(), "--out",
        tmp.resolve("g.bin").toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("nope");
  }

  @Test
  void train_gazetteer_names_the_missing_file(@TempDir Path tmp) {
    CliRun r = CliRun.of("train", "gazetteer", "--geonames", tmp.toString(), "--out", tmp.resolve("g.bin").toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("cities500.txt");
  }

  @Test
  void bench_places_rejects_too_few_loads() {
    CliRun r = CliRun.of("bench", "places", "--loads", "1");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("--loads");
  }
}
