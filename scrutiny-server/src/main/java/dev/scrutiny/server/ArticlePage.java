package dev.scrutiny.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scrutiny.corpus.CrossSourceResult;
import dev.scrutiny.corpus.StoredArticle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /articles/{id}}: the article's metadata, links to its outlet, speakers, places and stories, and
 * the full report (every layer switchable) framed from {@code /articles/{id}/report}.
 */
final class ArticlePage {

  private final Corpora corpora;
  private final boolean allowAdd;

  ArticlePage(Corpora corpora, boolean allowAdd) {
    this.corpora = corpora;
    this.allowAdd = allowAdd;
  }

  Response render(Request req) {
    StoredArticle a = corpora.article(req.pathParam("id"));
    JsonNode json = corpora.analysis(a);
    String title = a.title() == null || a.title().isBlank() ? "(untitled) " + a.id() : a.title();
    StringBuilder b = new StringBuilder(4096);
    b.append("<h1 id=\"article-title\">").append(Layout.esc(title)).append("</h1>\n<p class=\"meta\">");
    if (a.source() != null) {
      b.append(Layout.link(Layout.outletHref(a.source()), a.source())).append(" · ");
    }
    if (a.author() != null) {
      b.append("by ").append(Layout.esc(a.author())).append(" · ");
    }
    b.append(a.published() == null ? "<span class=\"muted\">publication date unknown</span>" : "published " + Layout.esc(a.published()));
    if (a.language() != null) {
      b.append(" · language ").append(Layout.esc(a.language()));
    }
    if (a.genre() != null) {
      b.append(" · genre (estimate) ").append(Layout.esc(SearchPage.human(a.genre())));
    }
    String href = dev.scrutiny.render.Html.safeHref(a.url());
    if (href != null) {
      b.append(" · <a rel=\"noopener noreferrer nofollow\" href=\"").append(Layout.esc(href)).append("\">original</a>");
    }
    b.append("</p>\n<p class=\"muted small\">id ").append(Layout.esc(a.id())).append(" · revision ").append(a.revision())
        .append(" · analysed by Scrutiny ").append(Layout.esc(a.scrutinyVersion())).append(" · <a href=\"/api/articles/")
        .append(Layout.esc(Layout.enc(a.id()))).append("\">JSON</a></p>\n");
    b.append("<div class=\"related\">");
    speakers(b, json);
    places(b, json);
    stories(b, corpora.store.resultsFor(a.id()));
    b.append("</div>\n<iframe class=\"report\" title=\"Article report\" sandbox src=\"")
        .append(Layout.esc(Layout.articleHref(a.id()) + "/report#article-1")).append("\"></iframe>");
    return Response.html(200, Layout.page(title, b.toString(), allowAdd));
  }

  private static void speakers(StringBuilder b, JsonNode json) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (JsonNode c : json.path("claims")) {
      String name = Corpora.text(c, "speakerName");
      String type = Corpora.text(c, "speakerType");
      if (name != null && !"AUTHOR".equals(type) && !"ANONYMOUS".equals(type)) {
        counts.merge(name, 1, Integer::sum);
      }
    }
    b.append("<section class=\"box\"><h2>Speakers</h2>");
    if (counts.isEmpty()) {
      b.append("<p class=\"muted\">no named speaker</p>");
    } else {
      b.append("<ul class=\"speakers\">");
      counts.forEach((name, n) -> b.append("<li>").append(Layout.link(Layout.speakerHref(name), name))
          .append(" <span class=\"n\">").append(n).append("</span></li>"));
      b.append("</ul>");
    }
    b.append("</section>");
  }

  private static void places(StringBuilder b, JsonNode json) {
    b.append("<section class=\"box\"><h2>Places</h2>");
    JsonNode places = json.path("places");
    if (places.isEmpty()) {
      b.append("<p class=\"muted\">no place resolved</p>");
    } else {
      b.append("<ul>");
      for (JsonNode p : places) {
        String name = Corpora.text(p, "name");
        if (name == null) {
          continue;
        }
        b.append("<li>").append(Layout.link(Layout.placeHref(name), name));
        String surface = Corpora.text(p, "surface");
        if (surface != null && !surface.equals(name)) {
          b.append(" <span class=\"muted\">as “").append(Layout.esc(surface)).append("”</span>");
        }
        String convention = Corpora.text(p, "convention");
        if (convention != null && !convention.equals("neutral")) {
          b.append(" <span class=\"tag\">").append(Layout.esc(convention)).append("</span>");
        }
        b.append("</li>");
      }
      b.append("</ul>");
    }
    b.append("</section>");
  }

  /** The article's stories (linked, with their title) and how many copies, statements and findings involve it. */
  private static void stories(StringBuilder b, List<CrossSourceResult> results) {
    b.append("<section class=\"box\" id=\"article-stories\"><h2>Across sources</h2>");
    if (results.isEmpty()) {
      b.append("<p class=\"muted\">no story, copy or contradiction recorded for this article</p>");
    } else {
      Map<String, Integer> counts = new LinkedHashMap<>();
      b.append("<ul>");
      for (CrossSourceResult r : results) {
        if (!r.kind().equals("story")) {
          counts.merge(r.kind(), 1, Integer::sum);
          continue;
        }
        String title = null;
        try {
          title = Corpora.text(Json.parse(r.json()).path("stories").path(0), "title");
        } catch (Request.HttpError e) {
          // a story stored by another version: linked by its id
        }
        b.append("<li><span class=\"tag\">story</span> ").append(Layout.link(StoryPages.href(r.id()),
            title == null ? r.id() : title)).append(" · ").append(r.articleIds().size()).append(" articles</li>");
      }
      b.append("</ul>");
      if (!counts.isEmpty()) {
        b.append("<p class=\"small\">involved in ");
        StringBuilder list = new StringBuilder();
        counts.forEach((kind, n) -> list.append(list.isEmpty() ? "" : ", ").append(n).append(' ')
            .append(Layout.esc(kind)).append(n == 1 ? "" : "s"));
        b.append(list).append(" (on the story's page)</p>");
      }
    }
    b.append("</section>");
  }
}
