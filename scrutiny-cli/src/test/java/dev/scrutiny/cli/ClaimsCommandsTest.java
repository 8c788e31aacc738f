package dev.scrutiny.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClaimsCommandsTest {

  static final String HEADER = "Sentence_id\tText\tclass_label\n";

  @Test
  void eval_checkworthy_ends_with_the_f1_line_and_scores_the_encoder_model_unless_told_not_to(@TempDir Path dir)
      throws Exception {
    Path tsv = dir.resolve("gold.tsv");
    Files.writeString(tsv, HEADER + "1\tRussia lost 1,200 tanks in 2023, the ministry said.\tYes\n"
        + "2\tThank you all so much, God bless.\tNo\n");
    CliRun r = CliRun.of("eval", "checkworthy", "--gold", tsv.toString());
    assertThat(r.exit()).isZero();
    assertThat(r.lastLine()).matches("F1 [01]\\.\\d{4}");
    // by default, as the default pipeline, the model shipped with the fine-tuned encoder scores (its own threshold);
    // --encoder scores the same model encoding every sentence, --no-encoder the hashed words alone
    String threshold = ".*(threshold \\d\\.\\d\\d).*";
    CliRun encoder = CliRun.of("eval", "checkworthy", "--gold", tsv.toString(), "--encoder");
    assertThat(encoder.exit()).as(encoder.err()).isZero();
    CliRun words = CliRun.of("eval", "checkworthy", "--gold", tsv.toString(), "--no-encoder");
    assertThat(words.exit()).as(words.err()).isZero();
    assertThat(encoder.out().lines().findFirst().orElseThrow().replaceAll(threshold, "$1"))
        .isEqualTo(r.out().lines().findFirst().orElseThrow().replaceAll(threshold, "$1"))
        .isNotEqualTo(words.out().lines().findFirst().orElseThrow().replaceAll(threshold, "$1"));
    CliRun both = CliRun.of("eval", "checkworthy", "--gold", tsv.toString(), "--encoder", "--no-encoder");
    assertThat(both.exit()).isEqualTo(2);
    assertThat(both.err()).contains("--encoder and --no-encoder exclude each other");
  }

  /** CheckThat!-style train and dev files of {@code n} check-worthy and {@code n} other sentences, written for the test. */
  private static void writeTrainingFiles(Path dir, int n) throws java.io.IOException {
    StringBuilder b = new StringBuilder(HEADER);
    for (int i = 0; i < n; i++) {
      b.append("y").append(i).append("\tShelling killed ").append(i + 2).append(" people in Kharkiv in 2024.\tYes\n");
      b.append("n").append(i).append("\tWe will always stand together, my friends.\tNo\n");
    }
    Files.writeString(dir.resolve("CT24_checkworthy_english_train.tsv"), b);
    Files.writeString(dir.resolve("CT24_checkworthy_english_dev.tsv"), b);
  }

  @Test
  void train_checkworthy_writes_a_model_that_eval_can_load(@TempDir Path dir) throws Exception {
    writeTrainingFiles(dir, 40);
    Path model = dir.resolve("model.bin.gz");
    CliRun train = CliRun.of("train", "checkworthy", "--data", dir.toString(), "--seed", "3", "--out", model.toString());
    assertThat(train.exit()).as(train.err()).isZero();
    assertThat(model).exists();
    CliRun eval = CliRun.of("eval", "checkworthy", "--gold", dir.resolve("CT24_checkworthy_english_dev.tsv").toString(),
        "--model", model.toString());
    assertThat(eval.lastLine()).isEqualTo("F1 1.0000");
  }

  @Test
  void train_checkworthy_with_the_encoder_writes_a_model_naming_it_that_eval_loads(@TempDir Path dir) throws Exception {
    writeTrainingFiles(dir, 20);
    Path model = dir.resolve("model.bin.gz");
    CliRun train = CliRun.of("train", "checkworthy", "--data", dir.toString(), "--encoder", "--out", model.toString());
    assertThat(train.exit()).as(train.err()).isZero();
    assertThat(train.out()).contains("CV mean of both");
    try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(model))) {
      byte[] head = in.readNBytes(4 + 2 + "all-minilm-l6-v2-q".length());
      assertThat(new String(head, 6, head.length - 6, java.nio.charset.StandardCharsets.UTF_8))
          .isEqualTo("all-minilm-l6-v2-q");
    }
    CliRun eval = CliRun.of("eval", "checkworthy", "--gold", dir.resolve("CT24_checkworthy_english_dev.tsv").toString(),
        "--model", model.toString());
    assertThat(eval.exit()).as(eval.err()).isZero();
    assertThat(eval.lastLine()).matches("F1 [01]\\.\\d{4}");
    String threshold = train.out().replaceAll("(?s).*trained in [0-9.]+ s, (threshold [0-9.]+).*", "$1");
    assertThat(eval.out()).contains(", " + threshold + ", ");
  }

  /** A classifier file as the fine-tuning tool writes it: a comment, the bias, then 384 weights. */
  private static Path writeHead(Path dir, int weights) throws java.io.IOException {
    StringBuilder b = new StringBuilder("# bias, then weights\n-0.5\n");
    for (int j = 0; j < weights; j++) {
      b.append((j % 7 - 3) * 0.4).append('\n');
    }
    return Files.writeString(dir.resolve("head.txt"), b);
  }

  @Test
  void train_checkworthy_with_the_fine_tuned_encoder_and_its_classifier_writes_a_model_eval_loads(@TempDir Path dir)
      throws Exception {
    writeTrainingFiles(dir, 10);
    Path model = dir.resolve("model.bin.gz");
    CliRun train = CliRun.of("train", "checkworthy", "--data", dir.toString(), "--encoder-id",
        "e5-small-v2-q-checkworthy", "--head", writeHead(dir, 384).toString(), "--threshold", "0.3", "--out",
        model.toString());
    assertThat(train.exit()).as(train.err()).isZero();
    assertThat(train.out()).contains("validation, vector share 1.00").contains("vector share 1.00, threshold 0.30 (given)");
    CliRun eval = CliRun.of("eval", "checkworthy", "--gold", dir.resolve("CT24_checkworthy_english_dev.tsv").toString(),
        "--model", model.toString());
    assertThat(eval.exit()).as(eval.err()).isZero();
    assertThat(eval.out()).contains(", threshold 0.30, ");
    // a band: the table of every band is printed, the chosen one stored; a band upside down is refused
    CliRun banded = CliRun.of("train", "checkworthy", "--data", dir.toString(), "--encoder-id",
        "e5-small-v2-q-checkworthy", "--head", writeHead(dir, 384).toString(), "--threshold", "0.3",
        "--encode-between", "0.2:0.8", "--out", dir.resolve("banded.bin.gz").toString());
    assertThat(banded.exit()).as(banded.err()).isZero();
    assertThat(banded.out()).contains("encoder read only inside a band").contains(" 0.15:0.70 ")
        .contains("encoder read where the hashed-word probability lies in 0.20:0.80");
    assertThat(Files.size(dir.resolve("banded.bin.gz"))).isPositive();
    for (String bad : new String[] {"0.8:0.2", "0.2", "x:1", "0:1.5"}) {
      CliRun refused = CliRun.of("train", "checkworthy", "--data", dir.toString(), "--encoder-id",
          "e5-small-v2-q-checkworthy", "--head", writeHead(dir, 384).toString(), "--encode-between", bad);
      assertThat(refused.exit()).as(bad).isEqualTo(2);
      assertThat(refused.err()).as(bad).contains("--encode-between: expected LO:HI").contains("'" + bad + "'");
    }
  }

  @Test
  void train_checkworthy_refuses_a_classifier_without_its_encoder_or_of_the_wrong_size(@TempDir Path dir) throws Exception {
    writeTrainingFiles(dir, 5);
    CliRun noEncoder = CliRun.of("train", "checkworthy", "--data", dir.toString(), "--head",
        writeHead(dir, 384).toString());
    assertThat(noEncoder.exit()).isNotZero();
    assertThat(noEncoder.err()).contains("--head needs --encoder-id");
    for (String option : new String[] {"--share", "--threshold", "--encode-between"}) {
      CliRun alone = CliRun.of("train", "checkworthy", "--data", dir.toString(), option, "0.5");
      assertThat(alone.exit()).as(option).isNotZero();
      assertThat(alone.err()).contains("--share, --threshold and --encode-between go with --head");
    }
    CliRun unknown = CliRun.of("train", "checkworthy", "--data", dir.toString(), "--encoder-id", "no-such-encoder");
    assertThat(unknown.exit()).isNotZero();
    assertThat(unknown.err()).contains("no sentence encoder 'no-such-encoder' installed");
    Path head = writeHead(dir, 10);
    CliRun small = CliRun.of("train", "checkworthy", "--data", dir.toString(), "--encoder-id",
        "e5-small-v2-q-checkworthy", "--head", head.toString(), "--out", dir.resolve("m.bin.gz").toString());
    assertThat(small.exit()).isNotZero();
    assertThat(small.err()).contains(head.toString()).contains("expected a bias and 384 weights").contains("got 11");
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
    CliRun r = CliRun.of("eval", "claims", "--gold", dir.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("errors: missed");
    assertThat(r.lastLine()).isEqualTo("F1 1.0000");
  }

  @Test
  void eval_claims_rejects_a_folder_without_brat_layout(@TempDir Path dir) {
    CliRun r = CliRun.of("eval", "claims", "--gold", dir.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("text/ and attributions/");
  }
}
