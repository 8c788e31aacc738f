package dev.scrutiny.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Body-text extraction on hand-made news pages with boilerplate (navigation, share buttons, related
 * links, comments, newsletter boxes, cookie banners, footers): word 3-gram shingle F1 of the extracted
 * text against the hand-marked body. Development figures: these pages were written for this test.
 */
class ExtractionQualityTest {

  static final List<String> PAGES = List.of("bridge", "drone-factory", "grain", "hospital", "power", "ru-vybory",
      "sanctions", "talks");

  static String resource(String name) throws IOException {
    try (InputStream in = ExtractionQualityTest.class.getResourceAsStream("/extraction/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** Multiset F1 of word 3-gram shingles. */
  static double shingleF1(String extracted, String gold) {
    Map<String, Integer> e = shingles(extracted);
    Map<String, Integer> g = shingles(gold);
    int overlap = 0;
    int ne = 0;
    int ng = 0;
    for (int v : e.values()) {
      ne += v;
    }
    for (int v : g.values()) {
      ng += v;
    }
    for (Map.Entry<String, Integer> x : e.entrySet()) {
      overlap += Math.min(x.getValue(), g.getOrDefault(x.getKey(), 0));
    }
    if (overlap == 0) {
      return 0;
    }
    double p = overlap / (double) ne;
    double r = overlap / (double) ng;
    return 2 * p * r / (p + r);
  }

  private static Map<String, Integer> shingles(String text) {
    List<String> words = new ArrayList<>();
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty()) {
        words.add(w);
      }
    }
    Map<String, Integer> out = new HashMap<>();
    for (int i = 0; i + 3 <= words.size(); i++) {
      out.merge(String.join(" ", words.subList(i, i + 3)), 1, Integer::sum);
    }
    return out;
  }

  @Test
  void extracts_the_body_without_boilerplate() throws Exception {
    double sum = 0;
    StringBuilder report = new StringBuilder();
    for (String page : PAGES) {
      HtmlExtractor.Extracted x = HtmlExtractor.extract(resource(page + ".html"));
      double f1 = shingleF1(x.text(), resource(page + ".body.txt"));
      report.append(String.format(Locale.ROOT, "%-14s F1 %.3f%n", page, f1));
      sum += f1;
      assertThat(f1).as("shingle F1 on %s; extracted:%n%s", page, x.text()).isGreaterThanOrEqualTo(0.90);
    }
    double mean = sum / PAGES.size();
    System.out.printf(Locale.ROOT, "%smean shingle F1 %.3f over %d pages%n", report, mean, PAGES.size());
    assertThat(mean).isGreaterThanOrEqualTo(0.97);
  }

  @Test
  void records_where_each_publication_date_came_from() throws Exception {
    java.util.Map<String, String> sources = new java.util.TreeMap<>();
    for (String page : PAGES) {
      HtmlExtractor.Extracted x = HtmlExtractor.extract(resource(page + ".html"));
      sources.put(page, x.published().isEmpty() ? "none" : x.published().getFirst().source().label());
    }
    assertThat(sources).containsEntry("bridge", "meta").containsEntry("drone-factory", "json-ld")
        .containsEntry("grain", "url").containsEntry("hospital", "url");
    HtmlExtractor.Extracted dateline = HtmlExtractor.extract("<html><body><h1>Talks</h1><span class=\"date\">Published"
        + " 14 March 2025</span><p>The talks ended without agreement on Friday, officials said.</p></body></html>");
    assertThat(dateline.published()).containsExactly(new StatedDate("14 March 2025", dev.scrutiny.article.Published.Source.TEXT));
    assertThat(DateClues.inUrl("https://x.example/world/2025/4/26/story")).isEqualTo("2025-04-26");
    assertThat(DateClues.inUrl("https://x.example/20250426/story")).isEqualTo("2025-04-26");
    assertThat(DateClues.inUrl("https://x.example/world/2025/story")).isNull();
  }
}
