package dev.scrutiny.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The error analysis sorts each gold entity into one outcome, split by whether training saw its words. */
class NerErrorAnalysisTest {

  private static ConllDocument doc(List<String> words, List<String> tags) {
    return new ConllDocument(List.of(new ConllSentence(words, tags)));
  }

  private static String row(String report, String name) {
    return report.lines().filter(l -> l.startsWith(name + " ")).findFirst().orElseThrow().replaceAll("\\s+", " ");
  }

  @Test
  void outcomes_are_split_by_seen_and_unseen_names_and_by_kind_of_mistake() {
    List<ConllDocument> training = List.of(doc(List.of("Kadyrov", "met", "Gazprom", "staff"),
        List.of("B-PER", "O", "B-ORG", "O")));
    List<String> words = List.of("Kadyrov", "and", "Gazprom", "met", "Leeds", "United", "in", "Hull", "on", "Monday",
        ".");
    List<ConllDocument> held = List.of(doc(words,
        List.of("B-PER", "O", "B-ORG", "O", "B-ORG", "I-ORG", "O", "B-LOC", "O", "O", "O")));
    List<List<List<Chunk>>> found = List.of(List.of(List.of(
        new Chunk("PER", 0, 1),      // seen PER, correct
        new Chunk("LOC", 2, 3),      // seen ORG, type mistake
        new Chunk("ORG", 4, 5),      // unseen ORG, boundary mistake
        new Chunk("MISC", 9, 10)))); // spurious; Hull is missed

    String report = new NerErrorAnalysis().add(training, held, found).report();

    assertThat(row(report, "seen PER")).isEqualTo("seen PER 1 0 0 0 0 1.0000");
    assertThat(row(report, "seen ORG")).isEqualTo("seen ORG 0 1 0 0 0 0.0000");
    assertThat(row(report, "unseen ORG")).isEqualTo("unseen ORG 0 0 1 0 0 0.0000");
    assertThat(row(report, "unseen LOC")).isEqualTo("unseen LOC 0 0 0 0 1 0.0000");
    assertThat(report).contains("ORG->LOC 1").contains("spurious chunks: PER 0 ORG 0 LOC 0 MISC 1");
  }
}
