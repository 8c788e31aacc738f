package dev.scrutiny.checks;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.scrutiny.markers.Lexicon;
import java.io.StringReader;

/** Fuzz targets for the TSV tables users add: reference facts and lexicons load or fail with a named row. */
class TableFuzzTest {

  private static final String FACTS_HEADER = "id\tsubject\tproperty\tvalue\tunit\tdate\taliases\tsource\n";

  @FuzzTest(maxDuration = "20s")
  void reference_facts_load_or_fail_with_a_message(FuzzedDataProvider data) {
    String body = data.consumeRemainingAsString();
    try {
      ReferenceFacts.parse("fuzz.tsv", new StringReader(FACTS_HEADER + body));
    } catch (IllegalArgumentException e) {
      assertThat(e.getMessage()).contains("fuzz.tsv");
    }
  }

  @FuzzTest(maxDuration = "20s")
  void lexicons_load_or_fail_with_a_message(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    try {
      Lexicon.parse("fuzz.tsv", new StringReader(text));
    } catch (IllegalArgumentException e) {
      assertThat(e.getMessage()).contains("fuzz.tsv");
    }
  }
}
