package dev.scrutiny.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.scrutiny.article.Article;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's demo, {@code scrutiny analyze examples/}, must read every example cleanly. */
class ExamplesTest {

  private static final Path EXAMPLES = Path.of("").toAbsolutePath().getParent().resolve("examples");

  @Test
  void every_example_loads_with_its_metadata() {
    assumeTrue(Files.isDirectory(EXAMPLES), "examples/ sits beside the module");
    List<IngestResult> results = new ArticleReader(IngestOptions.defaults()).readAll(EXAMPLES.toString());
    if (Boolean.getBoolean("ingest.print")) {
      results.forEach(r -> {
        System.out.println("== " + r.origin());
        if (r instanceof IngestResult.Loaded l) {
          Article a = l.article();
          System.out.printf("id=%s title=%s url=%s source=%s author=%s published=%s lang=%s warnings=%s%n%s%n",
              a.id(), a.title(), a.url(), a.source(), a.author(), a.published(), a.language(), l.warnings(), a.text());
        } else {
          System.out.println(r);
        }
      });
    }
    assertThat(results).allSatisfy(r -> assertThat(r).isInstanceOf(IngestResult.Loaded.class));
    assertThat(results).extracting(r -> ((IngestResult.Loaded) r).article().id())
        .containsExactly("bakhmut-claims", "odesa-grain-convoy", "svodka-artyomovsk-cp1251", "kursk-liberated",
            "kamikaze-op-ed", "znpp-power-line", "kharkiv-strike", "wire-briefs#3");
    IngestResult.Loaded russian = (IngestResult.Loaded) results.get(2);
    assertThat(russian.article().title()).isEqualTo("Сводка: бои в районе Артёмовска");
    assertThat(russian.warnings()).singleElement().satisfies(w -> assertThat(w.message()).contains("windows-1251"));
    Article html = ((IngestResult.Loaded) results.get(1)).article();
    assertThat(html.author()).isEqualTo("Olena Hrytsenko");
    assertThat(html.source()).isEqualTo("Black Sea Monitor");
    assertThat(html.published()).isNotNull();
  }
}
