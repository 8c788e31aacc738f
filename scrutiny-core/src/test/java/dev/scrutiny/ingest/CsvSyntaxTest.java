package dev.scrutiny.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvSyntaxTest {

  @Test
  void quoted_fields_keep_commas_doubled_quotes_and_line_breaks_and_records_keep_their_first_line() {
    List<CsvSyntax.Row> rows = CsvSyntax.rows("a,b\r\n\"x, y\",\"say \"\"hi\"\"\nthen go\"\r\nlast,row");
    assertThat(rows).containsExactly(
        new CsvSyntax.Row(1, List.of("a", "b")),
        new CsvSyntax.Row(2, List.of("x, y", "say \"hi\"\nthen go")),
        new CsvSyntax.Row(4, List.of("last", "row")));
  }

  @Test
  void empty_fields_and_blank_lines_are_records_of_empty_cells() {
    assertThat(CsvSyntax.rows(",\n\nz\n")).containsExactly(
        new CsvSyntax.Row(1, List.of("", "")),
        new CsvSyntax.Row(2, List.of("")),
        new CsvSyntax.Row(3, List.of("z")));
    assertThat(CsvSyntax.rows("")).isEmpty();
  }
}
