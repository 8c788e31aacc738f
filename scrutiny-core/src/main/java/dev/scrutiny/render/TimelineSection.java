package dev.scrutiny.render;

import dev.scrutiny.article.Analysis;
import dev.scrutiny.text.Sentence;
import dev.scrutiny.time.Anchor;
import dev.scrutiny.time.TimeExpression;
import dev.scrutiny.time.TimeType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/** A timeline of the article's dated sentences, ordered by the date each sentence names. */
final class TimelineSection implements ReportSection {

  private static final Pattern CALENDAR = Pattern.compile("\\d{4}(-.*)?");

  private record Entry(String value, Anchor anchor, String when, String sentence) {}

  @Override
  public Position position() {
    return Position.AFTER_TEXT;
  }

  @Override
  public void render(Analysis a, String page, StringBuilder b) {
    List<TimeExpression> times = a.items(TimeExpression.LAYER);
    List<Sentence> sentences = a.items(Sentence.LAYER);
    if (times.isEmpty() || sentences.isEmpty()) {
      return;
    }
    List<Entry> entries = new ArrayList<>();
    int s = 0;
    for (TimeExpression t : times) {
      if (t.type() != TimeType.DATE && t.type() != TimeType.TIME || !CALENDAR.matcher(t.value()).matches()) {
        continue;
      }
      while (s < sentences.size() && sentences.get(s).end() <= t.start()) {
        s++;
      }
      if (s == sentences.size()) {
        break;
      }
      Sentence sent = sentences.get(s);
      if (sent.start() > t.start()) {
        continue;
      }
      String text = a.article().text(sent).replaceAll("\\s+", " ");
      if (text.length() > 260) {
        text = text.substring(0, 259) + "…";
      }
      entries.add(new Entry(t.value(), t.anchor(), t.text(), text));
    }
    if (entries.isEmpty()) {
      return;
    }
    entries.sort(Comparator.comparing(Entry::value));
    b.append("<details class=\"panel timeline\" open><summary><h3>Timeline</h3> <span class=\"muted\">(")
        .append(entries.size()).append(" dated sentences, by the date they name)</span></summary>\n<table><tbody>\n");
    for (Entry e : entries) {
      b.append("<tr><td class=\"off\">").append(Html.escape(e.value()))
          .append(e.anchor() == Anchor.INFERRED ? " <span class=\"warn\" title=\"resolved against a date inferred from the text\">≈</span>" : "")
          .append("</td><td><span class=\"tag\">").append(Html.escape(e.when())).append("</span> ")
          .append(Html.escape(e.sentence())).append("</td></tr>\n");
    }
    b.append("</tbody></table></details>\n");
  }
}
