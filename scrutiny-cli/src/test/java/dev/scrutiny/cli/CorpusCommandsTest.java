package dev.scrutiny.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** add, search, export and reanalyze on a corpus built from files, archives and a local web site. */
class CorpusCommandsTest {

  @TempDir
  Path dir;

  static String page(String title, String body) {
    return "<html lang=en><head><title>" + title + "</title></head><body><article><h1>" + title + "</h1><p>" + body
        + "</p><p>Officials said more details would follow later in the day.</p></article></body></html>";
  }

  @Test
  void add_reads_files_archives_pages_and_feeds_then_a_rerun_skips_what_is_stored() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("dam.txt"), "Dam repaired\n\nEngineers finished repairs to the river dam on Sunday,"
        + " the regional water agency said.\n");
    try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(in.resolve("school.html.gz")))) {
      gz.write(page("School reopens", "The village school reopened on Monday after the roof was rebuilt, the"
          + " mayor said.").getBytes(StandardCharsets.UTF_8));
    }
    try (WarcWriter w = new WarcWriter(Channels.newChannel(Files.newOutputStream(in.resolve("crawl.warc.gz"))),
        WarcCompression.GZIP)) {
      String html = page("Market fire", "A fire destroyed twelve stalls at the central market overnight, the fire"
          + " service said.");
      byte[] http = ("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: "
          + html.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + html).getBytes(StandardCharsets.UTF_8);
      w.write(new WarcResponse.Builder(URI.create("https://archive.example/market-fire"))
          .body(MediaType.HTTP_RESPONSE, http).build());
    }
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 8);
    String base = "http://127.0.0.1:" + server.getAddress().getPort();
    serve(server, "/bridge", "text/html", page("Bridge opens", "The new bridge opened to traffic on Friday, the city"
        + " engineer said."));
    serve(server, "/feed", "application/rss+xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title>"
        + "<link>" + base + "</link><description>d</description><item><title>Ferry</title><link>" + base
        + "/ferry</link></item></channel></rss>");
    serve(server, "/ferry", "text/html", page("Ferry resumes", "The ferry resumed crossings on Saturday after the"
        + " storm, the operator said."));
    server.start();
    try {
      String db = dir.resolve("corpus.db").toString();
      CliRun first = CliRun.of("add", "--db", db, "--allow-private", "--delay", "0", "--threads", "2", in.toString(),
          base + "/bridge", base + "/feed", dir.resolve("missing.txt").toString(), "ftp://example.org/x");
      assertThat(first.exit()).as(first.err()).isEqualTo(1);
      assertThat(first.err()).contains("5 added (0 new revisions), 0 already present, 2 failed")
          .contains("missing.txt: no such file or directory").contains("ftp://example.org/x: only http and https");
      CliRun again = CliRun.of("add", "--db", db, "--allow-private", "--delay", "0", in.toString(), base + "/bridge", base + "/feed");
      assertThat(again.exit()).as(again.err()).isZero();
      assertThat(again.err()).contains("0 added (0 new revisions), 5 already present, 0 failed");
      CliRun refused = CliRun.of("add", "--db", db, base + "/bridge");
      assertThat(refused.exit()).isEqualTo(1);
      assertThat(refused.err()).contains("loopback");

      CliRun search = CliRun.of("search", "--db", db, "--format", "jsonl", "bridge");
      List<JsonNode> hits = search.out().lines().map(CorpusCommandsTest::json).toList();
      assertThat(hits).singleElement().satisfies(h -> {
        assertThat(h.get("title").asText()).isEqualTo("Bridge opens");
        assertThat(h.get("id").asText()).matches("a[0-9a-f]{20}");
        assertThat(h.get("highlights")).isNotEmpty();
      });
      CliRun text = CliRun.of("search", "--db", db, "--source", "archive.example", "--facets");
      assertThat(text.out()).startsWith("1 match").contains("Market fire").contains("source: archive.example (1)");
      assertThat(text.out()).contains("\nmonth:").contains("\nside: OTHER (1)");
      CliRun noSide = CliRun.of("search", "--db", db, "--side", "nobody", "--genre", "reporting", "bridge");
      assertThat(noSide.out()).startsWith("0 matches");
      assertThat(CliRun.of("search", "--db", db, "--from", "not-a-date", "x").exit()).isEqualTo(2);

      exports(db, hits.getFirst().get("id").asText());
      CliRun re = CliRun.of("reanalyze", "--db", db);
      assertThat(re.err()).contains("0 analyses refreshed, 5 already current");
      CliRun all = CliRun.of("reanalyze", "--db", db, "--all", "--threads", "2");
      assertThat(all.err()).contains("5 analyses refreshed");
    } finally {
      server.stop(0);
    }
  }

  private void exports(String db, String bridgeId) throws Exception {
    Path jsonl = dir.resolve("out/all.jsonl");
    assertThat(CliRun.of("export", "--db", db, "--format", "jsonl", "--out", jsonl.toString()).exit()).isZero();
    List<JsonNode> analyses = Files.readAllLines(jsonl).stream().map(CorpusCommandsTest::json).toList();
    assertThat(analyses).hasSize(5).anySatisfy(a -> assertThat(a.get("id").asText()).isEqualTo(bridgeId));
    Path again = dir.resolve("out/again.jsonl");
    CliRun.of("export", "--db", db, "--format", "jsonl", "--out", again.toString());
    assertThat(Files.readString(again)).isEqualTo(Files.readString(jsonl));

    Path csv = dir.resolve("csv");
    CliRun r = CliRun.of("export", "--db", db, "--format", "csv", "--out", csv.toString());
    assertThat(r.exit()).isZero();
    for (String t : List.of("articles", "statements", "entities", "places", "techniques", "checks", "markers")) {
      assertThat(csv.resolve(t + ".csv")).exists();
    }
    String articles = Files.readString(csv.resolve("articles.csv"));
    assertThat(articles).startsWith("\uFEFFid,title,source,published").contains(bridgeId).contains("\r\n");
    assertThat(articles.lines().count()).isEqualTo(6);

    Path reviews = dir.resolve("reviews.jsonld");
    CliRun cr = CliRun.of("export", "--db", db, "--format", "claimreview", "--min-checkworthiness", "0", "--out", reviews.toString());
    assertThat(cr.exit()).isZero();
    JsonNode doc = json(Files.readString(reviews));
    assertThat(doc.get("@context").asText()).isEqualTo("https://schema.org");
    assertThat(doc.get("@graph")).isNotEmpty().allSatisfy(review -> {
      assertThat(review.get("@type").asText()).isEqualTo("ClaimReview");
      assertThat(review.get("identifier").asText()).matches("a[0-9a-f]{20}/c\\d+-\\d+");
      assertThat(review.get("claimReviewed").asText()).isNotBlank();
      assertThat(review.get("itemReviewed").get("@type").asText()).isEqualTo("Claim");
    });
  }

  private static void serve(HttpServer server, String path, String type, String body) {
    server.createContext(path, x -> {
      byte[] b = body.getBytes(StandardCharsets.UTF_8);
      x.getResponseHeaders().add("Content-Type", type);
      x.sendResponseHeaders(200, b.length);
      try (OutputStream o = x.getResponseBody()) {
        o.write(b);
      }
    });
  }

  static JsonNode json(String s) {
    try {
      return new ObjectMapper().readTree(s);
    } catch (Exception e) {
      throw new AssertionError("not JSON: " + s, e);
    }
  }

  @Test
  void csv_cells_are_quoted_and_formulas_defused() {
    assertThat(dev.scrutiny.corpus.export.CsvExportAccess.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
    assertThat(dev.scrutiny.corpus.export.CsvExportAccess.cell("a,b")).isEqualTo("\"a,b\"");
    assertThat(dev.scrutiny.corpus.export.CsvExportAccess.cell(-1.5)).isEqualTo("-1.5");
  }
}
