package dev.scrutiny.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scrutiny.article.Article;
import dev.scrutiny.article.Published;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {

  private static final String RUSSIAN = """
      Министерство обороны заявило, что за прошедшие сутки подразделения отразили три атаки \
      противника в районе Артёмовска. По словам представителя ведомства, потери составили \
      несколько единиц техники. Жители соседних сёл сообщают о перебоях с электричеством и водой, \
      а местные власти обещают восстановить снабжение до конца недели.""";

  private final ArticleReader reader = new ArticleReader(IngestOptions.defaults());

  @TempDir Path tmp;

  static Path resource(String name) {
    try {
      return Path.of(Objects.requireNonNull(ArticleReaderTest.class.getResource("/ingest/" + name)).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private IngestResult only(Path path) {
    List<IngestResult> results = reader.readAll(path.toString());
    assertThat(results).hasSize(1);
    return results.getFirst();
  }

  private IngestResult.Loaded loaded(Path path) {
    IngestResult r = only(path);
    assertThat(r).as("result for %s", path).isInstanceOf(IngestResult.Loaded.class);
    return (IngestResult.Loaded) r;
  }

  private IngestResult.Failed failed(Path path) {
    IngestResult r = only(path);
    assertThat(r).as("result for %s", path).isInstanceOf(IngestResult.Failed.class);
    return (IngestResult.Failed) r;
  }

  private Path write(String name, byte[] bytes) throws IOException {
    Path p = tmp.resolve(name);
    Files.write(p, bytes);
    return p;
  }

  @Nested
  class PlainText {
    @Test
    void semeval_convention_takes_the_first_line_as_title() {
      IngestResult.Loaded r = loaded(resource("semeval.txt"));
      Article a = r.article();
      assertThat(a.id()).isEqualTo("semeval");
      assertThat(a.title()).isEqualTo("Drone strike hits fuel depot near Kharkiv");
      assertThat(a.text()).startsWith("A drone struck a fuel depot")
          .endsWith("he wrote on Telegram.")
          .contains("said on Tuesday.\n\n\"The fire");
      assertThat(a.published()).isNull();
      assertThat(r.origin().toString()).endsWith("semeval.txt");
      assertThat(r.warnings()).isEmpty();
    }

    @Test
    void without_a_blank_second_line_everything_is_body() {
      Article a = loaded(resource("no-title.txt")).article();
      assertThat(a.title()).isNull();
      assertThat(a.text()).startsWith("Shelling resumed near the river crossing on Monday morning,\naccording")
          .endsWith("since Sunday.");
    }

    @Test
    void windows_line_endings_and_blank_runs_are_normalised() throws IOException {
      Path p = write("crlf.txt", "Title here\r\n\r\nFirst line.\r\n\r\n\r\n\r\nSecond   \r\n".getBytes(StandardCharsets.UTF_8));
      Article a = loaded(p).article();
      assertThat(a.title()).isEqualTo("Title here");
      assertThat(a.text()).isEqualTo("First line.\n\nSecond");
    }

    @Test
    void a_very_long_first_line_is_not_a_title() throws IOException {
      String longLine = "word ".repeat(100).strip();
      Article a = loaded(write("long.txt", (longLine + "\n\nMore.").getBytes(StandardCharsets.UTF_8))).article();
      assertThat(a.title()).isNull();
      assertThat(a.text()).startsWith("word word");
    }

    @Test
    void an_empty_file_fails_with_a_reason() throws IOException {
      IngestResult.Failed f = failed(write("empty.txt", new byte[0]));
      assertThat(f.reason()).contains("no text");
      assertThat(f.origin().input()).endsWith("empty.txt");
    }
  }

  @Nested
  class Html {
    @Test
    void metadata_comes_from_meta_tags_and_json_ld() {
      IngestResult.Loaded r = loaded(resource("article.html"));
      Article a = r.article();
      assertThat(a.id()).isEqualTo("article");
      assertThat(a.title()).isEqualTo("Bridge over the Oskil reopens after three months of repairs");
      assertThat(a.author()).isEqualTo("Marta Kovalenko, Ivan Petrenko");
      assertThat(a.source()).isEqualTo("The Northern Ledger");
      assertThat(a.url()).isEqualTo("https://www.northernledger.example/world/2025/04/26/bridge-reopens");
      assertThat(a.language()).isEqualTo("en");
      assertThat(a.published()).isEqualTo(new Published(LocalDate.of(2025, 4, 26),
          LocalDateTime.of(2025, 4, 26, 10, 30), ZoneOffset.ofHours(3)).withSource(Published.Source.JSON_LD));
    }

    @Test
    void body_is_the_article_paragraphs_without_page_furniture() {
      Article a = loaded(resource("article.html")).article();
      List<String> paragraphs = List.of(a.text().split("\n\n"));
      assertThat(paragraphs).hasSize(4);
      assertThat(paragraphs.getFirst()).startsWith("The road bridge over the Oskil river reopened");
      assertThat(paragraphs.get(1)).contains("\"Without this bridge, villages on the eastern bank");
      assertThat(paragraphs.getLast()).endsWith("from two hours to forty minutes.");
      assertThat(a.text()).doesNotContain("Home", "Sport", "Copyright", "tracking-code", "color: grey", "By Marta");
    }

    @Test
    void html_lang_and_rfc_1123_meta_date_and_og_url_domain_are_used() {
      Article a = loaded(resource("meta-only.html")).article();
      assertThat(a.language()).isEqualTo("ru");
      assertThat(a.url()).isEqualTo("https://news.example.org/2025/evacuation");
      assertThat(a.source()).isEqualTo("news.example.org");
      assertThat(a.title()).isEqualTo("Эвакуация продолжается");
      assertThat(a.published()).isEqualTo(new Published(LocalDate.of(2025, 4, 26),
          LocalDateTime.of(2025, 4, 26, 7, 30), ZoneOffset.UTC).withSource(Published.Source.META));
      assertThat(a.text()).isEqualTo("Власти заявили о продолжении эвакуации жителей из прифронтовых сёл.\n\n"
          + "По словам чиновников, за неделю вывезли более трёхсот человек.");
    }

    @Test
    void an_unparseable_meta_date_gives_way_to_the_time_element() {
      IngestResult.Loaded r = loaded(resource("time-only.html"));
      assertThat(r.article().published()).isEqualTo(Published.parse("2025-03-13").withSource(Published.Source.TIME_ELEMENT));
      assertThat(r.warnings()).isEmpty();
      assertThat(r.article().text()).isEqualTo(
          "Negotiators left the capital without an agreement on Thursday, a spokesman said.\n\n"
              + "Another round is expected next month.");
    }

    @Test
    void a_page_whose_only_date_is_unparseable_gets_a_warning() throws IOException {
      String html = "<html><head><meta name=\"pubdate\" content=\"the day before yesterday\"></head>"
          + "<body><p>Fighting resumed, a spokesman said.</p></body></html>";
      IngestResult.Loaded r = loaded(write("vague.html", html.getBytes(StandardCharsets.UTF_8)));
      assertThat(r.article().published()).isNull();
      assertThat(r.warnings()).singleElement().satisfies(w -> {
        assertThat(w.stage()).isEqualTo("ingest");
        assertThat(w.message()).isEqualTo("unparseable publication date 'the day before yesterday'; left empty");
      });
    }

    @Test
    void time_element_gives_the_date_when_no_meta_states_one() throws IOException {
      String html = "<html><body><article><h1>Talks</h1><p>Talks ended, a spokesman said.</p>"
          + "<time datetime=\"2025-03-13\">13 March</time></article></body></html>";
      Article a = loaded(write("talks.html", html.getBytes(StandardCharsets.UTF_8))).article();
      assertThat(a.published()).isEqualTo(Published.parse("2025-03-13").withSource(Published.Source.TIME_ELEMENT));
      assertThat(a.title()).isEqualTo("Talks");
      assertThat(a.text()).startsWith("Talks ended, a spokesman said.");
    }

    @Test
    void hostile_page_yields_clean_text_without_markup_or_script_code() {
      Article a = loaded(resource("hostile.html")).article();
      assertThat(a.text()).contains("An aid convoy of twelve trucks reached the town on Friday",
          "stopped at two checkpoints on the way, a volunteer", "school building on Saturday.",
          "another convoy was planned for next week.");
      assertThat(a.text()).doesNotContain("<", ">", "javascript:", "onerror", "alert", "leak", "INJECTED",
          "secret", "steal");
      assertThat(a.title()).isEqualTo("Convoy reaches the besieged town");
    }

    @Test
    void a_page_without_text_fails() throws IOException {
      Path p = write("blank.html", "<html><head><title>x</title><script>var a=1;</script></head><body></body></html>"
          .getBytes(StandardCharsets.UTF_8));
      assertThat(failed(p).reason()).contains("no article text");
    }

    @Test
    void declared_legacy_charset_is_honoured() throws IOException {
      String html = "<html><head><meta charset=\"windows-1251\"><title>Сводка</title></head>"
          + "<body><p>" + RUSSIAN + "</p></body></html>";
      Article a = loaded(write("cp.html", html.getBytes("windows-1251"))).article();
      assertThat(a.title()).isEqualTo("Сводка");
      assertThat(a.text()).isEqualTo(RUSSIAN);
    }
  }

  @Nested
  class JsonLines {
    @Test
    void a_bad_line_fails_alone_and_the_others_load() {
      List<IngestResult> results = reader.readAll(resource("articles.jsonl").toString());
      assertThat(results).hasSize(5);

      IngestResult.Loaded first = (IngestResult.Loaded) results.get(0);
      assertThat(first.origin().line()).isEqualTo(1);
      Article a = first.article();
      assertThat(a.id()).isEqualTo("kherson-1");
      assertThat(a.title()).isEqualTo("Ferry service suspended");
      assertThat(a.text()).startsWith("The ferry across the Dnipro");
      assertThat(a.url()).isEqualTo("https://example.net/ferry");
      assertThat(a.source()).isEqualTo("Example Net");
      assertThat(a.author()).isEqualTo("O. Shevchenko");
      assertThat(a.language()).isEqualTo("en");
      assertThat(a.published()).isEqualTo(new Published(LocalDate.of(2025, 4, 26),
          LocalDateTime.of(2025, 4, 26, 10, 30), null).withSource(Published.Source.GIVEN));

      IngestResult.Loaded second = (IngestResult.Loaded) results.get(1);
      assertThat(second.article().id()).isEqualTo("articles#2");

      IngestResult.Failed broken = (IngestResult.Failed) results.get(2);
      assertThat(broken.origin().line()).isEqualTo(3);
      assertThat(broken.toString()).matches(".*articles\\.jsonl:3: not valid JSON: .*");

      IngestResult.Failed noText = (IngestResult.Failed) results.get(3);
      assertThat(noText.origin().line()).isEqualTo(4);
      assertThat(noText.reason()).contains("\"text\"");

      IngestResult.Loaded duplicate = (IngestResult.Loaded) results.get(4);
      assertThat(duplicate.origin().line()).isEqualTo(6);
      assertThat(duplicate.article().id()).isEqualTo("kherson-1-2");
      assertThat(duplicate.article().published()).isNull();
      assertThat(duplicate.warnings()).extracting(w -> w.message())
          .anySatisfy(m -> assertThat(m).contains("duplicate id 'kherson-1'"))
          .anySatisfy(m -> assertThat(m).contains("unparseable publication date"));
    }

    @Test
    void a_line_over_the_limit_is_rejected_and_the_next_line_still_loads() throws IOException {
      String big = "{\"text\": \"" + "x".repeat(500) + "\"}\n{\"text\": \"short\"}\n";
      Path p = write("big.jsonl", big.getBytes(StandardCharsets.UTF_8));
      List<IngestResult> results = new ArrayList<>(new ArticleReader(IngestOptions.defaults().withMaxBytes(200))
          .readAll(p.toString()));
      assertThat(results).hasSize(2);
      assertThat(((IngestResult.Failed) results.get(0)).reason()).contains("over the limit").contains("200 bytes");
      assertThat(((IngestResult.Loaded) results.get(1)).article().text()).isEqualTo("short");
    }

    @Test
    void language_tags_are_reduced_to_their_code_and_nonsense_is_a_warning() throws IOException {
      Path p = write("lang.jsonl", "{\"text\": \"One.\", \"language\": \"en-GB\"}\n{\"text\": \"Two.\", \"language\": \"English!\"}\n"
          .getBytes(StandardCharsets.UTF_8));
      List<IngestResult> results = reader.readAll(p.toString());
      assertThat(((IngestResult.Loaded) results.get(0)).article().language()).isEqualTo("en");
      IngestResult.Loaded second = (IngestResult.Loaded) results.get(1);
      assertThat(second.article().language()).isNull();
      assertThat(second.warnings()).singleElement().satisfies(w -> assertThat(w.message()).contains("English!"));
    }

    @Test
    void non_string_fields_are_ignored_with_a_warning_and_number_ids_are_accepted() throws IOException {
      Path p = write("odd.jsonl", "{\"id\": 17, \"text\": \"Body.\", \"author\": {\"name\": \"X\"}}\n"
          .getBytes(StandardCharsets.UTF_8));
      IngestResult.Loaded r = loaded(p);
      assertThat(r.article().id()).isEqualTo("17");
      assertThat(r.article().author()).isNull();
      assertThat(r.warnings()).singleElement().satisfies(w -> assertThat(w.message()).contains("\"author\""));
    }
  }

  @Nested
  class Encodings {
    @Test
    void windows_1251_is_detected() throws IOException {
      IngestResult.Loaded r = loaded(write("cp1251.txt", RUSSIAN.getBytes("windows-1251")));
      assertThat(r.article().text()).isEqualTo(RUSSIAN);
      assertThat(r.warnings()).singleElement().satisfies(w -> assertThat(w.message()).contains("windows-1251"));
    }

    @Test
    void koi8_r_is_detected() throws IOException {
      IngestResult.Loaded r = loaded(write("koi8.txt", RUSSIAN.getBytes("KOI8-R")));
      assertThat(r.article().text()).isEqualTo(RUSSIAN);
      assertThat(r.warnings()).singleElement().satisfies(w -> assertThat(w.message()).contains("KOI8-R"));
    }

    @Test
    void utf_16_with_either_byte_order_mark_is_decoded() throws IOException {
      String text = "Сводка\n\n" + RUSSIAN;
      for (String cs : List.of("UTF-16LE", "UTF-16BE")) {
        byte[] body = text.getBytes(cs);
        byte[] bom = cs.endsWith("LE") ? new byte[] {(byte) 0xFF, (byte) 0xFE} : new byte[] {(byte) 0xFE, (byte) 0xFF};
        Article a = loaded(write(cs + ".txt", concat(bom, body))).article();
        assertThat(a.title()).as(cs).isEqualTo("Сводка");
        assertThat(a.text()).as(cs).isEqualTo(RUSSIAN);
      }
    }

    @Test
    void utf_8_with_a_byte_order_mark_loses_the_mark() throws IOException {
      byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
          "Заголовок\n\nТекст статьи.".getBytes(StandardCharsets.UTF_8));
      Article a = loaded(write("bom.txt", bytes)).article();
      assertThat(a.title()).isEqualTo("Заголовок");
      assertThat(a.text()).isEqualTo("Текст статьи.");
    }

    @Test
    void a_binary_file_is_rejected_naming_the_file() throws IOException {
      byte[] bytes = new byte[4096];
      new java.util.Random(7).nextBytes(bytes);
      IngestResult.Failed f = failed(write("photo.txt", bytes));
      assertThat(f.toString()).contains("photo.txt").contains("not a text file");
    }

    @Test
    void a_pdf_named_explicitly_is_rejected_as_binary() throws IOException {
      IngestResult.Failed f = failed(write("report.pdf", "%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1)));
      assertThat(f.reason()).contains("PDF");
    }
  }

  @Nested
  class Limits {
    @Test
    void an_oversized_file_is_rejected_with_size_and_limit() throws IOException {
      Path p = write("huge.txt", "Shelling continued. ".repeat(100).getBytes(StandardCharsets.UTF_8));
      List<IngestResult> results = new ArticleReader(IngestOptions.defaults().withMaxBytes(1000)).readAll(p.toString());
      assertThat(results).singleElement().isInstanceOfSatisfying(IngestResult.Failed.class, f ->
          assertThat(f.reason()).contains("2000 bytes").contains("limit").contains("1000 bytes").contains("not truncated"));
    }

    @Test
    void the_default_limit_is_five_mebibytes() {
      assertThat(IngestOptions.defaults().maxBytes()).isEqualTo(5L * 1024 * 1024);
    }

    @Test
    void fallback_publication_date_fills_only_undated_articles() {
      Published fallback = Published.parse("2025-08-06");
      ArticleReader withFallback = new ArticleReader(IngestOptions.defaults().withFallbackPublished(fallback));
      Article undated = ((IngestResult.Loaded) withFallback.readAll(resource("semeval.txt").toString()).getFirst()).article();
      Article dated = ((IngestResult.Loaded) withFallback.readAll(resource("article.html").toString()).getFirst()).article();
      assertThat(undated.published()).isEqualTo(fallback.withSource(Published.Source.GIVEN));
      assertThat(dated.published().date()).isEqualTo(LocalDate.of(2025, 4, 26));
    }
  }

  @Nested
  class Batches {
    @Test
    void directories_are_walked_recursively_in_sorted_order_and_odd_files_are_skipped() {
      Path tree = resource("tree");
      IngestPlan plan = reader.plan(tree.toString());
      assertThat(plan.inputs()).extracting(i -> tree.relativize(Objects.requireNonNull(i.path())).toString().replace('\\', '/'))
          .containsExactly("a-report.txt", "regional/b-page.html", "regional/east/a-report.txt",
              "regional/east/c-feed.jsonl");
      assertThat(plan.notRead()).extracting(r -> r.getClass().getSimpleName() + " " + Path.of(r.origin().input()).getFileName())
          .containsExactlyInAnyOrder("Skipped .hidden.txt", "Skipped notes.docx");

      List<IngestResult> results;
      try (Stream<IngestResult> s = reader.results(plan)) {
        results = s.toList();
      }
      assertThat(results).filteredOn(IngestResult.Loaded.class::isInstance)
          .extracting(r -> ((IngestResult.Loaded) r).article().id())
          .containsExactly("a-report", "b-page", "a-report-2", "feed-1", "feed-2");
      assertThat(results).filteredOn(IngestResult.Skipped.class::isInstance).hasSize(2);
    }

    @Test
    void a_missing_path_fails_and_the_rest_still_loads() {
      List<IngestResult> results = reader.readAll(tmp.resolve("nope.txt").toString(), resource("semeval.txt").toString());
      assertThat(results).hasSize(2);
      assertThat(results.get(0)).isInstanceOfSatisfying(IngestResult.Failed.class,
          f -> assertThat(f.toString()).contains("nope.txt").contains("no such file"));
      assertThat(results.get(1)).isInstanceOf(IngestResult.Loaded.class);
    }

    @Test
    void the_same_file_twice_gets_distinct_ids() {
      String p = resource("semeval.txt").toString();
      assertThat(reader.readAll(p, p)).extracting(r -> ((IngestResult.Loaded) r).article().id())
          .containsExactly("semeval", "semeval-2");
    }

    @Test
    void results_of_one_input_are_read_lazily() throws IOException {
      Path a = write("a.txt", "First.".getBytes(StandardCharsets.UTF_8));
      Path b = write("b.txt", "Second.".getBytes(StandardCharsets.UTF_8));
      IngestPlan plan = reader.plan(a.toString(), b.toString());
      try (Stream<IngestResult> s = reader.results(plan)) {
        var it = s.iterator();
        assertThat(((IngestResult.Loaded) it.next()).article().text()).isEqualTo("First.");
        Files.writeString(b, "Changed after planning.");
        assertThat(((IngestResult.Loaded) it.next()).article().text()).isEqualTo("Changed after planning.");
        assertThat(it.hasNext()).isFalse();
      }
    }

    @Test
    void an_unknown_extension_named_explicitly_is_sniffed() throws IOException {
      Path html = write("page.php", "<!doctype html><html><body><p>Sniffed as HTML, an official said.</p></body></html>"
          .getBytes(StandardCharsets.UTF_8));
      Path jsonl = write("dump.json", "{\"id\":\"j1\",\"text\":\"One.\"}\n{\"id\":\"j2\",\"text\":\"Two.\"}\n"
          .getBytes(StandardCharsets.UTF_8));
      Path text = write("README", "Plain words.".getBytes(StandardCharsets.UTF_8));
      List<IngestResult> results = reader.readAll(html.toString(), jsonl.toString(), text.toString());
      assertThat(results).extracting(r -> ((IngestResult.Loaded) r).article().text())
          .containsExactly("Sniffed as HTML, an official said.", "One.", "Two.", "Plain words.");
    }
  }

  @Nested
  class StandardInput {
    private List<IngestResult> readStdin(String content, Charset cs) {
      ArticleReader r = new ArticleReader(IngestOptions.defaults(), new ByteArrayInputStream(content.getBytes(cs)));
      return r.readAll("-");
    }

    @Test
    void plain_text_on_stdin_gets_the_stdin_id() {
      List<IngestResult> results = readStdin("Headline\n\nBody of the piece.", StandardCharsets.UTF_8);
      assertThat(results).singleElement().isInstanceOfSatisfying(IngestResult.Loaded.class, l -> {
        assertThat(l.article().id()).isEqualTo("stdin");
        assertThat(l.article().title()).isEqualTo("Headline");
        assertThat(l.origin().input()).isEqualTo("-");
      });
    }

    @Test
    void json_lines_on_stdin_are_sniffed_and_streamed() {
      List<IngestResult> results = readStdin("\n{\"text\":\"One.\"}\nnot json\n{\"text\":\"Two.\"}\n", StandardCharsets.UTF_8);
      assertThat(results).hasSize(3);
      assertThat(results.get(0)).isInstanceOfSatisfying(IngestResult.Loaded.class,
          l -> assertThat(l.article().id()).isEqualTo("stdin#2"));
      assertThat(results.get(1).toString()).startsWith("-:3: not valid JSON");
      assertThat(results.get(2)).isInstanceOf(IngestResult.Loaded.class);
    }

    @Test
    void html_on_stdin_is_sniffed() {
      List<IngestResult> results = readStdin("<html><head><title>T</title></head><body><p>Para one.</p><p>Para two.</p></body></html>",
          StandardCharsets.UTF_8);
      assertThat(results).singleElement().isInstanceOfSatisfying(IngestResult.Loaded.class,
          l -> assertThat(l.article().text()).isEqualTo("Para one.\n\nPara two."));
    }

    @Test
    void oversized_stdin_is_rejected() {
      ArticleReader r = new ArticleReader(IngestOptions.defaults().withMaxBytes(10),
          new ByteArrayInputStream("far more than ten bytes of text".getBytes(StandardCharsets.UTF_8)));
      assertThat(r.readAll("-")).singleElement().isInstanceOfSatisfying(IngestResult.Failed.class,
          f -> assertThat(f.reason()).contains("over the limit").contains("10 bytes").doesNotContain("31 bytes"));
    }
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
