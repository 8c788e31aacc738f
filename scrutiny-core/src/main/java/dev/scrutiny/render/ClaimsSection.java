package dev.scrutiny.render;

import dev.scrutiny.article.Analysis;
import dev.scrutiny.claims.Claim;
import dev.scrutiny.claims.SpeakerSide;
import dev.scrutiny.claims.SpeakerType;
import dev.scrutiny.claims.Stance;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who says what: attributed statements listed per speaker, speakers grouped by their side ({@link
 * Claim#side()}, decided by the claims analysis), each statement linked to its highlighted span; then
 * the author's own checkable assertions, most check-worthy first.
 */
final class ClaimsSection implements ReportSection {

  @Override
  public Position position() {
    return Position.AFTER_TEXT;
  }

  @Override
  public boolean replacesTable(String layerName) {
    return layerName.equals(Claim.LAYER.name());
  }

  @Override
  public void render(Analysis a, String page, StringBuilder b) {
    if (a.layer(Claim.LAYER).isEmpty()) {
      return;
    }
    List<Claim> claims = a.items(Claim.LAYER);
    Map<SpeakerSide, Map<String, List<Integer>>> bySide = new EnumMap<>(SpeakerSide.class);
    List<Integer> assertions = new ArrayList<>();
    for (int i = 0; i < claims.size(); i++) {
      Claim c = claims.get(i);
      if (c.speakerType() == SpeakerType.AUTHOR) {
        assertions.add(i);
        continue;
      }
      bySide.computeIfAbsent(c.side(), s -> new LinkedHashMap<>())
          .computeIfAbsent(c.speakerName(), s -> new ArrayList<>()).add(i);
    }
    int attributed = claims.size() - assertions.size();
    b.append("<details class=\"panel claims\" open><summary><h3>Who says what</h3> <span class=\"muted\">(")
        .append(attributed).append(" attributed statements, ").append(assertions.size())
        .append(" author assertions)</span></summary>\n");
    for (Map.Entry<SpeakerSide, Map<String, List<Integer>>> side : bySide.entrySet()) {
      String css = switch (side.getKey()) {
        case RUSSIAN -> "side-ru";
        case UKRAINIAN -> "side-ua";
        case OTHER -> "";
      };
      String title = switch (side.getKey()) {
        case RUSSIAN -> "Russian side";
        case UKRAINIAN -> "Ukrainian side";
        case OTHER -> "Other or unknown side";
      };
      b.append("<div class=\"side ").append(css).append("\">").append(title).append("</div>\n");
      for (Map.Entry<String, List<Integer>> speaker : side.getValue().entrySet()) {
        Claim first = claims.get(speaker.getValue().get(0));
        b.append("<div class=\"speaker\"><b>").append(Html.escape(speaker.getKey())).append("</b> <span class=\"muted\">")
            .append(first.speakerType().toString().toLowerCase(java.util.Locale.ROOT)).append(", ")
            .append(speaker.getValue().size()).append(speaker.getValue().size() == 1 ? " statement" : " statements")
            .append("</span></div>\n");
        for (int i : speaker.getValue()) {
          statement(a, page, claims.get(i), i, b);
        }
      }
    }
    if (!assertions.isEmpty()) {
      assertions.sort(Comparator.comparingDouble((Integer i) -> -claims.get(i).checkworthiness()));
      b.append("<div class=\"side\">In the author's own voice <span class=\"muted\">(most check-worthy first)</span></div>\n");
      for (int i : assertions) {
        statement(a, page, claims.get(i), i, b);
      }
    }
    b.append("</details>\n");
  }

  private static void statement(Analysis a, String page, Claim c, int index, StringBuilder b) {
    String content = a.article().text(c.content()).replaceAll("\\s+", " ");
    if (content.length() > 320) {
      content = content.substring(0, 319) + "…";
    }
    b.append("<div class=\"claim\"><a href=\"#").append(ReportSection.itemAnchor(page, Claim.LAYER.name(), index))
        .append("\">“").append(Html.escape(content)).append("”</a> <span class=\"muted\">");
    List<String> facts = new ArrayList<>();
    if (c.cue() != null) {
      facts.add(c.cue().stance() == Stance.LOADED
          ? "<span class=\"loaded\" title=\"a loaded reporting verb\">" + Html.escape(c.cue().lemma()) + "</span>"
          : Html.escape(c.cue().lemma()));
    }
    facts.add(c.kind().toString().toLowerCase(java.util.Locale.ROOT));
    if (c.date() != null) {
      facts.add("dated " + Html.escape(c.date()));
    }
    if (c.hedged()) {
      facts.add("hedged" + (c.hedge() == null ? "" : " (" + Html.escape(c.hedge()) + ")"));
    }
    facts.add("check-worthiness " + PersuasionSection.bar(c.checkworthiness()));
    b.append(String.join(" · ", facts)).append("</span></div>\n");
  }
}
