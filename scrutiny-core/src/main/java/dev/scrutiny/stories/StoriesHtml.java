package dev.scrutiny.stories;

import static dev.scrutiny.render.Html.escape;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders a {@link CrossSourceReport} as one self-contained HTML file: an index of stories, copies and
 * outlet profiles, and a page per story ({@link StoryPage}). No scripts and no external assets; pages are
 * switched with {@code :target}. Every string from an article is escaped. Thread-safe.
 */
public final class StoriesHtml {

  private StoriesHtml() {}

  /** The whole report; {@code digests} supply the article texts and titles. */
  public static String render(CrossSourceReport r, List<Digest> digests) {
    Map<String, Digest> byId = new java.util.HashMap<>();
    digests.forEach(d -> byId.put(d.id(), d));
    StringBuilder b = new StringBuilder(64 * 1024);
    b.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">")
        .append("<title>Scrutiny: stories across sources</title><style>").append(StoryStyle.CSS)
        .append("</style></head><body>");
    index(b, r, byId);
    for (Story s : r.stories()) {
      StoryPage.render(b, s, r, byId);
    }
    b.append("</body></html>\n");
    return b.toString();
  }

  private static void index(StringBuilder b, CrossSourceReport r, Map<String, Digest> byId) {
    b.append("<section class=\"index\"><h1>Stories across sources</h1><p class=\"lede\">")
        .append(r.stories().size()).append(" stories from ").append(byId.size()).append(" articles; ")
        .append(r.contradictions().size()).append(" contradictions, ").append(r.updates().size())
        .append(" updates, ").append(r.agreements().size()).append(" agreements, ")
        .append(r.duplicates().size()).append(" copies or rewrites.</p>");
    b.append("<table><tr><th>story</th><th>articles</th><th>outlets</th><th>dates</th><th>contradictions</th></tr>");
    for (Story s : r.stories()) {
      long contra = r.contradictions().stream().filter(f -> f.story().equals(s.id())).count();
      long outlets = s.articles().stream().map(a -> byId.get(a).source()).distinct().count();
      b.append("<tr><td><a href=\"#").append(s.id()).append("\">").append(escape(title(s))).append("</a></td><td>")
          .append(s.articles().size()).append("</td><td>").append(outlets).append("</td><td class=\"off\">")
          .append(s.first() == null ? "" : s.first()).append(s.last() != null && !s.last().equals(s.first())
              ? " – " + s.last() : "").append("</td><td>")
          .append(contra == 0 ? "<span class=\"muted\">none</span>" : "<span class=\"warn\">" + contra + "</span>")
          .append("</td></tr>");
    }
    b.append("</table>");
    duplicates(b, r, byId);
    OutletTable.render(b, r.outlets());
    b.append("</section>");
  }

  private static void duplicates(StringBuilder b, CrossSourceReport r, Map<String, Digest> byId) {
    b.append("<h2>Copies and rewrites</h2>");
    if (r.duplicates().isEmpty()) {
      b.append("<p class=\"muted\">None found.</p>");
      return;
    }
    duplicateTable(b, r.duplicates(), byId);
  }

  static void duplicateTable(StringBuilder b, List<Duplicate> duplicates, Map<String, Digest> byId) {
    b.append("<table class=\"copies\"><tr><th>kind</th><th>first</th><th>copy</th><th>similarity</th></tr>");
    for (Duplicate d : duplicates) {
      String first = d.first() == null ? d.a() : d.first();
      String copy = first.equals(d.a()) ? d.b() : d.a();
      b.append("<tr><td>").append(d.kind().jsonName()).append("</td><td>").append(label(byId.get(first), first))
          .append(d.first() == null ? " <span class=\"muted\">(order unknown)</span>" : "").append("</td><td>")
          .append(label(byId.get(copy), copy)).append("</td><td class=\"off\">")
          .append(String.format(Locale.ROOT, "%.2f", d.similarity())).append("</td></tr>");
    }
    b.append("</table>");
  }

  /**
   * One story's page as an HTML fragment (a {@code section}) for a page that links
   * {@link #componentCss()}: accounts in outlet columns on one timeline, aligned statements, copies,
   * contradictions, updates and agreements. Uses no inline styles or scripts, so it can be served under
   * a strict Content-Security-Policy.
   *
   * @param digests     the story's articles (others are ignored)
   * @param back        the link to the list of stories
   * @param articleHref an article id to the address of its page
   */
  public static String storyPage(Story story, CrossSourceReport r, List<Digest> digests, String back,
                                 java.util.function.Function<String, String> articleHref) {
    Map<String, Digest> byId = new java.util.HashMap<>();
    digests.forEach(d -> byId.put(d.id(), d));
    for (String id : story.articles()) {
      if (!byId.containsKey(id)) {
        throw new IllegalArgumentException("story " + story.id() + ": article " + id + " is missing");
      }
    }
    StringBuilder b = new StringBuilder(32 * 1024);
    StoryPage.render(b, story, r, byId, new StoryPage.Links("story-page", back, articleHref, true));
    return b.toString();
  }

  /** The outlets compared side by side, an HTML table (no inline styles) for a page that links {@link #componentCss()}. */
  public static String outletTable(List<OutletProfile> outlets) {
    StringBuilder b = new StringBuilder(4096);
    OutletTable.render(b, outlets);
    return b.toString();
  }

  /** The stylesheet of the story components alone (no rules for {@code body}, headings or plain tables). */
  public static String componentCss() {
    return StoryStyle.COMPONENTS;
  }

  static String label(Digest d, String id) {
    if (d == null) {
      return escape(id);
    }
    return "<b>" + escape(d.source()) + "</b> " + escape(d.article().title() == null ? d.id() : d.article().title())
        + (d.article().published() == null ? "" : " <span class=\"muted\">" + escape(d.article().published().toString())
        + "</span>");
  }

  static String title(Story s) {
    return s.title() == null ? s.id() : s.title();
  }
}
