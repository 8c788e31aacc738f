package dev.scrutiny.claims;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scrutiny.article.Analysis;
import dev.scrutiny.article.Article;
import dev.scrutiny.article.Span;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Any text, however mangled, yields claims whose spans lie inside it, in content order. */
class ClaimInvariantsTest {

  static final String[] PIECES = {"Putin", "said", "told", "reporters", "that", "the", "army", "“", "”", "«", "»",
      "\"", "'", "''", "‘", "’", ",", ".", ":", ";", "—", "(", ")", "according", "to", "he", "claimed", "Kyiv's",
      "report", "confirming", "As", "put", "it", "officials", "reportedly", "may", "\n", "\n\n", "On", "April", "30",
      "1,200", "TASS", "headline", "saying", "In", "a", "statement", "Gerasimov", "who", "Ms.", "U.S.", "🔥"};

  @Test
  void random_texts_give_well_formed_claims() {
    Random random = new Random(20250502);
    ClaimAnalyzer analyzer = new ClaimAnalyzer();
    for (int round = 0; round < 400; round++) {
      StringBuilder b = new StringBuilder();
      int n = random.nextInt(60);
      for (int i = 0; i < n; i++) {
        b.append(PIECES[random.nextInt(PIECES.length)]).append(random.nextInt(4) == 0 ? "" : " ");
      }
      String text = b.toString();
      Analysis a = FallbackLayers.complete(Analysis.of(Article.builder("r" + round, text).build()));
      List<Claim> claims = analyzer.analyze(a);
      Span previous = null;
      for (Claim c : claims) {
        for (Span s : c.spans()) {
          assertThat(s.end()).as("span %s in %s", s, text).isLessThanOrEqualTo(text.length());
        }
        if (previous != null) {
          assertThat(c.content().compareTo(previous)).as(text).isGreaterThanOrEqualTo(0);
        }
        previous = c.content();
      }
    }
  }
}
