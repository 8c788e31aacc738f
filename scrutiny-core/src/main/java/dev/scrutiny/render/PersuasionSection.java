package dev.scrutiny.render;

import dev.scrutiny.article.Analysis;
import dev.scrutiny.persuasion.DocumentLabel;
import dev.scrutiny.persuasion.FrameLabel;
import dev.scrutiny.persuasion.GenreLabel;
import dev.scrutiny.persuasion.Technique;
import dev.scrutiny.persuasion.TechniqueMatch;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How the article persuades: genre and frames on top of the page, and a legend of the persuasion
 * techniques found, each with a plain-language definition, its count and best confidence.
 */
final class PersuasionSection {

  private PersuasionSection() {}

  /** Genre and frames, shown above the text. */
  static final class Overview implements ReportSection {
    @Override
    public Position position() {
      return Position.BEFORE_TEXT;
    }

    @Override
    public boolean replacesTable(String layerName) {
      return layerName.equals(GenreLabel.LAYER.name()) || layerName.equals(FrameLabel.LAYER.name());
    }

    /** Said wherever the genre is shown: the model is weak and its confidence is not a probability of being right. */
    static final String GENRE_CAVEAT = "A weak estimate: the genre model reaches macro-F1 of about 0.4 in "
        + "cross-validation on SemEval-2023 (opinion is recognised well, reporting and satire poorly); the percentage "
        + "is the model's score, not the chance of being right.";

    @Override
    public void render(Analysis a, String page, StringBuilder b) {
      List<GenreLabel> genre = a.items(GenreLabel.LAYER);
      List<FrameLabel> frames = a.items(FrameLabel.LAYER);
      if (genre.isEmpty() && frames.isEmpty()) {
        return;
      }
      b.append("<div class=\"panel overview\">");
      if (!genre.isEmpty()) {
        GenreLabel g = genre.get(0);
        b.append("<span class=\"muted\" title=\"").append(Html.escape(GENRE_CAVEAT)).append("\">Genre (estimate):</span> ");
        badge(b, "genre genre-" + Html.cssToken(g.label()), g);
      }
      if (!frames.isEmpty()) {
        b.append("<span class=\"muted\">Frames:</span> ");
        for (FrameLabel f : frames) {
          badge(b, "tag frame", f);
        }
      }
      b.append("</div>\n");
    }

    /** A document label as a badge: its label and confidence, its evidence on hover. */
    private static void badge(StringBuilder b, String cssClass, DocumentLabel l) {
      b.append("<span class=\"").append(cssClass).append("\" title=\"")
          .append(Html.escape("evidence: " + String.join(", ", l.evidence()))).append("\">")
          .append(Html.escape(l.label())).append(' ').append(pct(l.confidence())).append("</span> ");
    }
  }

  /** The techniques legend with definitions, counts and confidence, after the text. */
  static final class Legend implements ReportSection {
    @Override
    public Position position() {
      return Position.AFTER_TEXT;
    }

    @Override
    public boolean replacesTable(String layerName) {
      return layerName.equals(TechniqueMatch.LAYER.name());
    }

    @Override
    public void render(Analysis a, String page, StringBuilder b) {
      if (a.layer(TechniqueMatch.LAYER).isEmpty()) {
        return;
      }
      List<TechniqueMatch> matches = a.items(TechniqueMatch.LAYER);
      b.append("<details class=\"panel techniques\" open><summary><h3>Persuasion techniques</h3> <span class=\"muted\">(")
          .append(matches.size()).append(" passages; SemEval-2023 taxonomy)</span></summary>\n");
      if (matches.isEmpty()) {
        b.append("<p class=\"muted\">No technique detected above its threshold.</p></details>\n");
        return;
      }
      Map<Technique, int[]> counts = new EnumMap<>(Technique.class);
      Map<Technique, Double> best = new EnumMap<>(Technique.class);
      for (TechniqueMatch m : matches) {
        counts.computeIfAbsent(m.technique(), t -> new int[1])[0]++;
        best.merge(m.technique(), m.confidence(), Math::max);
      }
      b.append("<table><thead><tr><th>Technique</th><th>What it is</th><th>Found</th><th>Best confidence</th></tr></thead><tbody>\n");
      counts.forEach((t, n) -> b.append("<tr><td><mark class=\"L-techniques\">").append(Html.escape(t.official()))
          .append("</mark></td><td>").append(Html.escape(t.definition())).append("</td><td>").append(n[0])
          .append("</td><td>").append(bar(best.get(t))).append("</td></tr>\n"));
      b.append("</tbody></table>\n<table><thead><tr><th>Passage</th><th>Technique</th><th>Confidence</th><th>Evidence</th></tr></thead><tbody>\n");
      int rows = 0;
      for (TechniqueMatch m : matches) {
        if (rows++ == HtmlRenderer.MAX_TABLE_ROWS) {
          break;
        }
        String text = m.text().length() > 240 ? m.text().substring(0, 239) + "…" : m.text();
        b.append("<tr><td>").append(Html.escape(text)).append("</td><td>").append(Html.escape(m.technique().official()))
            .append("</td><td>").append(bar(m.confidence())).append("</td><td>")
            .append(Html.escape(String.join(", ", m.evidence()))).append("</td></tr>\n");
      }
      b.append("</tbody></table></details>\n");
    }
  }

  static String pct(double p) {
    return String.format(Locale.ROOT, "%d%%", Math.round(p * 100));
  }

  static String bar(double p) {
    return "<span class=\"bar\"><span style=\"width:" + Math.round(p * 100) + "%\"></span></span> " + pct(p);
  }
}
