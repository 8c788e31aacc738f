package dev.scrutiny.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scrutiny.article.Analysis;
import dev.scrutiny.render.JsonRenderer;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Analyses read back from their JSON compare across sources exactly as the analyses themselves do, and a
 * stories document reads back into the report it was written from.
 */
class StoredAnalysisTest {

  private static final JsonRenderer JSON = JsonRenderer.defaults().withTimings(false);

  @Test
  void analyses_read_back_from_json_give_the_same_stories_and_findings() {
    List<Analysis> analysed = Fixtures.analysed("war-stories.jsonl");
    List<Analysis> stored = analysed.stream()
        .map(a -> StoredAnalysis.read(JSON.toJsonLine(a), a.article().id())).toList();
    CrossSourceReport direct = CrossSource.compare(analysed);
    CrossSourceReport reread = CrossSource.compare(stored);
    assertThat(direct.contradictions()).isNotEmpty();
    assertThat(direct.statements()).isNotEmpty();
    assertThat(StoriesJson.toJson(reread, List.of())).isEqualTo(StoriesJson.toJson(direct, List.of()));
  }

  @Test
  void a_stories_document_reads_back_into_the_same_report() {
    CrossSourceReport r = CrossSource.compare(Fixtures.analysed("war-stories.jsonl"));
    String json = StoriesJson.toJson(r, List.of(new StoriesJson.Failure("x.txt", "unreadable")));
    CrossSourceReport back = StoriesJson.read(json, "test");
    assertThat(back).isEqualTo(r);
  }

  @Test
  void unreadable_input_is_an_error_naming_it() {
    assertThatThrownBy(() -> StoredAnalysis.read("{\"id\":\"a1\"}", "article a1"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("article a1").hasMessageContaining("no text");
    assertThatThrownBy(() -> StoredAnalysis.read("{\"text\":\"abc\",\"sentences\":[{\"start\":0,\"end\":9}]}", "a2"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a2");
    assertThatThrownBy(() -> StoriesJson.read("[1]", "row s1")).hasMessageContaining("row s1");
    assertThatThrownBy(() -> StoriesJson.read("{\"stories\":[{\"articles\":[]}]}", "row s2"))
        .hasMessageContaining("row s2").hasMessageContaining("'id'");
  }
}
