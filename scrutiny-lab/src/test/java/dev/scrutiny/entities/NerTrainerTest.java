package dev.scrutiny.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Training on a tiny invented corpus: reproducible bytes, and it learns what it was shown. */
class NerTrainerTest {

  private static void corpus(Path dir) throws Exception {
    StringBuilder b = new StringBuilder();
    String[][] people = {{"Valery", "Gerasimov"}, {"Ramzan", "Kadyrov"}, {"Oleksandr", "Syrskyi"}};
    String[] places = {"Sudzha", "Pokrovsk", "Kupiansk"};
    for (int i = 0; i < 30; i++) {
      if (i % 5 == 0) {
        b.append("-DOCSTART- -X- O O\n\n");
      }
      String[] p = people[i % 3];
      b.append(p[0]).append(" NNP I-NP I-PER\n").append(p[1]).append(" NNP I-NP I-PER\n")
          .append("visited VBD I-VP O\n").append(places[(i + 1) % 3]).append(" NNP I-NP I-LOC\n")
          .append("with IN I-PP O\nNATO NNP I-NP I-ORG\nofficers NNS I-NP O\n. . O O\n\n");
    }
    Files.createDirectories(dir.resolve("conll"));
    Files.writeString(dir.resolve("conll/eng.train"), b.toString());
    Path geo = Files.createDirectories(dir.resolve("geonames"));
    Files.writeString(geo.resolve("countryInfo.txt"), "#\nUA\tUKR\t804\tUP\tUkraine\tKyiv\n");
    Files.writeString(geo.resolve("admin1CodesASCII.txt"), "UA.09\tKharkiv\tKharkiv\t706482\n");
    Files.writeString(geo.resolve("cities500.txt"), "1\tPokrovsk\tPokrovsk\tKrasnoarmeysk\t48.2\t37.1\tP\tPPL"
        + "\tUA\t\t14\t\t\t\t60000\t\t\t\t\n");
  }

  private static byte[] train(Path dir, long seed) throws Exception {
    return bytes(new NerTrainer(dir.resolve("conll"), dir.resolve("geonames"), List.of(), seed, 3, line -> { })
        .train());
  }

  private static byte[] bytes(NerModel m) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    m.write(out);
    return out.toByteArray();
  }

  @Test
  void the_same_seed_gives_the_same_model_bytes_and_the_model_learns_its_data(@TempDir Path dir)
      throws Exception {
    corpus(dir);
    byte[] a = train(dir, 7);
    byte[] b = train(dir, 7);
    assertThat(a).isEqualTo(b);
    NerModel m = NerModel.read(new java.io.ByteArrayInputStream(a));
    List<List<String>> tags = m.tag(List.of(new ArrayList<>(List.of("Ramzan", "Kadyrov", "visited", "Sudzha", "."))));
    assertThat(tags.get(0)).containsExactly("B-PER", "I-PER", "O", "B-LOC", "O");
  }

  @Test
  void regularised_training_is_reproducible_and_still_learns(@TempDir Path dir) throws Exception {
    corpus(dir);
    NerTrainer trainer = new NerTrainer(dir.resolve("conll"), dir.resolve("geonames"), List.of(), 7, 3, line -> { })
        .regularised(2, 0.2);
    byte[] a = bytes(trainer.train());
    assertThat(a).isEqualTo(bytes(trainer.train()));
    NerModel m = NerModel.read(new java.io.ByteArrayInputStream(a));
    assertThat(m.tag(List.of(List.of("Valery", "Gerasimov", "visited", "Kupiansk", "."))).get(0))
        .containsExactly("B-PER", "I-PER", "O", "B-LOC", "O");
  }

  @Test
  void members_train_side_by_side_and_the_model_keeps_the_mean_of_their_weights(@TempDir Path dir)
      throws Exception {
    corpus(dir);
    NerTrainer seven = new NerTrainer(dir.resolve("conll"), dir.resolve("geonames"), List.of(), 7, 3, line -> { })
        .regularised(1, 0.2);
    NerTrainer eight = new NerTrainer(dir.resolve("conll"), dir.resolve("geonames"), List.of(), 8, 3, line -> { })
        .regularised(1, 0.2);
    // one member is the single perceptron, byte for byte
    assertThat(bytes(seven.members(1).train())).isEqualTo(bytes(seven.train()));

    List<String> log = new ArrayList<>();
    NerTrainer pair = new NerTrainer(dir.resolve("conll"), dir.resolve("geonames"), List.of(), 7, 3, log::add)
        .regularised(1, 0.2).members(2);
    NerModel mean = pair.train();
    byte[] meanBytes = bytes(mean);
    assertThat(meanBytes).isEqualTo(bytes(pair.train()))
        .isNotEqualTo(bytes(seven.train())).isNotEqualTo(bytes(eight.train()));
    // the progress line counts each member's mistakes
    assertThat(log).anyMatch(l -> l.matches("epoch 1: \\d+/\\d+ sentences wrong"));
    assertThat(mean.tag(List.of(List.of("Oleksandr", "Syrskyi", "visited", "Pokrovsk", "."))).get(0))
        .containsExactly("B-PER", "I-PER", "O", "B-LOC", "O");
    assertThat(pair.crossValidate(3).f1()).hasDimensions(3, 3);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> seven.members(0)).hasMessageContaining("got 0");
  }

  @Test
  void cross_validation_scores_every_fold_after_every_epoch(@TempDir Path dir) throws Exception {
    corpus(dir);
    List<String> log = new ArrayList<>();
    NerTrainer.CrossValidation cv = new NerTrainer(dir.resolve("conll"), dir.resolve("geonames"), List.of(), 7, 2,
        log::add).crossValidate(3);
    assertThat(cv.f1()).hasDimensions(3, 2);
    // every held-out document repeats names the other folds teach, so each fold is tagged perfectly by epoch 2
    for (double[] fold : cv.f1()) {
      assertThat(fold[1]).isEqualTo(1.0);
    }
    assertThat(cv.mean(2)).isEqualTo(1.0);
    assertThat(cv.sd(2)).isZero();
    assertThat(cv.report()).contains("epoch  2: CV F1 1.0000 ± 0.0000");
    assertThat(log).anyMatch(l -> l.startsWith("fold 3/3: 4 training documents, 2 held out"));
  }

  @Test
  void with_testa_the_model_also_learns_what_only_testa_shows(@TempDir Path dir) throws Exception {
    corpus(dir);
    StringBuilder testa = new StringBuilder("-DOCSTART- -X- O O\n\n");
    for (int i = 0; i < 20; i++) {
      testa.append("Ukrinform NNP I-NP I-ORG\nreported VBD I-VP O\nfrom IN I-PP O\nVovchansk NNP I-NP I-LOC\n. . O O\n\n");
    }
    Files.writeString(dir.resolve("conll/eng.testa"), testa.toString());
    List<String> log = new ArrayList<>();
    NerTrainer plain = new NerTrainer(dir.resolve("conll"), dir.resolve("geonames"), List.of(), 7, 3, log::add);
    List<List<String>> sentence = List.of(List.of("Ukrinform", "reported", "from", "Vovchansk", "."));
    assertThat(plain.train().tag(sentence).get(0)).doesNotContain("B-ORG");
    assertThat(log).anyMatch(l -> l.contains("testa F1"));

    log.clear();
    NerModel both = plain.regularised(1, 0).withTesta().train();
    assertThat(both.tag(sentence).get(0)).containsExactly("B-ORG", "O", "O", "B-LOC", "O");
    assertThat(log).noneMatch(l -> l.contains("testa F1"))
        .anyMatch(l -> l.equals("training sentences: " + (30 + 20)));

    // cross-validation holds out eng.train's six documents only; testa's one is in every fold's training
    log.clear();
    assertThat(plain.withTesta().crossValidate(3).f1()).hasDimensions(3, 3);
    assertThat(log).anyMatch(l -> l.startsWith("fold 3/3: 5 training documents, 2 held out"));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> plain.withTesta().crossValidate(7))
        .hasMessageContaining("2..6, got 7");
  }

  @Test
  void with_testa_needs_a_testa_file(@TempDir Path dir) throws Exception {
    corpus(dir);
    NerTrainer t = new NerTrainer(dir.resolve("conll"), dir.resolve("geonames"), List.of(), 7, 1, line -> { });
    org.assertj.core.api.Assertions.assertThatThrownBy(t::withTesta)
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("no eng.testa in");
  }

  @Test
  void bad_settings_are_refused_with_the_value(@TempDir Path dir) throws Exception {
    corpus(dir);
    NerTrainer t = new NerTrainer(dir.resolve("conll"), dir.resolve("geonames"), List.of(), 7, 1, line -> { });
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> t.regularised(0, 0))
        .hasMessageContaining("got 0");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> t.regularised(1, 1.5))
        .hasMessageContaining("got 1.5");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> t.crossValidate(7))
        .hasMessageContaining("2..6, got 7");
  }

  @Test
  void vocabulary_clusters_go_into_the_model_and_type_a_word_the_training_text_never_shows(@TempDir Path dir)
      throws Exception {
    // "X said ." names a person as often as an organisation; "interpol" never occurs, and the table puts it
    // beside "frontex", an organisation here
    StringBuilder b = new StringBuilder("-DOCSTART- -X- O O\n\n");
    String[][] speakers = {{"Kadyrov", "I-PER"}, {"Frontex", "I-ORG"}, {"Syrskyi", "I-PER"}, {"Europol", "I-ORG"}};
    for (int i = 0; i < 40; i++) {
      String[] s = speakers[i % 4];
      b.append(s[0]).append(" NNP I-NP ").append(s[1]).append("\nsaid VBD I-VP O\n. . O O\n\n");
    }
    Files.createDirectories(dir.resolve("conll"));
    Files.writeString(dir.resolve("conll/eng.train"), b.toString());
    corpus(dir.resolve("unused"));
    Files.writeString(dir.resolve("vocabulary.tsv"), "frontex\t1\t0\neuropol\t1\t0\ninterpol\t1\t0\n"
        + "kadyrov\t2\t1\nsyrskyi\t2\t1\n");
    NerTrainer plain = new NerTrainer(dir.resolve("conll"), dir.resolve("unused/geonames"), List.of(), 7, 5,
        line -> { }).regularised(1, 0.3); // dropout leaves the word out now and then: its cluster learns
    NerTrainer with = plain.withVocabularyClusters(VocabularyClusters.read(dir.resolve("vocabulary.tsv")));
    byte[] a = bytes(with.train());
    assertThat(a).isEqualTo(bytes(with.train())).isNotEqualTo(bytes(plain.train()));
    NerModel m = NerModel.read(new java.io.ByteArrayInputStream(a));
    assertThat(m.lexicon().vocabularyCluster(FeatureHash.of("interpol"))).isEqualTo(1);
    List<List<String>> sentence = List.of(List.of("Interpol", "said", "."));
    assertThat(m.tag(sentence).get(0)).containsExactly("B-ORG", "O", "O");
    assertThat(plain.train().tag(sentence).get(0).get(0)).isNotEqualTo("B-ORG");
  }
}
