package dev.scrutiny.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

class WarcArticlesTest {

  @TempDir
  Path dir;

  static final String PAGE = "<html lang=en><head><title>Ferry resumes</title></head><body><article>"
      + "<h1>Ferry service resumes on the river</h1><p>The ferry between the two river towns resumed on"
      + " Monday after repairs to the landing stage, the operator said.</p><p>Tickets cost the same as"
      + " before, and the first crossing was full, a spokeswoman added.</p></article></body></html>";

  static byte[] http(int status, String type, String body) {
    return ("HTTP/1.1 " + status + " X\r\nContent-Type: " + type + "\r\nContent-Length: "
        + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + body).getBytes(StandardCharsets.UTF_8);
  }

  Path archive(WarcCompression compression, String name) throws Exception {
    Path file = dir.resolve(name);
    try (OutputStream out = Files.newOutputStream(file);
         WarcWriter w = new WarcWriter(java.nio.channels.Channels.newChannel(out), compression)) {
      w.write(new WarcRequest.Builder(URI.create("https://news.example/ferry"))
          .body(MediaType.HTTP_REQUEST, "GET /ferry HTTP/1.1\r\nHost: news.example\r\n\r\n".getBytes(StandardCharsets.US_ASCII))
          .build());
      w.write(new WarcResponse.Builder(URI.create("https://news.example/ferry"))
          .body(MediaType.HTTP_RESPONSE, http(200, "text/html; charset=utf-8", PAGE)).build());
      w.write(new WarcResponse.Builder(URI.create("https://news.example/missing"))
          .body(MediaType.HTTP_RESPONSE, http(404, "text/html", "<p>gone</p>")).build());
      w.write(new WarcResponse.Builder(URI.create("https://news.example/logo.png"))
          .body(MediaType.HTTP_RESPONSE, http(200, "image/png", "PNG")).build());
    }
    return file;
  }

  List<IngestResult> read(Path file) {
    try (Stream<IngestResult> s = WarcArticles.read(file, new ArticleReader(IngestOptions.defaults()))) {
      return s.toList();
    }
  }

  @Test
  void each_html_response_is_an_article_and_other_responses_are_skipped_with_a_reason() throws Exception {
    for (WarcCompression c : List.of(WarcCompression.NONE, WarcCompression.GZIP)) {
      List<IngestResult> results = read(archive(c, c == WarcCompression.GZIP ? "crawl.warc.gz" : "crawl.warc"));
      assertThat(results).hasSize(3);
      IngestResult.Loaded page = (IngestResult.Loaded) results.get(0);
      assertThat(page.article().text()).contains("The ferry between the two river towns resumed");
      assertThat(page.article().url()).isEqualTo("https://news.example/ferry");
      assertThat(page.article().source()).isEqualTo("news.example");
      assertThat(page.origin().toString()).contains("https://news.example/ferry");
      assertThat(results.get(1)).isInstanceOfSatisfying(IngestResult.Skipped.class,
          s -> assertThat(s.reason()).contains("404"));
      assertThat(results.get(2)).isInstanceOfSatisfying(IngestResult.Skipped.class,
          s -> assertThat(s.reason()).contains("image/png"));
    }
  }

  @Test
  void a_file_that_is_no_warc_fails_with_its_name() throws Exception {
    Path bogus = dir.resolve("bogus.warc");
    Files.writeString(bogus, "this is not an archive\n\nat all");
    List<IngestResult> results = read(bogus);
    assertThat(results).singleElement().isInstanceOfSatisfying(IngestResult.Failed.class,
        f -> assertThat(f.origin().toString()).contains("bogus.warc"));
  }

  @Test
  void a_record_whose_length_leads_back_to_itself_fails_instead_of_repeating() throws Exception {
    // the lenient parser accepts a negative Content-Length; minus the header's own length brings the reader
    // back to the record's start, which it would then read forever
    String head = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:1>\r\n"
        + "WARC-Date: 2024-01-01T00:00:00Z\r\nContent-Length: -";
    int headerLength = -1;
    for (int digits = 1; digits < 4 && headerLength < 0; digits++) {
      int candidate = head.length() + digits + 4; // the number, then CRLF CRLF
      if (String.valueOf(candidate).length() == digits) {
        headerLength = candidate;
      }
    }
    Path loop = dir.resolve("loop.warc");
    Files.writeString(loop, head + headerLength + "\r\n\r\nabcdefghij\r\n\r\n", StandardCharsets.US_ASCII);
    List<IngestResult> results = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
        java.time.Duration.ofSeconds(20), () -> read(loop));
    assertThat(results).last().isInstanceOfSatisfying(IngestResult.Failed.class,
        f -> assertThat(f.reason()).contains("does not move the reader"));
  }

  @Test
  void archive_names_are_recognised() {
    assertThat(WarcArticles.isWarc("a.warc")).isTrue();
    assertThat(WarcArticles.isWarc("CC-NEWS-2025.warc.gz")).isTrue();
    assertThat(WarcArticles.isWarc("a.html.gz")).isFalse();
  }
}
