package dev.scrutiny.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scrutiny.article.Article;
import dev.scrutiny.article.Diagnostic;
import dev.scrutiny.article.Published;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ArticleRecordsTest {

  private static final Origin ORIGIN = new Origin("briefs.jsonl", 4);
  private static final ArticleRecords.Shape ID_ONLY = new ArticleRecords.Shape("field \"text\"", List.of("id"));
  private static final ArticleRecords.Shape ID_OR_URL = new ArticleRecords.Shape("column 'body'", List.of("id", "url"));

  private static ArticleRecords.Fields fields(Map<String, String> values) {
    return (name, warnings) -> values.get(name);
  }

  private static Article article(IngestResult r) {
    assertThat(r).isInstanceOf(IngestResult.Loaded.class);
    return ((IngestResult.Loaded) r).article();
  }

  @Test
  void copies_the_metadata_fields_and_reduces_the_language_tag() {
    ArticleRecords records = new ArticleRecords(new IdAllocator(), null);
    IngestResult r = records.toResult(ORIGIN, "  The council met on Monday.  \r\n", ID_ONLY,
        fields(Map.of("id", "c-1", "title", "Council", "url", "https://example.org/c", "source", "Desk",
            "author", "A. Writer", "language", "en-GB", "published", "2024-03-05")),
        "briefs#4", new ArrayList<>());
    Article a = article(r);
    assertThat(a.id()).isEqualTo("c-1");
    assertThat(a.text()).isEqualTo("The council met on Monday.");
    assertThat(a.title()).isEqualTo("Council");
    assertThat(a.url()).isEqualTo("https://example.org/c");
    assertThat(a.source()).isEqualTo("Desk");
    assertThat(a.author()).isEqualTo("A. Writer");
    assertThat(a.language()).isEqualTo("en");
    assertThat(a.published()).isNotNull();
    assertThat(a.published().date()).hasToString("2024-03-05");
    assertThat(r.origin()).isEqualTo(ORIGIN);
  }

  @Test
  void the_id_is_the_first_id_field_given_else_the_position() {
    Map<String, String> urlOnly = Map.of("url", "https://example.org/u");
    assertThat(article(new ArticleRecords(new IdAllocator(), null)
        .toResult(ORIGIN, "Text one.", ID_OR_URL, fields(urlOnly), "briefs#4", new ArrayList<>())).id())
        .isEqualTo("https://example.org/u");
    assertThat(article(new ArticleRecords(new IdAllocator(), null)
        .toResult(ORIGIN, "Text one.", ID_ONLY, fields(urlOnly), "briefs#4", new ArrayList<>())).id())
        .isEqualTo("briefs#4");
  }

  @Test
  void a_repeated_id_is_renamed_with_a_warning_and_a_long_one_cut() {
    ArticleRecords records = new ArticleRecords(new IdAllocator(), null);
    records.toResult(ORIGIN, "First.", ID_ONLY, fields(Map.of("id", "x")), "p#1", new ArrayList<>());
    IngestResult.Loaded second = (IngestResult.Loaded) records.toResult(ORIGIN, "Second.", ID_ONLY,
        fields(Map.of("id", "x")), "p#2", new ArrayList<>());
    assertThat(second.article().id()).isEqualTo("x-2");
    assertThat(second.warnings()).extracting(Diagnostic::message).containsExactly("duplicate id 'x' renamed 'x-2'");

    IngestResult.Loaded longId = (IngestResult.Loaded) records.toResult(ORIGIN, "Third.", ID_ONLY,
        fields(Map.of("id", "y".repeat(250))), "p#3", new ArrayList<>());
    assertThat(longId.article().id()).hasSize(ArticleRecords.MAX_ID_LENGTH);
    assertThat(longId.warnings()).isEmpty();
  }

  @Test
  void an_empty_text_fails_naming_the_text_as_the_format_calls_it() {
    IngestResult r = new ArticleRecords(new IdAllocator(), null)
        .toResult(ORIGIN, " \n\u0007\n ", ID_OR_URL, fields(Map.of()), "p#4", new ArrayList<>());
    assertThat(r).isInstanceOf(IngestResult.Failed.class);
    assertThat(((IngestResult.Failed) r).reason()).isEqualTo("column 'body' is empty");
    assertThat(r.origin()).isEqualTo(ORIGIN);
  }

  @Test
  void each_field_is_read_once_so_a_field_tried_as_the_id_warns_once() {
    Map<String, Integer> reads = new HashMap<>();
    ArticleRecords.Fields counting = (name, warnings) -> {
      reads.merge(name, 1, Integer::sum);
      if (name.equals("url")) {
        warnings.add(Diagnostic.of("ingest", "ignored field \"url\""));
      }
      return null;
    };
    IngestResult.Loaded r = (IngestResult.Loaded) new ArticleRecords(new IdAllocator(), null)
        .toResult(ORIGIN, "Body.", ID_OR_URL, counting, "p#5", new ArrayList<>());
    assertThat(reads).containsEntry("url", 1).containsEntry("id", 1).containsEntry("published", 1);
    assertThat(r.warnings()).extracting(Diagnostic::message).containsExactly("ignored field \"url\"");
    assertThat(r.article().id()).isEqualTo("p#5");
  }

  @Test
  void an_unparseable_date_warns_and_the_fallback_date_applies() {
    Published fallback = Published.parse("2023-01-02");
    IngestResult.Loaded r = (IngestResult.Loaded) new ArticleRecords(new IdAllocator(), fallback)
        .toResult(ORIGIN, "Body.", ID_ONLY, fields(Map.of("published", "someday")), "p#6", new ArrayList<>());
    assertThat(r.warnings()).extracting(Diagnostic::message)
        .containsExactly("unparseable publication date 'someday'; left empty");
    assertThat(r.article().published()).isNotNull();
    assertThat(r.article().published().date()).hasToString("2023-01-02");
    assertThat(r.article().published().source()).isEqualTo(Published.Source.GIVEN);
  }

  @Test
  void warnings_given_before_the_record_come_first() {
    List<Diagnostic> before = new ArrayList<>(List.of(Diagnostic.of("ingest", "decoded as windows-1251")));
    IngestResult.Loaded r = (IngestResult.Loaded) new ArticleRecords(new IdAllocator(), null)
        .toResult(ORIGIN, "Body.", ID_ONLY, fields(Map.of("language", "klingon")), "p#7", before);
    assertThat(r.warnings()).extracting(Diagnostic::message).hasSize(2).first().isEqualTo("decoded as windows-1251");
  }
}
