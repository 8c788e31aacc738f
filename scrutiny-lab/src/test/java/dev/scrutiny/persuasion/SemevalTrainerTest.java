package dev.scrutiny.persuasion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Trains genre models end to end on a small generated SemEval-shaped corpus (six languages, subtask 1). */
class SemevalTrainerTest {

  private static final String[] OPINION = {
    "I think this is a disgrace and we must say so.", "We should stop pretending, frankly.",
    "My view is simple: you cannot trust them.", "Why do we keep paying for this folly?"};
  private static final String[] REPORTING = {
    "The ministry said on Monday that 12 people were hurt.", "Officials confirmed the figures on Tuesday.",
    "\"We are investigating,\" a police spokesman said.", "According to Reuters, 40 trucks crossed on Friday."};
  // satire and the press releases share the ceremony words; only the negatives can teach that they are not satire
  private static final String[] SATIRE = {
    "The emperor of the car park held a gala banquet for the pigeons.", "A gala banquet honoured the ceremonial "
        + "delegation of garden gnomes.", "The minister met the delegation of toasters at a solemn ceremony.",
    "Sources giggled as the gala ceremony crowned a sandwich."};
  private static final String[] PRESS = {
    "The minister met the delegation at a solemn ceremony.", "A gala banquet honoured the visiting delegation.",
    "The President held talks with the delegation on trade.", "The ceremony marked the anniversary of the treaty."};

  private static String article(Random r, String[] pool, int sentences) {
    StringBuilder sb = new StringBuilder(pool[r.nextInt(pool.length)]).append("\n\n");
    for (int i = 0; i < sentences; i++) {
      sb.append(pool[r.nextInt(pool.length)]).append(i % 2 == 1 ? "\n" : " ");
    }
    return sb.toString();
  }

  private static Path corpus(Path root) throws IOException {
    Random r = new Random(5);
    for (String lang : SemevalTrainer.ALL_LANGUAGES) {
      Path dir = Files.createDirectories(root.resolve(lang).resolve("train-articles-subtask-1"));
      StringBuilder labels = new StringBuilder();
      for (int i = 0; i < 40; i++) {
        String genre = i < 24 ? "opinion" : i < 34 ? "reporting" : "satire";
        String[] pool = i < 24 ? OPINION : i < 34 ? REPORTING : SATIRE;
        String id = String.valueOf(1000 + i);
        Files.writeString(dir.resolve("article" + id + ".txt"), article(r, pool, 8), StandardCharsets.UTF_8);
        labels.append(id).append('\t').append(genre).append('\n');
      }
      Files.writeString(root.resolve(lang).resolve("train-labels-subtask-1.txt"), labels, StandardCharsets.UTF_8);
    }
    return root;
  }

  private static Path pressReleases(Path file, int n) throws IOException {
    Random r = new Random(9);
    StringBuilder csv = new StringBuilder("link,headline,date,body\n");
    for (int i = 0; i < n; i++) {
      String body = article(r, PRESS, 6).replace("\"", "\"\"");
      csv.append("https://example.org/").append(i).append(",\"Talks, ceremony\",2024-03-0").append(1 + i % 9)
          .append("T10:00:00Z,\"").append(body).append("\"\n");
    }
    Files.writeString(file, csv, StandardCharsets.UTF_8);
    return file;
  }

  private static String train(Path data, Path out, List<Path> notSatire) {
    StringWriter log = new StringWriter();
    new SemevalTrainer(new SemevalTrainer.Options(data, 3, 3, List.of("en"), Set.of(1), null, 0.0, notSatire, false, false, null, 0))
        .train(out, new PrintWriter(log, true));
    return log.toString();
  }

  private static long satireCalls(Path models) throws IOException {
    try (var shipped = SemevalTrainerTest.class.getResourceAsStream("/dev/scrutiny/persuasion/st3-en.bin")) {
      Files.copy(shipped, models.resolve("st3-en.bin")); // the genre model reads the technique model's summary
    }
    PersuasionModels m = PersuasionModels.load(models, "en");
    Random r = new Random(11);
    long satire = 0;
    for (int i = 0; i < 40; i++) {
      if (m.genre("Talks held\n\n" + article(r, PRESS, 6)).genre() == Genre.SATIRE) {
        satire++;
      }
    }
    return satire;
  }

  @Test
  void known_non_satire_articles_keep_press_releases_out_of_satire(@TempDir Path dir) throws IOException {
    Path data = corpus(dir.resolve("data"));
    Path csv = pressReleases(dir.resolve("press.csv"), 60);

    String plain = train(data, dir.resolve("plain"), List.of());
    String taught = train(data, dir.resolve("taught"), List.of(csv));

    assertThat(plain).contains("CV en macro-F1 subtask 1:").contains("with every genre equally common")
        .contains("on the title and first 3 paragraphs only: macro-F1").doesNotContain("known-non-satire");
    assertThat(taught).contains("30 known-non-satire articles teach the satire head")
        .containsPattern("held-out known-non-satire articles: \\d+ called satire of 30 ");
    assertThat(dir.resolve("taught/st1-en.bin")).isRegularFile();
    long before = satireCalls(dir.resolve("plain"));
    long after = satireCalls(dir.resolve("taught"));
    assertThat(before).as("press releases called satire without the negatives").isGreaterThan(20);
    assertThat(after).as("… and with them").isLessThan(before / 2);
  }

  @Test
  void the_genre_final_split_is_left_out_of_cross_validation_and_scored_apart(@TempDir Path dir) throws IOException {
    Path data = corpus(dir.resolve("data"));
    StringWriter log = new StringWriter();
    new SemevalTrainer(new SemevalTrainer.Options(data, 3, 3, List.of("en"), Set.of(1), null, 0.0, List.of(), true, true,
        null, 0)).train(dir.resolve("m"), new PrintWriter(log, true));
    long held = java.util.stream.IntStream.range(0, 40).filter(i -> SemevalTrainer.inFinalSplit(String.valueOf(1000 + i)))
        .count();
    assertThat(held).isPositive();
    assertThat(log.toString()).contains("final split: " + held + " articles")
        .contains("CV by article (seed 3), " + (40 - held) + " articles")
        .containsPattern("FINAL SPLIT en subtask 1: macro-F1 [01]\\.\\d{4}, with every genre equally common [01]\\.\\d{4}, "
            + held + " articles");
  }

  @Test
  void the_frame_final_split_is_left_out_of_cross_validation_and_scored_apart(@TempDir Path dir) throws IOException {
    Path data = corpus(dir.resolve("data"));
    // the genre corpus's articles with frames: the opinion pieces argue politics and morality, the reports security
    Path en = data.resolve("en");
    Path frames = Files.createDirectories(en.resolve("train-articles-subtask-2"));
    StringBuilder labels = new StringBuilder();
    for (String line : Files.readAllLines(en.resolve("train-labels-subtask-1.txt"), StandardCharsets.UTF_8)) {
      String[] cols = line.split("\t");
      Files.copy(en.resolve("train-articles-subtask-1").resolve("article" + cols[0] + ".txt"),
          frames.resolve("article" + cols[0] + ".txt"));
      labels.append(cols[0]).append('\t').append(switch (cols[1]) {
        case "opinion" -> "Political,Morality";
        case "reporting" -> "Security_and_defense";
        default -> "Political";
      }).append('\n');
    }
    Files.writeString(en.resolve("train-labels-subtask-2.txt"), labels, StandardCharsets.UTF_8);
    StringWriter log = new StringWriter();
    new SemevalTrainer(new SemevalTrainer.Options(data, 3, 3, List.of("en"), Set.of(2), null, 0.0, List.of(), true, true,
        null, 0)).train(dir.resolve("m"), new PrintWriter(log, true));
    long held = java.util.stream.IntStream.range(0, 40).filter(i -> SemevalTrainer.inFinalSplit(String.valueOf(1000 + i)))
        .count();
    assertThat(log.toString()).contains("final split: " + held + " articles")
        .contains("CV by article (seed 3), " + (40 - held) + " articles")
        .containsPattern("FINAL SPLIT en subtask 2: micro-F1 [01]\\.\\d{4}, macro-F1 [01]\\.\\d{4}, \\d+ labels shown, "
            + held + " articles");
    assertThat(dir.resolve("m/st2-en.bin")).isRegularFile();
  }

  @Test
  void an_opening_is_the_title_and_the_first_paragraphs() {
    String text = "Title\n\nOne.\n\nTwo.\nThree.\n\nFour.\n";
    assertThat(SemevalExamples.opening(text, 3)).isEqualTo("Title\n\nOne.\n\nTwo.\nThree.");
    assertThat(SemevalExamples.opening(text, 4)).as("short enough already").isEqualTo(text);
  }

  @Test
  void a_press_release_file_without_a_body_column_is_named(@TempDir Path dir) throws IOException {
    Path data = corpus(dir.resolve("data"));
    Path bad = Files.writeString(dir.resolve("bad.csv"), "link,headline\nx,y\n");
    assertThatThrownBy(() -> train(data, dir.resolve("m"), List.of(bad)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bad.csv").hasMessageContaining("body");
  }

  @Test
  void training_is_reproducible(@TempDir Path dir) throws IOException {
    Path data = corpus(dir.resolve("data"));
    train(data, dir.resolve("a"), List.of());
    train(data, dir.resolve("b"), List.of());
    assertThat(Files.readAllBytes(dir.resolve("a/st1-en.bin"))).isEqualTo(Files.readAllBytes(dir.resolve("b/st1-en.bin")));
  }

  private static final String[] LOADED = {"These disgraceful corrupt thugs are destroying everything we love.",
    "What a shameless, barbaric and monstrous regime this is.", "The outrageous traitors lie again and again."};
  private static final String[] PLAIN = {"The committee met on Tuesday to discuss the budget.",
    "Trucks crossed the border at noon, officials said.", "The report lists 12 projects and their costs."};

  /** English subtask 3 data: paragraphs of loaded words labelled Loaded_Language, plain ones labelled nothing. */
  private static Path techniqueCorpus(Path root) throws IOException {
    Random r = new Random(11);
    Path dir = Files.createDirectories(root.resolve("en").resolve("train-articles-subtask-3"));
    StringBuilder labels = new StringBuilder();
    for (int i = 0; i < 60; i++) {
      String id = String.valueOf(5000 + i);
      StringBuilder text = new StringBuilder("Title " + i + "\n\n");
      labels.append(id).append("\t1\t\n");
      for (int line = 3; line <= 12; line++) {
        boolean loaded = r.nextInt(3) == 0;
        String[] pool = loaded ? LOADED : PLAIN;
        text.append(pool[r.nextInt(pool.length)]).append(' ').append(pool[r.nextInt(pool.length)]).append('\n');
        labels.append(id).append('\t').append(line).append('\t').append(loaded ? "Loaded_Language" : "").append('\n');
      }
      Files.writeString(dir.resolve("article" + id + ".txt"), text, StandardCharsets.UTF_8);
    }
    Files.writeString(root.resolve("en").resolve("train-labels-subtask-3.txt"), labels, StandardCharsets.UTF_8);
    return root;
  }

  @Test
  void the_technique_model_carries_a_precision_rule_tuned_by_cv_and_the_final_split_is_scored_apart(@TempDir Path tmp)
      throws IOException {
    Path data = techniqueCorpus(tmp.resolve("data"));
    Path out = tmp.resolve("out");
    StringWriter log = new StringWriter();
    new SemevalTrainer(new SemevalTrainer.Options(data, 3, 3, List.of("en"), Set.of(3), null, 0.0, List.of(), true, true,
        null, 0)).train(out, new PrintWriter(log, true));
    assertThat(log.toString()).contains("final split: ", "CV en precision rule subtask 3", "FINAL SPLIT en subtask 3, precision rule");
    LinearModel m;
    try (var in = Files.newInputStream(out.resolve("st3-en.bin"))) {
      m = LinearModel.load(in);
    }
    assertThat(m.hasPrecisionRule()).isTrue();
    int loaded = List.of(m.labels()).indexOf("Loaded_Language");
    int strawMan = List.of(m.labels()).indexOf("Straw_Man");
    assertThat(m.precisionThreshold(loaded)).isLessThanOrEqualTo(1.0); // learnable: shown
    assertThat(m.precisionThreshold(strawMan)).isGreaterThan(1.0);    // never seen: never shown on score
    long finalArticles = java.util.stream.IntStream.range(0, 60).filter(i -> SemevalTrainer.inFinalSplit(
        String.valueOf(5000 + i))).count();
    assertThat(log.toString()).contains("final split: " + finalArticles + " articles");
  }

  @Test
  void scoring_the_final_split_needs_it_left_out(@TempDir Path tmp) {
    assertThatThrownBy(() -> new SemevalTrainer.Options(tmp, 3, 3, List.of("en"), Set.of(3), null, 0.0, List.of(), false,
        true, null, 0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("final split");
  }
}
