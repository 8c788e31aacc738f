package dev.scrutiny.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A report file appears only when complete; a device such as /dev/null is written to, never replaced. */
class ReportOutputTest {

  @Test
  void a_file_appears_only_on_commit_and_replaces_the_previous_report(@TempDir Path dir) throws Exception {
    Path out = Files.writeString(dir.resolve("report.json"), "old");
    try (ReportOutput w = ReportOutput.file(out)) {
      w.write("new report");
      w.flush();
      assertThat(out).hasContent("old");
      w.commit();
    }
    assertThat(out).hasContent("new report");
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(out); // no temporary sibling left
    }
  }

  @Test
  void dev_null_stays_a_device() throws Exception {
    Path devNull = Path.of("/dev/null");
    assumeThat(Files.exists(devNull) && !Files.isRegularFile(devNull)).as("a /dev/null device").isTrue();
    try (ReportOutput w = ReportOutput.file(devNull)) {
      w.write("a report nobody keeps");
      w.commit();
    }
    assertThat(Files.isRegularFile(devNull)).isFalse();
    assertThat(Files.exists(devNull)).isTrue();
  }
}
