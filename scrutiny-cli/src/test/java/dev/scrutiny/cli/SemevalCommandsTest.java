package dev.scrutiny.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SemevalCommandsTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    return cl.execute(args);
  }

  @Test
  void eval_writes_official_rows_and_prints_the_measure_last(@TempDir Path dir) throws Exception {
    Path articles = Files.createDirectories(dir.resolve("articles"));
    Files.writeString(articles.resolve("article901.txt"), "Shelling resumes near the border\n\n"
        + "These barbaric thugs of the puppet regime shelled the town again!\n\nResidents were evacuated on Friday.",
        StandardCharsets.UTF_8);
    Path gold = dir.resolve("gold.txt");
    Files.writeString(gold, "901\t1\t\n901\t3\tLoaded_Language,Name_Calling-Labeling\n901\t5\t\n");
    Path pred = dir.resolve("pred.txt");
    int code = run("eval", "semeval", "--subtask", "3", "--articles", articles.toString(), "--out", pred.toString(),
        "--gold", gold.toString());
    assertThat(code).as(err.toString()).isZero();
    List<String> rows = Files.readAllLines(pred);
    assertThat(rows).extracting(r -> r.split("\t", -1)[1]).containsExactly("1", "3", "5");
    List<String> printed = out.toString().lines().toList();
    assertThat(printed.get(printed.size() - 1)).matches("micro-F1 [01]\\.\\d{4}");
    // by default English techniques read the encoder fine-tuned for them, for the lines that pass the model's gate
    assertThat(out.toString()).containsPattern("en models \\(techniques: all-minilm-l6-v2-q-techniques on the lines "
        + "from 0\\.\\d\\d\\)");
    out.getBuffer().setLength(0);
    assertThat(run("eval", "semeval", "--subtask", "3", "--articles", articles.toString(), "--out", pred.toString(),
        "--no-encoder")).as(err.toString()).isZero();
    assertThat(out.toString()).contains("subtask 3, en models\n").doesNotContain("minilm");
    assertThat(run("eval", "semeval", "--subtask", "3", "--articles", articles.toString(), "--out", pred.toString(),
        "--no-encoder", "--encoder")).isEqualTo(2);
    assertThat(err.toString()).contains("--encoder and --no-encoder exclude each other");
  }

  @Test
  void bad_subtask_is_a_usage_error(@TempDir Path dir) {
    int code = run("eval", "semeval", "--subtask", "4", "--articles", dir.toString(), "--out",
        dir.resolve("p.txt").toString());
    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("--subtask").contains("4");
  }

  @Test
  void train_rejects_a_missing_data_directory(@TempDir Path dir) {
    int code = run("train", "semeval", "--data", dir.resolve("nope").toString(), "--out", dir.toString());
    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("nope");
  }

  @Test
  void the_fine_tuned_classifier_options_go_together_and_name_what_is_missing(@TempDir Path dir) throws Exception {
    Path head = java.nio.file.Files.writeString(dir.resolve("head.txt"), "Doubt\t0\t1\n");
    int code = run("train", "semeval", "--data", dir.toString(), "--lang", "en", "--subtask", "3", "--head",
        head.toString());
    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("--head, --head-encoder and --validation-scores go together");
    err.getBuffer().setLength(0);
    code = run("train", "semeval", "--data", dir.toString(), "--lang", "en", "--subtask", "3", "--head", head.toString(),
        "--head-encoder", "all-minilm-l6-v2-q-techniques", "--validation-scores", dir.resolve("none.tsv").toString());
    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("expected a file").contains("none.tsv");
    err.getBuffer().setLength(0);
    code = run("train", "semeval", "--data", dir.toString(), "--lang", "en", "--subtask", "3", "--head", head.toString(),
        "--head-encoder", "no-such-encoder", "--validation-scores", head.toString());
    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("--head-encoder: no sentence encoder 'no-such-encoder' installed");
  }

  @Test
  void the_encoder_id_needs_an_encoder_weight_and_an_installed_encoder(@TempDir Path dir) {
    int code = run("train", "semeval", "--data", dir.toString(), "--lang", "en", "--subtask", "2", "--encoder-id",
        "all-minilm-l6-v2-q-techniques");
    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("--encoder-id goes with --encoder-weight");
    err.getBuffer().setLength(0);
    code = run("train", "semeval", "--data", dir.toString(), "--lang", "en", "--subtask", "2", "--encoder-weight", "1",
        "--encoder-id", "no-such-encoder");
    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("--encoder-id: no sentence encoder 'no-such-encoder' installed");
  }
}
