package dev.scrutiny.persuasion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mixing a fine-tuned encoder's classifier into the technique model: the share is chosen on validation lines, the
 * thresholds are tuned on the mix, and the model file carries the classifier.
 */
class HeadMixTest {

  private static final String[] WORDS = {"The convoy moved north before dawn.", "Officials met in the capital.",
    "Prices rose again this week.", "The bridge was repaired by noon."};

  /**
   * English subtask 3 lines drawn from the same plain sentences: a fifth of them labelled Doubt at random, which
   * no text feature can learn; returns the Doubt lines' keys.
   */
  private static List<String> corpus(Path root) throws IOException {
    Random r = new Random(3);
    Path dir = Files.createDirectories(root.resolve("en").resolve("train-articles-subtask-3"));
    StringBuilder labels = new StringBuilder();
    List<String> doubt = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      String id = String.valueOf(7000 + i);
      StringBuilder text = new StringBuilder("Report " + i + "\n\n");
      labels.append(id).append("\t1\t\n");
      for (int line = 3; line <= 14; line++) {
        boolean d = r.nextInt(5) == 0;
        text.append(WORDS[r.nextInt(WORDS.length)]).append(' ').append(WORDS[r.nextInt(WORDS.length)]).append('\n');
        labels.append(id).append('\t').append(line).append('\t').append(d ? "Doubt" : "").append('\n');
        if (d) {
          doubt.add(id + "\t" + line);
        }
      }
      Files.writeString(dir.resolve("article" + id + ".txt"), text, StandardCharsets.UTF_8);
    }
    Files.writeString(root.resolve("en").resolve("train-labels-subtask-3.txt"), labels, StandardCharsets.UTF_8);
    return doubt;
  }

  /** Validation probabilities for every line of the articles with an odd id: high for Doubt lines, low otherwise. */
  private static Path scores(Path file, List<String> doubt) throws IOException {
    StringBuilder sb = new StringBuilder("article\tline\tDoubt\tLoaded_Language\n");
    for (int i = 0; i < 50; i += 2) {
      String id = String.valueOf(7001 + i);
      for (int line = 1; line <= 14; line = line == 1 ? 3 : line + 1) {
        boolean d = doubt.contains(id + "\t" + line);
        sb.append(id).append('\t').append(line).append('\t').append(d ? "0.9" : "0.05").append("\t0.01\n");
      }
    }
    Files.writeString(file, sb, StandardCharsets.UTF_8);
    return file;
  }

  private static Path head(Path file) throws IOException {
    Files.writeString(file, "# technique, bias, weights\nDoubt\t-1.0\t2.0\t0.0\nLoaded_Language\t-3.0\t0.0\t1.5\n",
        StandardCharsets.UTF_8);
    return file;
  }

  private static double share(String log, double s) {
    Matcher m = Pattern.compile(String.format(java.util.Locale.ROOT, "share %.2f: validation micro-F1 ([0-9.]+)", s))
        .matcher(log);
    assertThat(m.find()).as("share %s in %s", s, log).isTrue();
    return Double.parseDouble(m.group(1));
  }

  @Test
  void an_informative_classifier_gets_a_share_and_the_model_file_carries_it(@TempDir Path tmp) throws IOException {
    List<String> doubt = corpus(tmp.resolve("data"));
    HeadMix mix = new HeadMix(head(tmp.resolve("head.txt")), "fake-tuned", scores(tmp.resolve("val.tsv"), doubt), null, null);
    StringWriter log = new StringWriter();
    new SemevalTrainer(new SemevalTrainer.Options(tmp.resolve("data"), 3, 5, List.of("en"), Set.of(3), null, 0.0,
        List.of(), false, false, null, 0), mix).train(tmp.resolve("out"), new PrintWriter(log, true));
    String text = log.toString();
    assertThat(text).contains("technique classifier of fake-tuned mixed in; 325 validation lines of 25 articles");
    // the text model cannot learn the random Doubt lines; the classifier's scores can
    assertThat(share(text, 1)).isGreaterThan(share(text, 0) + 0.2);
    LinearModel m;
    try (var in = Files.newInputStream(tmp.resolve("out/st3-en.bin"))) {
      m = LinearModel.load(in);
    }
    EncoderHead h = m.head();
    assertThat(h).isNotNull();
    assertThat(h.encoderId()).isEqualTo("fake-tuned");
    assertThat(h.share()).isGreaterThan(0.0);
    assertThat(m.hasPrecisionRule()).isTrue();
    int d = List.of(m.labels()).indexOf("Doubt");
    int straw = List.of(m.labels()).indexOf("Straw_Man");
    assertThat(h.probabilities(new float[] {1, 0})[d]).isEqualTo(LinearModel.sigmoid(1.0));
    assertThat(h.probabilities(new float[] {1, 0})[straw]).isLessThan(1e-9); // not in the file: never from it
    // the thresholds are the mix's: Doubt fires at a probability the text model alone never reaches on these lines
    assertThat(m.threshold(d)).isLessThan(0.9 * h.share() + 0.5);
  }

  /** What training subtask 3 in {@code tmp/data} with {@code mix} into {@code tmp/out} prints. */
  private static String train(Path tmp, HeadMix mix) {
    StringWriter log = new StringWriter();
    new SemevalTrainer(new SemevalTrainer.Options(tmp.resolve("data"), 3, 5, List.of("en"), Set.of(3), null, 0.0,
        List.of(), false, false, null, 0), mix).train(tmp.resolve("out"), new PrintWriter(log, true));
    return log.toString();
  }

  @Test
  void a_gate_is_chosen_from_the_printed_table_and_the_model_file_carries_it(@TempDir Path tmp) throws IOException {
    Path val = scores(tmp.resolve("val.tsv"), corpus(tmp.resolve("data")));
    String text = train(tmp, new HeadMix(head(tmp.resolve("head.txt")), "fake-tuned", val, 0.5, 0.2));
    Matcher all = Pattern.compile("from 0\\.00: validation micro-F1 [0-9.]+, 100\\.0% of the lines encoded")
        .matcher(text);
    assertThat(all.find()).as(text).isTrue();
    Matcher chosen = Pattern.compile("chosen gate 0\\.20 \\(([0-9.]+)% of the validation lines encoded\\)").matcher(text);
    assertThat(chosen.find()).as(text).isTrue();
    assertThat(Double.parseDouble(chosen.group(1))).isBetween(0.0, 100.0);
    try (var in = Files.newInputStream(tmp.resolve("out/st3-en.bin"))) {
      EncoderHead h = LinearModel.load(in).head();
      assertThat(h.encodeFrom()).isEqualTo(0.2);
      assertThat(h.share()).isEqualTo(0.5);
    }
    assertThatThrownBy(() -> new HeadMix(head(tmp.resolve("head.txt")), "fake-tuned", val, null, 1.0))
        .hasMessageContaining("--encode-from: expected a value in [0, 1), got 1.0");
  }

  @Test
  void a_given_share_is_kept_and_bad_files_are_named(@TempDir Path tmp) throws IOException {
    Path val = scores(tmp.resolve("val.tsv"), corpus(tmp.resolve("data")));
    assertThat(train(tmp, new HeadMix(head(tmp.resolve("head.txt")), "fake-tuned", val, 0.25, null))).contains("share 0.25: validation").doesNotContain("share 0.50:");
    try (var in = Files.newInputStream(tmp.resolve("out/st3-en.bin"))) {
      assertThat(LinearModel.load(in).head().share()).isEqualTo(0.25);
    }
    Path bad = Files.writeString(tmp.resolve("bad.txt"), "Not_A_Technique\t0\t1\t2\n");
    String[] labels = SemevalTrainer.labels(3);
    assertThatThrownBy(() -> HeadMix.readHead(bad, "x", labels)).hasMessageContaining("bad.txt")
        .hasMessageContaining("unknown technique Not_A_Technique");
    Path other = Files.writeString(tmp.resolve("other.tsv"), "article\tline\tDoubt\n99\t1\t0.5\n");
    assertThatThrownBy(() -> new SemevalTrainer(new SemevalTrainer.Options(tmp.resolve("data"), 3, 5, List.of("en"),
        Set.of(3), null, 0.0, List.of(), false, false, null, 0), new HeadMix(head(tmp.resolve("head.txt")), "fake-tuned",
        other, null, null)).train(tmp.resolve("out2"), new PrintWriter(new StringWriter(), true)))
        .hasMessageContaining("other.tsv").hasMessageContaining("only 0 of its 1 lines");
    assertThatThrownBy(() -> new SemevalTrainer(new SemevalTrainer.Options(tmp.resolve("data"), 3, 5, List.of("en", "ru"),
        Set.of(3), null, 0.0, List.of(), false, false, null, 0), new HeadMix(head(tmp.resolve("head.txt")), "fake-tuned",
        val, null, null))).hasMessageContaining("--lang en --subtask 3");
  }
}
