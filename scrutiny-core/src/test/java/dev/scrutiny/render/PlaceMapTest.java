package dev.scrutiny.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scrutiny.entities.Mention;
import dev.scrutiny.entities.MentionKind;
import dev.scrutiny.places.Convention;
import dev.scrutiny.places.Place;
import dev.scrutiny.places.PlaceKind;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

class PlaceMapTest {

  private static Place place(String name, PlaceKind kind, double lat, double lon) {
    return new Place("p1", name, name, List.of(new Mention(0, 1, MentionKind.NAME)), "UA", null, lat, lon, kind,
        Convention.NEUTRAL, 1, null);
  }

  private static Document parse(String svg) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<String> texts(Document d) {
    NodeList n = d.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n.getLength(); i++) {
      out.add(n.item(i).getTextContent());
    }
    return out;
  }

  @Test
  void map_is_well_formed_svg_with_a_label_per_place_and_country_outlines() throws Exception {
    String svg = PlaceMap.svg(List.of(place("Bakhmut", PlaceKind.CITY, 48.594, 37.999),
        place("Donetsk Oblast", PlaceKind.REGION, 48.05, 37.82), place("Ukraine", PlaceKind.COUNTRY, 50.45, 30.52)));
    Document d = parse(svg);
    assertThat(d.getDocumentElement().getLocalName()).isEqualTo("svg");
    assertThat(texts(d)).contains("Bakhmut", "Donetsk Oblast");
    assertThat(d.getElementsByTagNameNS("http://www.w3.org/2000/svg", "path").getLength()).isGreaterThan(0);
    assertThat(svg).contains("<title>Ukraine</title>").contains("<title>Russia</title>");
    assertThat(svg).doesNotContain("href");
  }

  @Test
  void hostile_names_are_escaped() throws Exception {
    String hostile = "<script>alert('x')</script>&\"\u0007";
    String svg = PlaceMap.svg(List.of(place(hostile, PlaceKind.CITY, 47.1, 37.5)));
    assertThat(svg).doesNotContain("<script>");
    Document d = parse(svg);
    assertThat(d.getElementsByTagName("script").getLength()).isZero();
    assertThat(texts(d)).contains("<script>alert('x')</script>&\"");
  }

  @Test
  void one_place_gets_a_view_of_at_least_the_minimum_extent() throws Exception {
    String svg = PlaceMap.svg(List.of(place("Robotyne", PlaceKind.CITY, 47.445, 35.838)), 400);
    Document d = parse(svg);
    assertThat(d.getDocumentElement().getAttribute("width")).isEqualTo("400");
    int h = Integer.parseInt(d.getDocumentElement().getAttribute("height"));
    assertThat(h).isBetween(200, 400);
    assertThat(svg).contains("<title>Ukraine</title>");
  }

  @Test
  void no_places_still_gives_a_valid_document() throws Exception {
    assertThat(texts(parse(PlaceMap.svg(List.of())))).containsExactly("No places resolved");
  }

  @Test
  void bad_width_is_rejected_with_the_value() {
    assertThatThrownBy(() -> PlaceMap.svg(List.of(), 5)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("5");
  }
}
