package dev.scrutiny.server;

import dev.scrutiny.corpus.AddOutcome;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** {@code /add} (only with {@code --allow-add}): paste an article or give a URL; it is analysed and stored. */
final class AddPage {

  private final Corpora corpora;
  private final ServerOptions options;

  AddPage(Corpora corpora, ServerOptions options) {
    this.corpora = corpora;
    this.options = options;
  }

  Response form(Request req) {
    requireAllowed();
    StringBuilder b = new StringBuilder(2048);
    b.append("<h1>Add an article</h1>\n<p class=\"lede\">Paste its text")
        .append(corpora.canAddUrls() ? ", or give the address of its page" : "")
        .append(". It is analysed and stored; the same text is never stored twice.</p>\n")
        .append("<form class=\"add\" method=\"post\" action=\"/add\">");
    if (corpora.canAddUrls()) {
      b.append("<label>URL <input type=\"url\" name=\"url\" placeholder=\"https://…\"></label>");
    }
    b.append("<label>Title <input type=\"text\" name=\"title\"></label>")
        .append("<label>Outlet <input type=\"text\" name=\"source\"></label>")
        .append("<label>Published <input type=\"date\" name=\"published\"></label>")
        .append("<label>Text <textarea name=\"text\" rows=\"16\"></textarea></label>")
        .append("<button type=\"submit\">Analyse and add</button></form>");
    return Response.html(200, Layout.page("Add", b.toString(), true));
  }

  Response submit(Request req) throws IOException {
    requireAllowed();
    if (!new Security(options).sameOrigin(req)) {
      throw new Request.HttpError(403, "form posts are accepted only from this app's own pages");
    }
    Map<String, String> f = form(new String(req.body(options.maxBodyBytes()), StandardCharsets.UTF_8));
    String text = blankToNull(f.get("text"));
    String url = blankToNull(f.get("url"));
    AddOutcome o = corpora.add(new Corpora.AddRequest(text, url, blankToNull(f.get("title")),
        blankToNull(f.get("source")), blankToNull(f.get("published")), null));
    return Response.redirect(Layout.articleHref(o.id()));
  }

  private void requireAllowed() {
    if (!options.allowAdd()) {
      throw new Request.HttpError(403, "this server is read-only; start it with --allow-add to add articles");
    }
  }

  private static Map<String, String> form(String body) {
    Map<String, String> out = new HashMap<>();
    for (String pair : body.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        out.putIfAbsent(Request.decode(pair.substring(0, eq)), Request.decode(pair.substring(eq + 1)));
      }
    }
    return out;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
