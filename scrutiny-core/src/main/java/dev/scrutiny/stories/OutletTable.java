package dev.scrutiny.stories;

import static dev.scrutiny.render.Html.escape;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The outlets compared side by side, with inline CSS bars (no scripts). */
final class OutletTable {

  private OutletTable() {}

  static void render(StringBuilder b, List<OutletProfile> outlets) {
    b.append("<h2>Outlets compared</h2><table><tr><th>outlet</th><th>articles</th><th>techniques / 1,000 words</th>")
        .append("<th>loaded terms / 1,000 words</th><th>anonymous sources</th><th>author's own voice</th>")
        .append("<th>naming</th><th>reporting verbs</th></tr>");
    double maxTech = outlets.stream().mapToDouble(OutletProfile::techniquesPer1000).max().orElse(1);
    double maxLoaded = outlets.stream().mapToDouble(OutletProfile::loadedPer1000).max().orElse(1);
    for (OutletProfile o : outlets) {
      b.append("<tr><td><b>").append(escape(o.source())).append("</b></td><td>").append(o.articles()).append("</td><td>")
          .append(bar(o.techniquesPer1000(), maxTech, "%.1f")).append("</td><td>")
          .append(bar(o.loadedPer1000(), maxLoaded, "%.1f")).append("</td><td>")
          .append(bar(o.anonymousShare() * 100, 100, "%.0f%%")).append("</td><td>")
          .append(bar(o.authorVoiceShare() * 100, 100, "%.0f%%")).append("</td><td>")
          .append(naming(o.toponyms())).append("</td><td>").append(cues(o)).append("</td></tr>");
    }
    b.append("</table>");
  }

  private static String bar(double v, double max, String format) {
    // a meter, not a styled bar: no inline style, so the table may be served under a strict CSP
    double m = max <= 0 ? 1 : max;
    return String.format(Locale.ROOT, "<span class=\"bar\"><meter min=\"0\" max=\"%.3f\" value=\"%.3f\"></meter></span>"
        + format, m, Math.min(v, m), v);
  }

  private static String naming(Map<String, Integer> toponyms) {
    StringBuilder s = new StringBuilder();
    toponyms.forEach((k, v) -> {
      if (v > 0) {
        s.append("<span class=\"chip ").append(k.equals("ru-style") ? "ru" : k.equals("uk-style") ? "ua" : "")
            .append("\">").append(escape(k)).append(" ").append(v).append("</span> ");
      }
    });
    return s.toString();
  }

  private static String cues(OutletProfile o) {
    StringBuilder s = new StringBuilder();
    int i = 0;
    for (Map.Entry<String, Integer> e : o.cues().entrySet()) {
      if (i++ == 5) {
        break;
      }
      s.append(escape(e.getKey())).append(" ").append(e.getValue()).append(", ");
    }
    if (s.length() > 0) {
      s.setLength(s.length() - 2);
    }
    return s + String.format(Locale.ROOT, " <span class=\"muted\">(%.0f%% loaded)</span>", o.loadedCueShare() * 100);
  }
}
