package dev.scrutiny.persuasion;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SemevalFormatTest {

  private static final String ARTICLE = "Ceasefire talks stall again\n\nThe delegations met for six hours.\n"
      + "   \nNo agreement was reached, a mediator said.\n\n\nTalks resume on Monday.";

  @Test
  void lines_are_numbered_over_all_lines_and_blank_ones_skipped() {
    List<ArticleLine> lines = ArticleLine.split(ARTICLE);
    assertThat(lines).extracting(ArticleLine::number).containsExactly(1, 3, 5, 8);
    assertThat(ARTICLE.substring(lines.get(2).start(), lines.get(2).end()))
        .isEqualTo("No agreement was reached, a mediator said.");
  }

  @Test
  void subtask_3_rows_cover_every_non_blank_line_even_without_techniques() {
    PersuasionModels models = PersuasionModels.forLanguage("en");
    String rows = SemevalFormat.rows(3, new SemevalCorpus.Doc("4242", "en", ARTICLE), models);
    List<String> lines = rows.lines().toList();
    assertThat(lines).hasSize(4);
    assertThat(lines).extracting(l -> l.split("\t", -1)[1]).containsExactly("1", "3", "5", "8");
    assertThat(lines).allMatch(l -> l.startsWith("4242\t") && l.split("\t", -1).length == 3);
  }

  @Test
  void subtask_1_and_2_rows_use_official_labels(@TempDir Path dir) throws Exception {
    PersuasionModels models = PersuasionModels.forLanguage("en");
    SemevalCorpus.Doc doc = new SemevalCorpus.Doc("7", "en", ARTICLE);
    String genre = SemevalFormat.rows(1, doc, models).strip();
    assertThat(genre).matches("7\t(opinion|reporting|satire)");
    String frames = SemevalFormat.rows(2, doc, models).strip();
    assertThat(frames.split("\t")[1].split(",")).allSatisfy(f -> Frame.fromOfficial(f));
    Path file = dir.resolve("pred.txt");
    Files.writeString(file, frames + "\n");
    Map<String, List<String>> read = SemevalCorpus.readLabels(file, 2);
    assertThat(read).containsKey("7");
    assertThat(SemevalFormat.score(2, read, read)).isEqualTo(1.0);
  }
}
