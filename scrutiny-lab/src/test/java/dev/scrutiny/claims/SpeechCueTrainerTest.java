package dev.scrutiny.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpeechCueTrainerTest {

  private static SpeechCueTally.Document doc(int gold, int baseCorrect, int baseWrong, Map<String, SpeechCueTally.Counts> added) {
    return new SpeechCueTally.Document(gold, new SpeechCueTally.Counts(baseCorrect, baseWrong), added);
  }

  private static SpeechCueTally.Counts c(int correct, int wrong) {
    return new SpeechCueTally.Counts(correct, wrong);
  }

  @Test
  void lists_cues_with_enough_precise_statements_most_correct_first() {
    List<SpeechCueTally.Document> docs = List.of(
        doc(10, 5, 1, Map.of("say", c(4, 1), "argue", c(3, 0), "show", c(2, 3))),
        doc(10, 5, 1, Map.of("say", c(3, 0), "argue", c(2, 1), "note", c(4, 0), "show", c(1, 2))),
        doc(10, 5, 1, Map.of("ask", c(5, 0), "reveal", c(2, 0)))); // reveal: too few statements
    List<SpeechCueTrainer.Row> rows = SpeechCueTrainer.induce(docs, 0.70);
    // ties in correct statements go by lemma
    assertThat(rows).containsExactly(new SpeechCueTrainer.Row("say", 7, 1), new SpeechCueTrainer.Row("argue", 5, 1),
        new SpeechCueTrainer.Row("ask", 5, 0));
    assertThat(SpeechCueTrainer.induce(docs, 0.90)).extracting(SpeechCueTrainer.Row::lemma).containsExactly("ask");
    String table = SpeechCueTrainer.table(rows);
    assertThat(table).startsWith("# Reporting cues").contains("train speechcues")
        .endsWith("lemma\tcorrect\twrong\tprecision\nsay\t7\t1\t0.88\nargue\t5\t1\t0.83\nask\t5\t0\t1.00\n");
  }

  @Test
  void cross_validation_scores_each_fold_with_cues_from_the_others() {
    // "say" is precise in every document, "show" never; fold k holds document k
    List<SpeechCueTally.Document> docs = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      docs.add(doc(10, 4, 1, Map.of("say", c(2, 0), "show", c(0, 2))));
    }
    SpeechCueTrainer.CvPoint p = SpeechCueTrainer.crossValidate(docs, 0.70);
    // each fold learns "say" (8 right of 8) and not "show": held out, 5 x (4 + 2) right of 5 x (5 + 2), of 50 gold
    assertThat(p.addedScored()).isEqualTo(10);
    assertThat(p.addedPrecision()).isEqualTo(1.0);
    double precision = 30 / 35.0;
    double recall = 30 / 50.0;
    assertThat(p.f1()).isCloseTo(2 * precision * recall / (precision + recall), org.assertj.core.data.Offset.offset(1e-12));
    // below "show"'s precision of 0 nothing is kept out
    assertThat(SpeechCueTrainer.crossValidate(docs, 0.0).addedScored()).isEqualTo(20);
  }

  @Test
  void trains_the_table_from_a_polnear_folder(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("text"));
    Files.createDirectories(dir.resolve("attributions"));
    // heads that no list of speaking nouns holds: only a speech cue takes them as its subject
    String[] subjects = {"The incumbent", "The newcomer", "The runner-up", "The favourite", "The challenger", "The underdog"};
    for (int i = 0; i < subjects.length; i++) {
      String said = subjects[i] + " said that the budget would pass in March.";
      String text = said + " The chart showed that prices rose in the city.";
      Files.writeString(dir.resolve("text/d" + i + ".txt"), text);
      int cue = said.indexOf("said");
      int content = said.indexOf("the budget");
      Files.writeString(dir.resolve("attributions/d" + i + ".ann"), String.join("\n",
          "T1\tSource 0 " + subjects[i].length() + "\t" + subjects[i],
          "T2\tCue " + cue + " " + (cue + 4) + "\tsaid",
          "T3\tContent " + content + " " + (said.length() - 1) + "\t" + said.substring(content, said.length() - 1),
          "E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3", ""));
    }
    SpeechCueTrainer.Trained t = SpeechCueTrainer.train(PolnearReader.read(dir), new PrintWriter(new StringWriter()));
    assertThat(t.rows()).containsExactly(new SpeechCueTrainer.Row("say", 6, 0));
    assertThat(t.threshold()).isEqualTo(0.70);
    assertThat(t.cv()).extracting(SpeechCueTrainer.CvPoint::threshold).containsExactlyElementsOf(SpeechCueTrainer.THRESHOLDS);
  }
}
