package dev.scrutiny.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GazetteerBuilderTest {

  /** A made-up three-place GeoNames extract in the dump's column layout. */
  static void writeTinyGeoNames(Path dir) throws IOException {
    String cities = String.join("\n",
        row(101, "Alpha", "Alpha", "Alfa,Альфа,ALF,αλφα", 50.0, 30.0, "PPLC", "UA", "01", 900000),
        row(102, "Beta", "Beta", "", 49.0, 31.0, "PPLA", "UA", "02", 600),
        row(103, "Gamma", "Gamma", "Alpha", 10.0, 10.0, "PPL", "NG", "05", 800)) + "\n";
    Files.writeString(dir.resolve("cities500.txt"), cities);
    Files.writeString(dir.resolve("admin1CodesASCII.txt"),
        "UA.01\tAlpha Oblast\tAlpha Oblast\t201\nUA.02\tBeta\tBeta\t202\nNG.05\tZed\tZed\t203\n");
    Files.writeString(dir.resolve("countryInfo.txt"), "#ISO\tetc\n"
        + "UA\tUKR\t804\tUP\tUkraine\tAlpha\t603700\t44622516\tEU\t.ua\tUAH\tHryvnia\t380\t\t\tuk\t301\tPL\t\n"
        + "NG\tNGA\t566\tNI\tNigeria\tAbuja\t923768\t195874740\tAF\t.ng\tNGN\tNaira\t234\t\t\ten\t302\tBJ\t\n");
  }

  private static String row(long id, String name, String ascii, String alt, double lat, double lon, String code,
                            String cc, String a1, long pop) {
    return String.join("\t", String.valueOf(id), name, ascii, alt, String.valueOf(lat), String.valueOf(lon), "P",
        code, cc, "", a1, "", "", "", String.valueOf(pop), "", "100", "Europe/Kyiv", "2020-01-01");
  }

  private static final String HEADER = "action\tref\tname\tkind\tcountry\tadmin1\tlat\tlon\tpopulation\taliases\tsource\n";
  private static final String ADDITIONS = "# test\n" + HEADER
      + "rename\tadmin1:UA.02\tBeta Oblast\t\t\t\t\t\t\tBeta Land\ttest\n"
      + "add\t-1\tDelta Ridge\tother\tUA\tUA.01\t49.5\t30.5\t0\tDelta\ttest\n";

  @Test
  void builds_a_deterministic_index_that_loads_and_finds_every_kind(@TempDir Path dir) throws IOException {
    writeTinyGeoNames(dir);
    GazetteerBuilder.Result r = GazetteerBuilder.fromGeoNames(dir, new StringReader(ADDITIONS));
    ByteArrayOutputStream a = new ByteArrayOutputStream();
    r.write(a);
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    GazetteerBuilder.fromGeoNames(dir, new StringReader(ADDITIONS)).write(b);
    assertThat(a.toByteArray()).isEqualTo(b.toByteArray());
    // Gamma (800 inhabitants, outside the always-kept countries) is pruned; Beta (600, in UA) is kept
    assertThat(r.entries()).isEqualTo(2 + 2 + 3 + 1);

    Gazetteer g = Gazetteer.load(new ByteArrayInputStream(a.toByteArray()));
    assertThat(g.lookup("Alpha").get(0).id()).isEqualTo(101);
    assertThat(g.lookup("Альфа").get(0).id()).isEqualTo(101);
    assertThat(g.lookup("ALF")).as("short upper-case codes are pruned").isEmpty();
    assertThat(g.lookup("αλφα")).as("Greek-script names are pruned").isEmpty();
    assertThat(g.lookup("Alpha")).extracting(GazetteerEntry::id).contains(201L).doesNotContain(103L);
    assertThat(g.lookup("Gamma")).isEmpty();
    assertThat(g.lookup("Nigeria").get(0).latitude()).as("without its capital, the largest place").isEqualTo(10.0);
    GazetteerEntry beta = g.lookup("Beta Oblast").get(0);
    assertThat(beta.kind()).isEqualTo(PlaceKind.REGION);
    assertThat(g.lookup("Beta region").get(0).id()).isEqualTo(beta.id());
    assertThat(g.lookup("Beta Land").get(0).id()).isEqualTo(beta.id());
    assertThat(g.lookup("Beta")).extracting(GazetteerEntry::id).contains(102L, 202L);
    GazetteerEntry ukraine = g.lookup("Ukraine").get(0);
    assertThat(ukraine.kind()).isEqualTo(PlaceKind.COUNTRY);
    assertThat(ukraine.latitude()).as("a country sits on its capital").isEqualTo(50.0);
    assertThat(g.lookup("Delta").get(0).id()).isEqualTo(-1);
    assertThat(g.lookup("Delta").get(0).admin1()).isEqualTo("Alpha Oblast");
    assertThat(g.byId(102)).get().extracting(GazetteerEntry::admin1).isEqualTo("Beta Oblast");
  }

  @Test
  void missing_files_and_bad_rows_are_reported_by_name(@TempDir Path dir) throws IOException {
    assertThatThrownBy(() -> GazetteerBuilder.fromGeoNames(dir, new StringReader("")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cities500.txt");
    writeTinyGeoNames(dir);
    assertThatThrownBy(() -> GazetteerBuilder.fromGeoNames(dir, new StringReader(HEADER + "add\t-1\tX\n")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("additions.tsv:2")
        .hasMessageContaining("11");
    assertThatThrownBy(() -> GazetteerBuilder.fromGeoNames(dir,
        new StringReader(HEADER + "drop\t-1\tX\tcity\tUA\t\t1\t1\t0\t\tsrc\n")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("additions.tsv:2")
        .hasMessageContaining("'drop'");
    assertThatThrownBy(() -> GazetteerBuilder.fromGeoNames(dir,
        new StringReader(HEADER + "add\t-1\tX\tcity\tUA\t\t1\t1\t0\t\t\n")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("source");
    assertThatThrownBy(() -> GazetteerBuilder.fromGeoNames(dir,
        new StringReader(HEADER + "add\t5\tX\tcity\tUA\t\t1\t1\t0\t\tsrc\n")))
        .isInstanceOf(IOException.class).hasMessageContaining("negative id");
  }

  @Test
  void corrupt_index_is_rejected() {
    assertThatThrownBy(() -> Gazetteer.load(new ByteArrayInputStream(new byte[] {1, 2, 3})))
        .isInstanceOf(IOException.class);
  }
}
