package dev.scrutiny.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ClaimsCommandsTest {

  record Run(int code, String out, String err) {
    String lastLine() {
      String[] lines = out.strip().split("\n");
      return lines[lines.length - 1];
    }
  }

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  static final String HEADER = "Sentence_id\tText\tclass_label\n";

  @Test
  void eval_checkworthy_ends_with_the_f1_line(@TempDir Path dir) throws Exception {
    Path tsv = dir.resolve("gold.tsv");
    Files.writeString(tsv, HEADER + "1\tRussia lost 1,200 tanks in 2023, the ministry said.\tYes\n"
        + "2\tThank you all so much, God bless.\tNo\n");
    Run r = run("eval", "checkworthy", "--gold", tsv.toString());
    assertThat(r.code()).isZero();
    assertThat(r.lastLine()).matches("F1 [01]\\.\\d{4}");
  }

  @Test
  void train_checkworthy_writes_a_model_that_eval_can_load(@TempDir Path dir) throws Exception {
    StringBuilder b = new StringBuilder(HEADER);
    for (int i = 0; i < 40; i++) {
      b.append("y").append(i).append("\tShelling killed ").append(i + 2).append(" people in Kharkiv in 2024.\tYes\n");
      b.append("n").append(i).append("\tWe will always stand together, my friends.\tNo\n");
    }
    Files.writeString(dir.resolve("CT24_checkworthy_english_train.tsv"), b);
    Files.writeString(dir.resolve("CT24_checkworthy_english_dev.tsv"), b);
    Path model = dir.resolve("model.bin.gz");
    Run train = run("train", "checkworthy", "--data", dir.toString(), "--seed", "3", "--out", model.toString());
    assertThat(train.code()).as(train.err()).isZero();
    assertThat(model).exists();
    Run eval = run("eval", "checkworthy", "--gold", dir.resolve("CT24_checkworthy_english_dev.tsv").toString(),
        "--model", model.toString());
    assertThat(eval.lastLine()).isEqualTo("F1 1.0000");
  }

  @Test
  void eval_claims_scores_a_brat_folder(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("text"));
    Files.createDirectories(dir.resolve("attributions"));
    String text = "Kyiv said the bridge was hit by two missiles.";
    Files.writeString(dir.resolve("text/a.txt"), text);
    int c = text.indexOf("the bridge");
    Files.writeString(dir.resolve("attributions/a_x1.ann"), String.join("\n",
        "T1\tSource 0 4\tKyiv", "T2\tCue 5 9\tsaid", "T3\tContent " + c + " " + (text.length() - 1) + "\tthe bridge…",
        "T4\tAttribution 5 9\tsaid", "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1"));
    Run r = run("eval", "claims", "--gold", dir.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("errors: missed");
    assertThat(r.lastLine()).isEqualTo("F1 1.0000");
  }

  @Test
  void eval_claims_rejects_a_folder_without_brat_layout(@TempDir Path dir) {
    Run r = run("eval", "claims", "--gold", dir.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("text/ and attributions/");
  }
}
