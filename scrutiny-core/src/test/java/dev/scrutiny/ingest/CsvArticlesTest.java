package dev.scrutiny.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scrutiny.article.Article;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvArticlesTest {

  @Test
  void quoted_fields_keep_commas_quotes_and_line_breaks(@TempDir Path dir) throws IOException {
    Path csv = Files.writeString(dir.resolve("releases.csv"), "link,headline,date,body\r\n"
        + "https://example.org/1,\"Talks, in brief\",2024-05-02T09:30:00Z,\"He said \"\"no\"\".\nSecond line.\"\r\n"
        + "https://example.org/2,Plain,not a date,One more body\r\n");
    List<Article> a = CsvArticles.read(csv);
    assertThat(a).hasSize(2);
    assertThat(a.get(0).id()).isEqualTo("https://example.org/1");
    assertThat(a.get(0).title()).isEqualTo("Talks, in brief");
    assertThat(a.get(0).text()).isEqualTo("He said \"no\".\nSecond line.");
    assertThat(a.get(0).published()).isNotNull();
    assertThat(a.get(1).published()).as("an unparseable date is left out, the article kept").isNull();
    assertThat(a.get(1).text()).isEqualTo("One more body");
  }

  @Test
  void a_file_without_a_body_column_is_named(@TempDir Path dir) throws IOException {
    Path csv = Files.writeString(dir.resolve("odd.csv"), "link,text\nx,y\n");
    assertThatThrownBy(() -> CsvArticles.read(csv)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("odd.csv").hasMessageContaining("body");
  }

  @Test
  void the_language_is_english_unless_a_column_names_another(@TempDir Path dir) throws IOException {
    Path csv = Files.writeString(dir.resolve("mixed.csv"), "link,language,body\n"
        + "https://example.org/en,,An English body.\n"
        + "https://example.org/uk,uk,A body said to be Ukrainian.\n");
    assertThat(CsvArticles.read(csv)).extracting(Article::language).containsExactly("en", "uk");
  }

  @Test
  void ids_are_the_link_else_the_file_and_line_and_repeats_are_renamed(@TempDir Path dir) throws IOException {
    Path csv = Files.writeString(dir.resolve("wire.csv"), "link,body\n"
        + "https://example.org/a,First body.\n"
        + ",\"Second\nbody.\"\n"
        + "https://example.org/a,Third body.\n");
    assertThat(CsvArticles.read(csv)).extracting(Article::id)
        .containsExactly("https://example.org/a", "wire#3", "https://example.org/a-2");
  }

  @Test
  void a_record_that_cannot_be_read_is_named_by_file_and_line(@TempDir Path dir) throws IOException {
    Path csv = Files.writeString(dir.resolve("short.csv"), "link,headline,body\nx,Title,Body.\ny,Only two\n");
    assertThatThrownBy(() -> CsvArticles.read(csv)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("short.csv:3").hasMessageContaining("expected 3 fields");
    Path empty = Files.writeString(dir.resolve("empty-body.csv"), "link,body\nx,\"  \"\n");
    assertThatThrownBy(() -> CsvArticles.read(empty)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("empty-body.csv:2").hasMessageContaining("column 'body' is empty");
  }

  @Test
  void a_missing_file_is_an_io_error_naming_it(@TempDir Path dir) {
    assertThatThrownBy(() -> CsvArticles.read(dir.resolve("absent.csv"))).isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("absent.csv");
  }
}
