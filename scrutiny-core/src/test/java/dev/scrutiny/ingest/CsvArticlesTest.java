package dev.scrutiny.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scrutiny.article.Article;
import java.io.IOException;
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
}
