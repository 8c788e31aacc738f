package dev.scrutiny.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NerCommandsTest {

  @Test
  void eval_ner_prints_scores_per_type_and_ends_with_the_f1_line(@TempDir Path dir) throws Exception {
    Path gold = dir.resolve("gold.conll");
    Files.writeString(gold, """
        -DOCSTART- -X- O O

        Valery NNP I-NP I-PER
        Gerasimov NNP I-NP I-PER
        visited VBD I-VP O
        Kharkiv NNP I-NP I-LOC
        . . O O

        -DOCSTART- -X- O O

        NATO NNP I-NP I-ORG
        met VBD I-VP O
        in IN I-PP O
        Brussels NNP I-NP I-LOC
        . . O O
        """);
    CliRun r = CliRun.of("eval", "ner", "--gold", gold.toString());
    assertThat(r.exit()).isZero();
    String[] lines = r.out().strip().split("\\R");
    assertThat(lines[lines.length - 1]).matches("F1 [01]\\.\\d{4}");
    assertThat(r.out()).contains("PER", "ORG", "LOC", "MISC", "overall", "tokens/s");
  }

  @Test
  void eval_ner_without_the_gold_file_is_a_usage_error(@TempDir Path dir) {
    CliRun r = CliRun.of("eval", "ner", "--gold", dir.resolve("missing.conll").toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("missing.conll");
  }

  @Test
  void bench_ner_reports_tokens_per_second() {
    CliRun r = CliRun.of("bench", "ner", "--tokens", "2000", "--rounds", "1");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).containsPattern("NER \\(features \\+ decoding, one thread\\): \\d+ tokens/s");
  }

  @Test
  void train_ner_without_training_data_is_a_usage_error(@TempDir Path dir) {
    CliRun r = CliRun.of("train", "ner", "--data", dir.toString(), "--out", dir.resolve("m.bin").toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("eng.train");
  }

  @Test
  void train_ner_needs_an_output_file_or_folds_and_checks_its_settings(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("eng.train"), "-DOCSTART- -X- O O\n\nKyiv NNP I-NP I-LOC\n\n");
    CliRun none = CliRun.of("train", "ner", "--data", dir.toString());
    assertThat(none.exit()).isEqualTo(2);
    assertThat(none.err()).contains("--out", "--folds");
    CliRun oneFold = CliRun.of("train", "ner", "--data", dir.toString(), "--folds", "1");
    assertThat(oneFold.exit()).isEqualTo(2);
    assertThat(oneFold.err()).contains("--folds must be at least 2, got 1");
    CliRun dropout = CliRun.of("train", "ner", "--data", dir.toString(), "--folds", "3", "--dropout", "1");
    assertThat(dropout.exit()).isEqualTo(2);
    assertThat(dropout.err()).contains("--dropout", "got 1.0");
    CliRun members = CliRun.of("train", "ner", "--data", dir.toString(), "--folds", "3", "--members", "0");
    assertThat(members.exit()).isEqualTo(2);
    assertThat(members.err()).contains("--members must be at least 1, got 0");
  }

  @Test
  void train_ner_names_a_vocabulary_cluster_table_it_cannot_use(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("eng.train"), "-DOCSTART- -X- O O\n\nKyiv NNP I-NP I-LOC\n\n");
    Files.createDirectories(dir.resolve("geo"));
    Files.writeString(dir.resolve("geo/cities500.txt"), "");
    CliRun missing = CliRun.of("train", "ner", "--data", dir.toString(), "--geonames", dir.resolve("geo").toString(),
        "--folds", "2", "--vocabulary-clusters", dir.resolve("missing.tsv").toString());
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).contains("--vocabulary-clusters", "missing.tsv");
    Files.writeString(dir.resolve("bad.tsv"), "kyiv\t3\t1\nlviv\tthree\t1\n");
    CliRun bad = CliRun.of("train", "ner", "--data", dir.toString(), "--geonames", dir.resolve("geo").toString(),
        "--folds", "2", "--vocabulary-clusters", dir.resolve("bad.tsv").toString());
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err()).contains("bad.tsv line 2", "whole numbers");
  }
}
