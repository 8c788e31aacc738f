package dev.scrutiny.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SparkMainTest {

  @Test
  void parsesInputsMasterAndOut() {
    SparkMain.Parsed p = SparkMain.parse(new String[] {"--master", "local[2]", "--in", "a", "b/", "--out", "o",
        "--in", "c.parquet", "--partitions", "8"});
    assertThat(p).isNotNull();
    assertThat(p.master()).isEqualTo("local[2]");
    assertThat(p.options().inputs()).containsExactly("a", "b/", "c.parquet");
    assertThat(p.options().out()).isEqualTo("o");
    assertThat(p.options().partitions()).isEqualTo(8);
  }

  @Test
  void usageErrorsNameTheProblem() {
    assertThatThrownBy(() -> SparkMain.parse(new String[] {"--in", "a"})).hasMessageContaining("--out DIR is required");
    assertThatThrownBy(() -> SparkMain.parse(new String[] {"--out", "o"})).hasMessageContaining("no input");
    assertThatThrownBy(() -> SparkMain.parse(new String[] {"--in", "--out", "o"})).hasMessageContaining("--in needs");
    assertThatThrownBy(() -> SparkMain.parse(new String[] {"--in", "a", "--out", "o", "--published", "soon"}))
        .hasMessageContaining("not a date: 'soon'");
    assertThatThrownBy(() -> SparkMain.parse(new String[] {"--bogus"})).hasMessageContaining("'--bogus'");
  }

  @Test
  void usageExitsTwoAndHelpZero() {
    var out = new java.io.ByteArrayOutputStream();
    var err = new java.io.ByteArrayOutputStream();
    assertThat(SparkMain.run(new String[] {"--in", "a"}, new java.io.PrintStream(out), new java.io.PrintStream(err)))
        .isEqualTo(2);
    assertThat(err.toString()).contains("--out DIR is required").contains("Usage: scrutiny spark");
    assertThat(SparkMain.run(new String[] {"--help"}, new java.io.PrintStream(out), new java.io.PrintStream(err)))
        .isEqualTo(0);
  }

  @Test
  void localRunsUseInterpretedProjectionsUnlessTold() {
    var conf = new org.apache.spark.SparkConf();
    SparkMain.localDefaults(conf);
    assertThat(conf.get("spark.sql.codegen.wholeStage")).isEqualTo("false");
    assertThat(conf.get("spark.sql.codegen.factoryMode")).isEqualTo("NO_CODEGEN");
    assertThat(conf.get("spark.ui.enabled")).isEqualTo("false");
    var given = new org.apache.spark.SparkConf().set("spark.sql.codegen.wholeStage", "true");
    SparkMain.localDefaults(given);
    assertThat(given.get("spark.sql.codegen.wholeStage")).isEqualTo("true");
  }
}
