package dev.scrutiny.checks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scrutiny.article.Analysis;
import dev.scrutiny.article.Layer;
import dev.scrutiny.markers.Marker;
import dev.scrutiny.markers.MarkerAnalyzer;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever the text, checks and markers never throw and always form valid layers inside the text. */
class CheckInvariantsTest {

  private static final List<String> PIECES = List.of("As the war in Ukraine enters its ", "seventh", " year", ", ",
      "over a month ago, on 6 August", ". ", "killed 12 and wounded 30, 45 casualties in total", "0.0058823529% of ",
      "Russia's territory", " three key aspects: ", "First, ", "Second, ", "the Kiev regime", " orcs ", "\"",
      "“", "”", "1,200 soldiers near Sudzha", " captured ", "\n\n", "The 24th day of the full-scale invasion is over",
      "about 50 km northwest of ", "Donetsk", " in the Belgorod region", "31 April", "2024-13-45", "...", "?", ":",
      "liberated", "42", " ", "Exactly eight years ago, on May 26");

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.of(PIECES).list().ofMaxSize(40).map(l -> String.join("", l));
  }

  @Property(tries = 300)
  void layers_are_valid_for_any_text(@ForAll("texts") String text, @ForAll boolean dated) {
    Analysis a = Articles.analysis(text, dated ? "2024-09-01" : null, List.of(),
        List.of(Articles.place(text, "p1", "Donetsk", "UA", "Donetsk Oblast", 48.02, 37.80),
            Articles.place(text, "p2", "Sudzha", "RU", "Kursk Oblast", 51.19, 35.27)));
    List<Check> checks = new CheckAnalyzer().analyze(a);
    Layer<Check> layer = new Layer<>(Check.LAYER, "checks/1", checks, text.length());
    assertThat(layer.items()).allSatisfy(c -> assertThat(c.message()).isNotBlank());
    List<Marker> markers = new MarkerAnalyzer().analyze(a);
    new Layer<>(Marker.LAYER, "markers/1", markers, text.length());
  }
}
