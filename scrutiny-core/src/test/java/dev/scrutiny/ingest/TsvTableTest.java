package dev.scrutiny.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class TsvTableTest {

  private static final List<String> HEADER = List.of("id", "value", "note");

  @Test
  void comments_and_blank_lines_are_skipped_and_cells_stripped() {
    List<TsvTable.Row> rows = TsvTable.read("t.tsv", new StringReader(
        "# a comment\n\nid\tvalue\tnote\n a \t 1 \t\n# another\nb\t2\tsecond\n"), HEADER);
    assertThat(rows).extracting(TsvTable.Row::cells).containsExactly(List.of("a", "1", ""), List.of("b", "2", "second"));
    assertThat(rows.get(0).where()).isEqualTo("t.tsv:4: ");
    assertThat(rows.get(1).where()).isEqualTo("t.tsv:6: ");
  }

  @Test
  void errors_name_the_file_and_line() {
    assertThatThrownBy(() -> TsvTable.read("t.tsv", new StringReader("id\tvalue\n"), HEADER))
        .hasMessage("t.tsv:1: header must be id<TAB>value<TAB>note, got id<TAB>value");
    assertThatThrownBy(() -> TsvTable.read("t.tsv", new StringReader("id\tvalue\tnote\nx\t1\n"), HEADER))
        .hasMessage("t.tsv:2: expected 3 tab-separated columns, got 2");
    assertThatThrownBy(() -> TsvTable.read("t.tsv", new StringReader("# only a comment\n"), HEADER))
        .hasMessageStartingWith("t.tsv: no header line");
    TsvTable.Row row = TsvTable.read("t.tsv", new StringReader("id\tvalue\tnote\nx\t\ty\n"), HEADER).get(0);
    assertThatThrownBy(() -> row.required(1)).hasMessage("t.tsv:2: column 'value' is empty");
  }
}
