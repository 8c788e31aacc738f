package dev.scrutiny.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.scrutiny.article.Article;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Inputs an adversary would publish: each case failed, hung or leaked before the hardening. */
class HostileInputTest {

  private static final String PROSE = "The council met on Tuesday, officials said, and agreed to repair the bridge.";

  @TempDir Path tmp;

  private final ArticleReader reader = new ArticleReader(IngestOptions.defaults());

  private static List<IngestResult> readStdin(IngestOptions options, byte[] bytes) {
    ArticleReader r = new ArticleReader(options, new ByteArrayInputStream(bytes));
    return r.readAll("-");
  }

  private static Article article(IngestResult r) {
    assertThat(r).isInstanceOf(IngestResult.Loaded.class);
    return ((IngestResult.Loaded) r).article();
  }

  @Test
  void a_json_line_with_trailing_content_fails_instead_of_dropping_it() throws Exception {
    Path f = tmp.resolve("a.jsonl");
    Files.writeString(f, "{\"text\":\"" + PROSE + "\"}{\"text\":\"second\"}\n{\"text\":\"" + PROSE + "\"} garbage\n"
        + "{\"text\":\"" + PROSE + "\"}\n");
    List<IngestResult> rs = reader.readAll(f.toString());
    assertThat(rs).hasSize(3);
    assertThat(rs.get(0)).isInstanceOf(IngestResult.Failed.class);
    assertThat(((IngestResult.Failed) rs.get(0)).reason()).contains("not valid JSON");
    assertThat(rs.get(1)).isInstanceOf(IngestResult.Failed.class);
    assertThat(rs.get(2)).isInstanceOf(IngestResult.Loaded.class);
  }

  @Test
  void a_max_size_near_long_max_still_reads_inputs() {
    IngestOptions huge = IngestOptions.defaults().withMaxBytes(Long.MAX_VALUE);
    List<IngestResult> rs = readStdin(huge, PROSE.getBytes(StandardCharsets.UTF_8));
    assertThat(article(rs.getFirst()).text()).isEqualTo(PROSE);
    List<IngestResult> almost = readStdin(huge.withMaxBytes(Long.MAX_VALUE - 1), PROSE.getBytes(StandardCharsets.UTF_8));
    assertThat(article(almost.getFirst()).text()).isEqualTo(PROSE);
  }

  @Test
  void oversized_standard_input_states_the_limit_not_a_wrong_size() {
    byte[] big = new byte[300_000];
    java.util.Arrays.fill(big, (byte) 'a');
    List<IngestResult> rs = readStdin(IngestOptions.defaults().withMaxBytes(100_000), big);
    IngestResult.Failed f = (IngestResult.Failed) rs.getFirst();
    assertThat(f.reason()).contains("over the limit of").contains("100000 bytes").doesNotContain("300000");
  }

  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS)
  void a_fifo_named_on_the_command_line_is_rejected_without_blocking() throws Exception {
    Path fifo = tmp.resolve("pipe.txt");
    Process p = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assumeTrue(p.waitFor() == 0, "mkfifo available");
    List<IngestResult> rs = reader.readAll(fifo.toString());
    assertThat(rs).singleElement().isInstanceOf(IngestResult.Failed.class);
    assertThat(((IngestResult.Failed) rs.getFirst()).reason()).contains("not a regular file");
  }

  @Test
  void a_walk_does_not_follow_a_link_to_a_file_outside_the_folder() throws Exception {
    Path outside = tmp.resolve("secret.txt");
    Files.writeString(outside, "The secret is that the council met on Tuesday and nobody came.");
    Path folder = Files.createDirectory(tmp.resolve("corpus"));
    Files.writeString(folder.resolve("real.txt"), PROSE);
    Files.writeString(folder.resolve("inside-target.txt"), PROSE);
    Files.createSymbolicLink(folder.resolve("leak.txt"), outside);
    Files.createSymbolicLink(folder.resolve("alias.txt"), folder.resolve("inside-target.txt"));
    List<IngestResult> rs = reader.readAll(folder.toString());
    assertThat(rs).filteredOn(r -> r instanceof IngestResult.Loaded).extracting(r -> r.origin().input())
        .containsExactlyInAnyOrder(folder.resolve("alias.txt").toString(),
            folder.resolve("inside-target.txt").toString(), folder.resolve("real.txt").toString());
    assertThat(rs).filteredOn(r -> r instanceof IngestResult.Skipped).singleElement()
        .satisfies(r -> assertThat(r.toString()).contains("leak.txt").contains("outside the folder"));
  }

  @Test
  void control_characters_in_metadata_are_stripped_at_ingest() throws Exception {
    String esc = "\u001b]0;pwned\u0007\u001b[2J";
    Path f = tmp.resolve("m.jsonl");
    Files.writeString(f, "{\"id\":\"x" + esc.replace("\u001b", "\\u001b").replace("\u0007", "\\u0007")
        + "\",\"title\":\"Head\\u001b[31mline\\nforged\",\"author\":\"A\\u009b31mB\",\"source\":\"S\\u202eT\","
        + "\"text\":\"" + PROSE + "\\u001b[2J\"}\n");
    Article a = article(reader.readAll(f.toString()).getFirst());
    for (String v : new String[] {a.id(), a.title(), a.author(), a.source(), a.text()}) {
      assertThat(v.chars()).noneMatch(c -> c < 0x20 && c != '\n' || c >= 0x7F && c <= 0x9F || c == 0x202E);
    }
    assertThat(a.title()).isEqualTo("Head[31mline forged");
    Path html = tmp.resolve("p.html");
    Files.writeString(html, "<html><head><title>T\u001b]8;;http://evil\u001b\\\\link</title>"
        + "<meta name=author content=\"Ann\u001b[2J\"></head><body><article><p>" + PROSE + "</p></article></body></html>");
    Article h = article(reader.readAll(html.toString()).getFirst());
    assertThat(h.title()).doesNotContain("\u001b");
    assertThat(h.author()).isEqualTo("Ann[2J");
  }

  @Test
  void a_control_character_in_a_file_name_does_not_reach_the_id() throws Exception {
    Path f;
    try {
      f = tmp.resolve("bad\nscrutiny: 0 failed\u001b[2J.txt");
      Files.writeString(f, PROSE);
    } catch (Exception e) {
      assumeTrue(false, "file system refuses control characters in names");
      return;
    }
    Article a = article(reader.readAll(f.toString()).getFirst());
    assertThat(a.id()).doesNotContain("\n").doesNotContain("\u001b");
  }

  @Test
  void a_utf8_article_with_curly_quotes_and_one_stray_byte_stays_utf8() throws Exception {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.write("\u201cWe will not retreat,\u201d the commander said. \u201cNever.\u201d ".getBytes(StandardCharsets.UTF_8));
    b.write(0x97); // a stray windows-1252 dash
    b.write(" The town held.".getBytes(StandardCharsets.UTF_8));
    Path f = tmp.resolve("quotes.txt");
    Files.write(f, b.toByteArray());
    IngestResult.Loaded l = (IngestResult.Loaded) reader.readAll(f.toString()).getFirst();
    assertThat(l.article().text()).startsWith("\u201cWe will not retreat,\u201d").contains("\uFFFD");
    assertThat(l.warnings()).anySatisfy(w -> assertThat(w.message()).contains("replaced by U+FFFD"));
  }

  @Test
  void a_meta_charset_that_is_not_ascii_compatible_is_ignored() throws Exception {
    Path f = tmp.resolve("utf32.html");
    byte[] page = ("<html><head><meta charset=\"UTF-32\"><title>T</title></head><body><p>" + PROSE
        + " Caf\u00e9 owners agreed.</p></body></html>").getBytes(StandardCharsets.ISO_8859_1);
    Files.write(f, page);
    Article a = article(reader.readAll(f.toString()).getFirst());
    assertThat(a.text()).contains("council met").doesNotContain("\uFFFD");
    assertThat(TextDecoder.charsetOrNull("UTF-16")).isNull();
    assertThat(TextDecoder.charsetOrNull("windows-1251")).isNotNull();
  }

  @Test
  void text_that_is_mostly_replacement_characters_is_rejected_with_a_reason() throws Exception {
    Path f = tmp.resolve("fffd.jsonl");
    Files.writeString(f, "{\"text\":\"" + "\uFFFD".repeat(200) + " ok\"}\n");
    IngestResult r = reader.readAll(f.toString()).getFirst();
    assertThat(r).isInstanceOf(IngestResult.Failed.class);
    assertThat(((IngestResult.Failed) r).reason()).contains("replacement characters");
  }

  @Test
  void a_megabyte_word_is_rejected_as_not_prose_but_chinese_is_not() throws Exception {
    Path f = tmp.resolve("word.txt");
    Files.writeString(f, "x".repeat(1_000_000));
    IngestResult r = reader.readAll(f.toString()).getFirst();
    assertThat(r).isInstanceOf(IngestResult.Failed.class);
    assertThat(((IngestResult.Failed) r).reason()).startsWith("not prose");
    Path zh = tmp.resolve("zh.txt");
    Files.writeString(zh, "乌克兰总统今天表示政府将继续与国际伙伴合作修复被破坏的基础设施并保障居民的供电和供水".repeat(10));
    assertThat(reader.readAll(zh.toString()).getFirst()).isInstanceOf(IngestResult.Loaded.class);
  }

  @Test
  void an_unknown_language_code_says_so_and_leaves_the_language_to_identification() throws Exception {
    Path f = tmp.resolve("xx.jsonl");
    Files.writeString(f, "{\"text\":\"" + PROSE + "\",\"language\":\"xx\"}\n{\"text\":\"" + PROSE + "\",\"language\":\"en-GB\"}\n");
    List<IngestResult> rs = reader.readAll(f.toString());
    IngestResult.Loaded xx = (IngestResult.Loaded) rs.get(0);
    assertThat(xx.article().language()).isNull();
    assertThat(xx.warnings()).anySatisfy(w -> assertThat(w.message()).contains("'xx' is not an ISO 639"));
    assertThat(article(rs.get(1)).language()).isEqualTo("en");
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void a_five_megabyte_page_of_unclosed_divs_is_refused_without_quadratic_work() throws Exception {
    Path f = tmp.resolve("divs.html");
    Files.writeString(f, "<html><body>" + "<div>".repeat(1_000_000) + PROSE + "</body></html>");
    IngestResult r = reader.readAll(f.toString()).getFirst();
    assertThat(r).isInstanceOf(IngestResult.Failed.class);
    assertThat(((IngestResult.Failed) r).reason()).contains("elements");
    Path nested = tmp.resolve("nested.html");
    Files.writeString(nested, "<html><body>" + "<div>".repeat(100_000) + "<p>" + PROSE + "</p></body></html>");
    assertThat(article(reader.readAll(nested.toString()).getFirst()).text()).isEqualTo(PROSE);
  }
}
