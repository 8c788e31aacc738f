package dev.scrutiny.render;

import dev.scrutiny.article.Analysis;
import dev.scrutiny.places.Convention;
import dev.scrutiny.places.Place;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Places on a small static map, with coordinates, kind and the naming convention the article used. */
final class PlacesSection implements ReportSection {

  @Override
  public Position position() {
    return Position.AFTER_TEXT;
  }

  @Override
  public boolean replacesTable(String layerName) {
    return layerName.equals(Place.LAYER.name());
  }

  @Override
  public void render(Analysis a, String page, StringBuilder b) {
    if (a.layer(Place.LAYER).isEmpty()) {
      return;
    }
    List<Place> places = a.items(Place.LAYER);
    b.append("<div class=\"panel places\"><h3>Places</h3> <span class=\"muted\">(").append(places.size())
        .append(" resolved in the gazetteer)</span>\n");
    if (places.isEmpty()) {
      b.append("<p class=\"muted\">No place resolved.</p></div>\n");
      return;
    }
    Map<Convention, Integer> conventions = new EnumMap<>(Convention.class);
    for (Place p : places) {
      conventions.merge(p.convention(), 1, Integer::sum);
    }
    b.append("<p class=\"conventions\">Naming convention: ");
    conventions.forEach((c, n) -> b.append("<span class=\"tag conv-").append(c).append("\">").append(c).append(' ')
        .append(n).append("</span> "));
    b.append("</p>\n<div class=\"map-row\"><div class=\"map\">").append(PlaceMap.svg(places)).append("</div>\n");
    b.append("<table><thead><tr><th>As written</th><th>Place</th><th>Kind</th><th>Country, region</th>"
        + "<th>Lat, lon</th><th>Convention</th><th>Mentions</th></tr></thead><tbody>\n");
    for (Place p : places) {
      b.append("<tr><td>").append(Html.escape(p.surface())).append("</td><td>").append(Html.escape(p.name()))
          .append("</td><td>").append(p.kind()).append("</td><td>").append(Html.escape(p.country() == null ? "" : p.country()))
          .append(p.admin1() == null ? "" : ", " + Html.escape(p.admin1())).append("</td><td class=\"off\">")
          .append(String.format(Locale.ROOT, "%.4f, %.4f", p.latitude(), p.longitude())).append("</td><td><span class=\"tag conv-")
          .append(p.convention()).append("\">").append(p.convention()).append("</span></td><td>").append(p.mentions().size())
          .append("</td></tr>\n");
    }
    b.append("</tbody></table></div></div>\n");
  }
}
