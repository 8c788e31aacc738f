package dev.scrutiny.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.scrutiny.article.Article;
import java.io.ByteArrayInputStream;
import java.util.List;

/**
 * Fuzz targets for every ingest parser and decoder. In a normal build they run once per committed
 * input under {@code IngestFuzzTestInputs/} (regression mode); with {@code JAZZER_FUZZ=1} ({@code
 * .ci/run}) Jazzer mutates inputs for the time given and writes any crash there.
 */
class IngestFuzzTest {

  private static final IngestOptions OPTIONS = IngestOptions.defaults().withMaxBytes(256 * 1024);

  @FuzzTest(maxDuration = "20s")
  void decodes_any_bytes_or_rejects_them(byte[] bytes) {
    try {
      TextDecoder.Decoded d = TextDecoder.decode(bytes, null);
      assertThat(d.text()).isNotNull();
    } catch (RejectedInputException e) {
      assertThat(e.getMessage()).isNotBlank();
    }
  }

  @FuzzTest(maxDuration = "20s")
  void extracts_any_html_or_rejects_it(FuzzedDataProvider data) {
    String html = data.consumeRemainingAsString();
    try {
      HtmlExtractor.Extracted x = HtmlExtractor.extract(html);
      // no script element's code reaches the text, unless the same characters stand outside scripts too
      // ("<script>…" inside a title, a textarea or an attribute is text, which every renderer escapes)
      org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(html);
      List<String> codes = doc.select("script").stream().map(e -> e.data().strip()).filter(c -> c.length() >= 20)
          .toList();
      doc.select("script").remove();
      StringBuilder outside = new StringBuilder(doc.wholeText());
      doc.getAllElements().forEach(e -> e.attributes().forEach(a -> outside.append(' ').append(a.getValue())));
      for (String code : codes) {
        if (x.text().contains(code)) {
          assertThat(outside.toString()).as("script code in the text").contains(code);
        }
      }
    } catch (RejectedInputException e) {
      assertThat(e.getMessage()).contains("elements");
    }
  }

  /** Any bytes on standard input: sniffed as text, HTML or JSON lines, each a clean article or a named failure. */
  @FuzzTest(maxDuration = "20s")
  void reads_any_input_into_clean_articles_or_failures(byte[] bytes) {
    List<IngestResult> results = new ArticleReader(OPTIONS, new ByteArrayInputStream(bytes)).readAll("-");
    assertThat(results).isNotEmpty();
    for (IngestResult r : results) {
      if (r instanceof IngestResult.Loaded l) {
        Article a = l.article();
        assertThat(a.text()).isNotBlank();
        assertThat(a.text().chars()).noneMatch(c -> c < 0x20 && c != '\n' && c != '\t' || c >= 0x7F && c <= 0x9F);
        for (String field : new String[] {a.id(), a.title(), a.author(), a.source(), a.url()}) {
          if (field != null) {
            assertThat(field.chars()).noneMatch(c -> Character.isISOControl(c));
          }
        }
      } else if (r instanceof IngestResult.Failed f) {
        assertThat(f.reason()).isNotBlank();
      }
    }
  }

  @FuzzTest(maxDuration = "20s")
  void reads_any_json_line_strictly(FuzzedDataProvider data) {
    byte[] line = data.consumeRemainingAsBytes();
    byte[] input = new byte[line.length + 1];
    input[0] = '{';
    System.arraycopy(line, 0, input, 1, line.length);
    List<IngestResult> results = new ArticleReader(OPTIONS, new ByteArrayInputStream(input)).readAll("-");
    assertThat(results).allSatisfy(r -> assertThat(r.origin().input()).isEqualTo("-"));
  }

  @FuzzTest(maxDuration = "20s")
  void parses_any_date_text_without_throwing(FuzzedDataProvider data) {
    PublishedParser.parse(data.consumeRemainingAsString());
  }

  /** Any bytes as a WARC archive: every record an article, a skip or a named failure, never an exception. */
  @FuzzTest(maxDuration = "20s")
  void reads_any_warc_into_articles_skips_or_failures(byte[] bytes) {
    ArticleReader reader = new ArticleReader(OPTIONS);
    try (java.util.stream.Stream<IngestResult> results =
             WarcArticles.read("fuzz.warc", new ByteArrayInputStream(bytes), reader)) {
      results.limit(1000).forEach(r -> {
        if (r instanceof IngestResult.Failed f) {
          assertThat(f.reason()).isNotBlank();
        } else if (r instanceof IngestResult.Loaded l) {
          assertThat(l.article().text()).isNotBlank();
        }
      });
    }
  }

  /** Any text as a page URL: a host or none, and a non-empty article id, never an exception. */
  @FuzzTest(maxDuration = "20s")
  void reads_any_url_into_a_host_and_an_id(FuzzedDataProvider data) {
    String url = data.consumeRemainingAsString();
    WebPages.host(url);
    assertThat(WebPages.idFor(url)).isNotEmpty();
  }

  /** Any bytes as a CSV file: one clean article or a failure naming its line per record, never an exception. */
  @FuzzTest(maxDuration = "20s")
  void reads_any_csv_into_articles_or_failures(byte[] bytes) throws java.io.IOException {
    java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("scrutiny-fuzz-csv");
    java.nio.file.Path csv = dir.resolve("fuzz.csv");
    try {
      java.nio.file.Files.write(csv, bytes);
      List<IngestResult> results = new ArticleReader(OPTIONS).readAll(csv.toString());
      assertThat(results).isNotEmpty();
      for (IngestResult r : results) {
        assertThat(r.origin().input()).isEqualTo(csv.toString());
        if (r instanceof IngestResult.Loaded l) {
          assertThat(l.article().text()).isNotBlank();
          assertThat(l.article().id()).isNotBlank().doesNotContain("\n");
        } else if (r instanceof IngestResult.Failed f) {
          assertThat(f.reason()).isNotBlank();
        }
      }
    } finally {
      java.nio.file.Files.deleteIfExists(csv);
      java.nio.file.Files.deleteIfExists(dir);
    }
  }
}
