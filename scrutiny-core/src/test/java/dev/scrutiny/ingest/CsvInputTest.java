package dev.scrutiny.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CSV files read by {@link ArticleReader}: one article per record, a bad record failing alone. */
class CsvInputTest {

  @TempDir
  Path dir;

  private final ArticleReader reader = new ArticleReader(IngestOptions.defaults());

  @Test
  void each_record_is_an_article_with_the_metadata_of_its_columns() throws IOException {
    Path csv = Files.writeString(dir.resolve("bulletins.csv"), "\uFEFFlink,headline,date,source,body\r\n"
        + "https://example.org/a,\"Port hit, two injured\",2025-03-04T08:00:00Z,Coast Daily,"
        + "\"The governor said two workers were injured.\nRepairs began on Tuesday.\"\r\n"
        + "https://example.org/b,Grain deal,2025-03-05,Coast Daily,Exports resumed on Wednesday.\r\n",
        StandardCharsets.UTF_8);
    List<IngestResult> results = reader.readAll(csv.toString());
    assertThat(results).hasSize(2).allMatch(r -> r instanceof IngestResult.Loaded);
    IngestResult.Loaded first = (IngestResult.Loaded) results.get(0);
    assertThat(first.article().id()).isEqualTo("https://example.org/a");
    assertThat(first.article().url()).isEqualTo("https://example.org/a");
    assertThat(first.article().title()).isEqualTo("Port hit, two injured");
    assertThat(first.article().source()).isEqualTo("Coast Daily");
    assertThat(first.article().text()).isEqualTo("The governor said two workers were injured.\nRepairs began on Tuesday.");
    assertThat(first.article().published().date()).isEqualTo(LocalDate.of(2025, 3, 4));
    assertThat(first.origin()).isEqualTo(new Origin(csv.toString(), 2));
    IngestResult.Loaded second = (IngestResult.Loaded) results.get(1);
    assertThat(second.origin().line()).as("the first record spans two lines").isEqualTo(4);
    assertThat(second.article().published().date()).isEqualTo(LocalDate.of(2025, 3, 5));
  }

  @Test
  void a_bad_record_fails_alone_naming_its_line_and_ids_stay_unique() throws IOException {
    Path csv = Files.writeString(dir.resolve("mixed.csv"), "id,title,text\n"
        + "r1,One,The first report was filed on Monday.\n"
        + "r2,Two\n"
        + "r3,Three,\n"
        + "\n"
        + "r1,Again,A second report reused the first one's id.\n");
    List<IngestResult> results = reader.readAll(csv.toString());
    assertThat(results).hasSize(4);
    assertThat(results.get(0)).isInstanceOf(IngestResult.Loaded.class);
    assertThat(results.get(1)).isInstanceOfSatisfying(IngestResult.Failed.class, f -> {
      assertThat(f.origin().line()).isEqualTo(3);
      assertThat(f.reason()).contains("expected 3 fields").contains("got 2");
    });
    assertThat(results.get(2)).isInstanceOfSatisfying(IngestResult.Failed.class, f -> {
      assertThat(f.origin().line()).isEqualTo(4);
      assertThat(f.reason()).contains("'text' is empty");
    });
    assertThat(results.get(3)).isInstanceOfSatisfying(IngestResult.Loaded.class, l -> {
      assertThat(l.article().id()).isNotEqualTo("r1");
      assertThat(l.warnings()).anySatisfy(w -> assertThat(w.message()).contains("duplicate id 'r1'"));
    });
  }

  @Test
  void a_csv_file_without_a_text_column_is_refused_with_its_header() throws IOException {
    Path csv = Files.writeString(dir.resolve("figures.csv"), "region,count\nKherson,12\n");
    List<IngestResult> results = reader.readAll(csv.toString());
    assertThat(results).singleElement().isInstanceOfSatisfying(IngestResult.Failed.class,
        f -> assertThat(f.reason()).contains("'text' or 'body' column").contains("region"));
  }

  @Test
  void a_header_without_records_is_a_failure_not_silence() throws IOException {
    Path csv = Files.writeString(dir.resolve("empty.csv"), "title,text\n\n");
    assertThat(reader.readAll(csv.toString())).singleElement().isInstanceOfSatisfying(IngestResult.Failed.class,
        f -> assertThat(f.reason()).contains("header but no records"));
  }

  @Test
  void a_folder_walk_reads_csv_files() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("in"));
    Files.writeString(folder.resolve("a.csv"), "body\nShelling was reported near the bridge.\n");
    Files.writeString(folder.resolve("b.txt"), "A ceasefire was announced on Friday.\n");
    List<IngestResult> results = reader.readAll(folder.toString());
    assertThat(results).hasSize(2).allMatch(r -> r instanceof IngestResult.Loaded);
    assertThat(((IngestResult.Loaded) results.get(0)).article().id()).isEqualTo("a#2");
  }
}
