package dev.scrutiny.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainSpeechcuesCommandTest {

  @Test
  void a_folder_without_a_train_split_is_named_in_the_error(@TempDir Path dir) throws Exception {
    Path missing = dir.resolve("no-such-polnear");
    CliRun run = CliRun.of("train", "speechcues", "--data", missing.toString(), "--out", dir.resolve("t.tsv").toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("--data").contains(missing.toString()).contains("train/");
    Files.createDirectories(dir.resolve("polnear/train/text"));
    CliRun noAnnotations = CliRun.of("train", "speechcues", "--data", dir.resolve("polnear").toString());
    assertThat(noAnnotations.exit()).isEqualTo(2);
    assertThat(noAnnotations.err()).contains(dir.resolve("polnear").toString()).contains("attributions/");
    assertThat(dir.resolve("t.tsv")).doesNotExist();
  }

  @Test
  void the_data_option_is_required() {
    CliRun run = CliRun.of("train", "speechcues");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("--data");
  }
}
