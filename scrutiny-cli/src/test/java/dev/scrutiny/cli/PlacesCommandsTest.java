package dev.scrutiny.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class PlacesCommandsTest {

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    CommandLine cl = Main.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void train_gazetteer_rejects_a_missing_geonames_directory_with_usage_exit_code(@TempDir Path tmp) {
    Run r = run("train", "gazetteer", "--geonames", tmp.resolve("nope").toString(), "--out",
        tmp.resolve("g.bin").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("nope");
  }

  @Test
  void train_gazetteer_names_the_missing_file(@TempDir Path tmp) {
    Run r = run("train", "gazetteer", "--geonames", tmp.toString(), "--out", tmp.resolve("g.bin").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("cities500.txt");
  }

  @Test
  void bench_places_rejects_too_few_loads() {
    Run r = run("bench", "places", "--loads", "1");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--loads");
  }
}
