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
    StringBuilder b = new StringBuilder("-DOCSTART- -X- O O\n\n");
    String[][] people = {{"Valery", "Gerasimov"}, {"Ramzan", "Kadyrov"}, {"Oleksandr", "Syrskyi"}};
    String[] places = {"Sudzha", "Pokrovsk", "Kupiansk"};
    for (int i = 0; i < 30; i++) {
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
    NerModel m = new NerTrainer(dir.resolve("conll"), dir.resolve("geonames"), List.of(), seed, 3, line -> { })
        .train();
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
}
