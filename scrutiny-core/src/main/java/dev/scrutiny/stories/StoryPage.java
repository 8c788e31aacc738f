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

  /**
   * Where a story page's links go and how its section is marked.
   *
   * @param sectionClass the class of the page's section ({@code page}: one of many in a file, shown by target)
   * @param back         the link back to the list of stories
   * @param article      an article id to its page, or null where articles have no page of their own
   */
  record Links(String sectionClass, String back, java.util.function.Function<String, String> article, boolean anchors) {

    /** In the one-file report, pages are switched by fragment, so the parts of a page get no anchors. */
    static final Links FILE = new Links("page", "#", id -> null, false);

    String id(String name) {
      return anchors ? " id=\"" + name + "\"" : "";
    }
  }

  static void render(StringBuilder b, Story s, CrossSourceReport r, Map<String, Digest> byId) {
    render(b, s, r, byId, Links.FILE);
  }

  static void render(StringBuilder b, Story s, CrossSourceReport r, Map<String, Digest> byId, Links links) {
    List<Finding> findings = new ArrayList<>();
    for (List<Finding> list : List.of(r.contradictions(), r.updates(), r.agreements())) {
      list.stream().filter(f -> f.story().equals(s.id())).forEach(findings::add);
    }
    List<Digest> members = s.articles().stream().map(byId::get)
        .sorted(Comparator.comparing(StoryPage::time, Comparator.nullsLast(Comparator.naturalOrder()))).toList();
    b.append("<section class=\"").append(escape(links.sectionClass())).append("\" id=\"").append(escape(s.id()))
        .append("\"><p class=\"nav\"><a href=\"").append(escape(links.back())).append("\">← all stories</a></p>")
        .append("<h1>").append(escape(StoriesHtml.title(s))).append("</h1><p class=\"lede\">").append(members.size())
        .append(" articles · ").append(s.first() == null ? "undated" : s.first())
        .append(s.last() != null && !s.last().equals(s.first()) ? " – " + s.last() : "").append("</p>");
    if (links.anchors()) {
      sections(b, s, r, findings);
    }
    timeline(b, members, findings, links);
    statements(b, r.statements().stream().filter(x -> x.story().equals(s.id())).toList(), byId, links);
    copies(b, r.duplicates().stream().filter(d -> s.articles().contains(d.a()) || s.articles().contains(d.b())).toList(),
        byId, links);
    findingList(b, "Contradictions", findings, Finding.Relation.CONTRADICTION, "contra", links);
    findingList(b, "Updates", findings, Finding.Relation.UPDATE, "update", links);
    findingList(b, "Agreements", findings, Finding.Relation.AGREEMENT, "agree", links);
    b.append("</section>");
  }

  /** Links to the page's parts, with how many each holds. */
  private static void sections(StringBuilder b, Story s, CrossSourceReport r, List<Finding> findings) {
    long statements = r.statements().stream().filter(x -> x.story().equals(s.id())).count();
    long copies = r.duplicates().stream().filter(d -> s.articles().contains(d.a()) || s.articles().contains(d.b())).count();
    b.append("<p class=\"sections\"><a href=\"#accounts\">Accounts</a>");
    section(b, "statements", "Statements", statements);
    section(b, "copies", "Copies", copies);
    section(b, "contradictions", "Contradictions", findings.stream().filter(f -> f.relation() == Finding.Relation.CONTRADICTION).count());
    section(b, "updates", "Updates", findings.stream().filter(f -> f.relation() == Finding.Relation.UPDATE).count());
    section(b, "agreements", "Agreements", findings.stream().filter(f -> f.relation() == Finding.Relation.AGREEMENT).count());
    b.append("</p>");
  }

  private static void section(StringBuilder b, String id, String name, long n) {
    if (n > 0) {
      b.append("<a href=\"#").append(id).append("\">").append(name).append(" ").append(n).append("</a>");
    }
  }

  /** One column per outlet, one row per article, earliest first: a table, so no inline style is needed. */
  private static void timeline(StringBuilder b, List<Digest> members, List<Finding> findings, Links links) {
    List<String> outlets = new ArrayList<>();
    members.forEach(d -> {
      if (!outlets.contains(d.source())) {
        outlets.add(d.source());
      }
    });
    b.append("<h2").append(links.id("accounts")).append(">Accounts</h2><div class=\"timeline-wrap\"><table class=\"timeline\"><thead><tr>");
    for (String outlet : outlets) {
      b.append("<th class=\"outlet\">").append(escape(outlet)).append("</th>");
    }
    b.append("</tr></thead><tbody>");
    for (Digest d : members) {
      b.append("<tr>");
      int col = outlets.indexOf(d.source());
      for (int i = 0; i < outlets.size(); i++) {
        if (i != col) {
          b.append("<td class=\"empty\"></td>");
          continue;
        }
        String title = d.article().title() == null ? d.id() : d.article().title();
        String href = links.article().apply(d.id());
        b.append("<td class=\"account\" data-article=\"").append(escape(d.id())).append("\"><p class=\"when\">")
            .append(d.article().published() == null ? "undated" : escape(d.article().published().toString()))
            .append("</p><h3>").append(href == null ? escape(title)
                : "<a href=\"" + escape(href) + "\">" + escape(title) + "</a>").append("</h3>");
        text(b, d, marks(d.id(), findings));
        b.append("</td>");
      }
      b.append("</tr>");
    }
    b.append("</tbody></table></div>");
  }

  private static void copies(StringBuilder b, List<Duplicate> duplicates, Map<String, Digest> byId, Links links) {
    if (duplicates.isEmpty()) {
      return;
    }
    b.append("<h2").append(links.id("copies")).append(">Copies and rewrites <span class=\"muted\">").append(duplicates.size()).append("</span></h2>");
    StoriesHtml.duplicateTable(b, duplicates, byId);
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

  private static void statements(StringBuilder b, List<AlignedStatement> statements, Map<String, Digest> byId,
                                 Links links) {
    if (statements.isEmpty()) {
      return;
    }
    b.append("<h2").append(links.id("statements")).append(">The same statement, as each outlet reports it</h2>");
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
                                  String css, Links links) {
    List<Finding> list = findings.stream().filter(f -> f.relation() == relation).toList();
    if (list.isEmpty()) {
      return;
    }
    b.append("<h2").append(links.id(heading.toLowerCase(java.util.Locale.ROOT))).append(">").append(heading).append(" <span class=\"muted\">").append(list.size()).append("</span></h2>");
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
