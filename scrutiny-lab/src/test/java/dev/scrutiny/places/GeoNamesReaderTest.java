package dev.scrutiny.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeoNamesReaderTest {

  private static final String HEADER = "action\tref\tname\tkind\tcountry\tadmin1\tlat\tlon\tpopulation\taliases\tsource\n";

  private static List<String[]> curated(String rows) {
    return GazetteerBuilder.readTsv(new StringReader(HEADER + rows));
  }

  @Test
  void entries_come_sorted_by_id_with_regions_at_the_weighted_mean_of_their_places(@TempDir Path dir)
      throws IOException {
    GazetteerBuilderTest.writeTinyGeoNames(dir);
    List<GazetteerItem> items = GeoNamesReader.read(dir, curated("alias\tgeonames:102\t\t\t\t\t\t\t\tBetaville\tt\n"));
    assertThat(items).extracting(GazetteerItem::id).containsExactly(101L, 102L, 201L, 202L, 203L, 301L, 302L);
    GazetteerItem alphaOblast = items.get(2);
    assertThat(alphaOblast.kind()).isEqualTo(PlaceKind.REGION);
    assertThat(alphaOblast.lat()).isEqualTo(50.0);
    assertThat(alphaOblast.names()).as("the stem of a region name is a name too").contains("Alpha Oblast", "alpha");
    GazetteerItem zed = items.get(4);
    assertThat(zed.population()).as("a pruned place still counts for its region").isEqualTo(800);
    assertThat(items.get(1).names()).contains("Beta", "Betaville");
  }

  @Test
  void two_entries_with_one_id_are_an_error_naming_both(@TempDir Path dir) throws IOException {
    GazetteerBuilderTest.writeTinyGeoNames(dir);
    List<String[]> twice = curated("add\t-1\tDelta\tcity\tUA\t\t1\t1\t0\t\tt\nadd\t-1\tEpsilon\tcity\tUA\t\t1\t1\t0\t\tt\n");
    assertThatThrownBy(() -> GeoNamesReader.read(dir, twice)).isInstanceOf(IOException.class)
        .hasMessageContaining("duplicate gazetteer id -1").hasMessageContaining("Delta").hasMessageContaining("Epsilon");
  }

  @Test
  void the_encoder_writes_an_index_the_gazetteer_reads_back() throws IOException {
    List<GazetteerItem> items = List.of(
        new GazetteerItem(-2, "Kupiansk", PlaceKind.CITY, "UA", "Kharkiv Oblast", 49.7, 37.6, 26000,
            Set.of("Kupiansk", "Kupyansk")),
        new GazetteerItem(7, "Kupyansk Vuzlovyi", PlaceKind.OTHER, "UA", null, 49.6, 37.7, 0,
            Set.of("Kupyansk Vuzlovyi", "Kupyansk")));
    GazetteerBuilder.Result r = GazetteerEncoder.encode(items);
    assertThat(r.entries()).isEqualTo(2);
    assertThat(r.names()).isEqualTo(3);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    r.write(out);
    Gazetteer g = Gazetteer.load(new ByteArrayInputStream(out.toByteArray()));
    assertThat(g.lookup("Kupyansk")).extracting(GazetteerEntry::id).containsExactly(-2L, 7L);
    assertThat(g.byId(-2)).get().extracting(GazetteerEntry::admin1).isEqualTo("Kharkiv Oblast");
    assertThat(g.byId(7)).get().extracting(GazetteerEntry::latitude).isEqualTo((double) 49.6f);
  }
}
