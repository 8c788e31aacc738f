package dev.scrutiny.stories;

import static dev.scrutiny.render.Html.escape;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One story's page: each outlet's account in a column on one timeline (earliest first, down the page),
 * contradictions and updates highlighted in both texts, aligned statements side by side, then the
 * findings with both passages and their explanation.
 */
final class StoryPage {

  private StoryPage() {}

  /** A highlighted stretch of an article's text. */
  private record Mark(int start, int end, String css, String note) {}

  static void render(StringBuilder b, Story s, CrossSourceReport r, Map<String, Digest> byId) {
    List<Finding> findings = new ArrayList<>();
    for (List<Finding> list : List.of(r.contradictions(), r.updates(), r.agreements())) {
      list.stream().filter(f -> f.story().equals(s.id())).forEach(findings::add);
    }
    List<Digest> members = s.articles().stream().map(byId::get)
        .sorted(Comparator.comparing(StoryPage::time, Comparator.nullsLast(Comparator.naturalOrder()))).toList();
    b.append("<section class=\"page\" id=\"").append(s.id()).append("\"><p class=\"nav\"><a href=\"#\">← all stories</a></p>")
        .append("<h1>").append(escape(StoriesHtml.title(s))).append("</h1><p class=\"lede\">").append(members.size())
        .append(" articles · ").append(s.first() == null ? "undated" : s.first())
        .append(s.last() != null && !s.last().equals(s.first()) ? " – " + s.last() : "").append("</p>");
    timeline(b, members, findings);
    statements(b, r.statements().stream().filter(x -> x.story().equals(s.id())).toList(), byId);
    findingList(b, "Contradictions", findings, Finding.Relation.CONTRADICTION, "contra");
    findingList(b, "Updates", findings, Finding.Relation.UPDATE, "update");
    findingList(b, "Agreements", findings, Finding.Relation.AGREEMENT, "agree");
    b.append("</section>");
  }

  private static void timeline(StringBuilder b, List<Digest> members, List<Finding> findings) {
    Map<String, List<Digest>> byOutlet = new LinkedHashMap<>();
    members.forEach(d -> byOutlet.computeIfAbsent(d.source(), k -> new ArrayList<>()).add(d));
    b.append("<h2>Accounts</h2><div class=\"timeline\" style=\"grid-template-columns:repeat(")
        .append(byOutlet.size()).append(",minmax(240px,1fr))\">");
    int col = 1;
    for (String outlet : byOutlet.keySet()) {
      b.append("<div class=\"outlet\" style=\"grid-column:").append(col++).append(";grid-row:1\">")
          .append(escape(outlet)).append("</div>");
    }
    int row = 2;
    List<String> outlets = new ArrayList<>(byOutlet.keySet());
    for (Digest d : members) {
      b.append("<article class=\"account\" style=\"grid-column:").append(outlets.indexOf(d.source()) + 1)
          .append(";grid-row:").append(row++).append("\"><p class=\"when\">")
          .append(d.article().published() == null ? "undated" : escape(d.article().published().toString()))
          .append("</p><h3>").append(escape(d.article().title() == null ? d.id() : d.article().title())).append("</h3>");
      text(b, d, marks(d.id(), findings));
      b.append("</article>");
    }
    b.append("</div>");
  }

  private static List<Mark> marks(String article, List<Finding> findings) {
    List<Mark> marks = new ArrayList<>();
    for (Finding f : findings) {
      String css = switch (f.relation()) {
        case CONTRADICTION -> "contra";
        case UPDATE -> "update";
        case AGREEMENT -> "agree";
      };
      for (Passage p : List.of(f.a(), f.b())) {
        if (p.article().equals(article)) {
          marks.add(new Mark(p.start(), p.end(), css, f.explanation()));
        }
      }
    }
    // contradictions win over updates, updates over agreements, where passages overlap
    marks.sort(Comparator.comparingInt((Mark m) -> m.css().equals("contra") ? 0 : m.css().equals("update") ? 1 : 2)
        .thenComparingInt(Mark::start));
    List<Mark> kept = new ArrayList<>();
    for (Mark m : marks) {
      if (kept.stream().noneMatch(k -> k.start() < m.end() && m.start() < k.end())) {
        kept.add(m);
      }
    }
    kept.sort(Comparator.comparingInt(Mark::start));
    return kept;
  }

  private static void text(StringBuilder b, Digest d, List<Mark> marks) {
    String text = d.article().text();
    b.append("<div class=\"text\"><p>");
    int pos = 0;
    for (Mark m : marks) {
      paragraphs(b, text.substring(pos, m.start()));
      b.append("<mark class=\"").append(m.css()).append("\" title=\"").append(escape(m.note())).append("\">");
      paragraphs(b, text.substring(m.start(), m.end()));
      b.append("</mark>");
      pos = m.end();
    }
    paragraphs(b, text.substring(pos));
    b.append("</p></div>");
  }

  private static void paragraphs(StringBuilder b, String s) {
    b.append(escape(s).replace("\n\n", "</p><p>").replace("\n", "<br>"));
  }

  private static void statements(StringBuilder b, List<AlignedStatement> statements, Map<String, Digest> byId) {
    if (statements.isEmpty()) {
      return;
    }
    b.append("<h2>The same statement, as each outlet reports it</h2>");
    for (AlignedStatement s : statements) {
      b.append("<div class=\"statement\"><p><b>").append(escape(s.name())).append("</b>");
      if (!s.notReported().isEmpty()) {
        b.append(" <span class=\"muted\">· not reported by ").append(s.notReported().stream()
            .map(a -> escape(byId.get(a).source())).distinct().reduce((x, y) -> x + ", " + y).orElse("")).append("</span>");
      }
      b.append("</p><div class=\"versions\">");
      for (AlignedStatement.Version v : s.versions()) {
        b.append("<div class=\"version\"><p class=\"outlet-name\">").append(escape(v.source())).append(" · <span class=\"cue ")
            .append(v.stance().equals("loaded") ? "loaded" : "").append("\">").append(escape(v.cue() == null ? "—" : v.cue()))
            .append("</span> <span class=\"muted\">").append(escape(v.kind())).append("</span></p><blockquote>")
            .append(escape(v.text())).append("</blockquote>");
        for (String o : v.omitted()) {
          b.append("<p class=\"omitted\">leaves out: ").append(escape(o)).append("</p>");
        }
        b.append("</div>");
      }
      b.append("</div></div>");
    }
  }

  private static void findingList(StringBuilder b, String heading, List<Finding> findings, Finding.Relation relation,
                                  String css) {
    List<Finding> list = findings.stream().filter(f -> f.relation() == relation).toList();
    if (list.isEmpty()) {
      return;
    }
    b.append("<h2>").append(heading).append(" <span class=\"muted\">").append(list.size()).append("</span></h2>");
    for (Finding f : list) {
      b.append("<div class=\"finding ").append(css).append("\"><p>").append(escape(f.explanation())).append("</p><div class=\"pair\">");
      for (Passage p : List.of(f.a(), f.b())) {
        b.append("<blockquote><span class=\"src\">").append(escape(p.source())).append(" · ")
            .append(p.published() == null ? "undated" : p.published()).append("</span>").append(escape(p.text()))
            .append("</blockquote>");
      }
      b.append("</div></div>");
    }
  }

  private static LocalDateTime time(Digest d) {
    return d.publishedAt() != null ? d.publishedAt() : d.published() != null ? d.published().atStartOfDay() : null;
  }
}
