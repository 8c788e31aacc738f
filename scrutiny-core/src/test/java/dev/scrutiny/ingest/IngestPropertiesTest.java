package dev.scrutiny.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

class IngestPropertiesTest {

  @Property(tries = 300)
  void any_bytes_on_stdin_give_results_never_an_exception(@ForAll @Size(max = 3000) byte[] bytes) {
    List<IngestResult> results = new ArticleReader(IngestOptions.defaults(), new ByteArrayInputStream(bytes))
        .readAll("-");
    assertThat(results).isNotEmpty().allSatisfy(r -> assertThat(r.origin().input()).isEqualTo("-"));
    results.stream().filter(IngestResult.Loaded.class::isInstance)
        .map(r -> ((IngestResult.Loaded) r).article().text())
        .forEach(text -> assertThat(text).isNotBlank().doesNotContain("\r", "\u0000", "\n\n\n"));
  }

  @Property(tries = 300)
  void hostile_markup_in_any_order_never_leaks_into_the_text(@ForAll("hostilePages") String html) {
    List<IngestResult> results = new ArticleReader(IngestOptions.defaults(),
        new ByteArrayInputStream(html.getBytes(java.nio.charset.StandardCharsets.UTF_8))).readAll("-");
    assertThat(results).singleElement().satisfies(r -> {
      if (r instanceof IngestResult.Loaded l) {
        assertThat(l.article().text()).doesNotContain("<", ">", "LEAK", "javascript:");
      }
    });
  }

  @Property(tries = 200)
  void normalising_is_idempotent_and_leaves_no_control_characters(@ForAll String raw) {
    String once = CleanText.normalize(raw);
    assertThat(CleanText.normalize(once)).isEqualTo(once);
    assertThat(once.chars().filter(c -> (c < 0x20 && c != '\n' && c != '\t') || c == 0x7F || c == 0xFEFF)).isEmpty();
    assertThat(once).doesNotContain("\n\n\n").isEqualTo(once.strip());
  }

  @Provide
  Arbitrary<String> hostilePages() {
    Arbitrary<String> piece = Arbitraries.of(
        "<p>Troops crossed the river, an officer said.</p>",
        "<script>alert('LEAK')</script>",
        "<style>p{content:'LEAK'}</style>",
        "<img src=x onerror=\"alert('LEAK')\">",
        "<a href=\"javascript:alert('LEAK')\">the report</a>",
        "<noscript>LEAK</noscript>",
        "<iframe src=\"javascript:LEAK\">LEAK</iframe>",
        "<svg onload=alert(1)><script>LEAK</script></svg>",
        "<template><p>LEAK</p></template>",
        "<textarea>LEAK</textarea>",
        "<p>Shelling stopped at dawn.</p>",
        "<div>Residents queued for water.<br>Shops stayed closed.</div>",
        "<!-- LEAK -->",
        "<object data=x>LEAK</object>");
    return piece.list().ofMinSize(1).ofMaxSize(12)
        .map(parts -> "<html><head><title>T</title></head><body><article>" + String.join("\n", parts)
            + "</article></body></html>");
  }
}
