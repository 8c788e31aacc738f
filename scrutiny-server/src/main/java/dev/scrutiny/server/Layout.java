package dev.scrutiny.server;

import dev.scrutiny.render.Html;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The frame every page shares (header, navigation, footer) and small escaping helpers. */
final class Layout {

  private Layout() {}

  /** A whole page: {@code body} must already be escaped HTML. */
  static String page(String title, String body, boolean allowAdd) {
    StringBuilder b = new StringBuilder(body.length() + 1200);
    b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(esc(title)).append(" · Scrutiny</title>\n")
        .append("<link rel=\"stylesheet\" href=\"/static/app.css\">\n</head>\n<body>\n")
        .append("<header class=\"top\"><a class=\"brand\" href=\"/\">Scrutiny</a><nav>")
        .append("<a href=\"/\">Search</a><a href=\"/outlets\">Outlets</a><a href=\"/places\">Places</a><a href=\"/stories\">Stories</a>")
        .append("<a href=\"/checks\">Checks</a>");
    if (allowAdd) {
      b.append("<a href=\"/add\">Add</a>");
    }
    b.append("</nav></header>\n<main>\n").append(body)
        .append("\n</main>\n<footer>Scrutiny corpus app · runs offline · place data © GeoNames (CC BY 4.0)</footer>\n")
        .append("</body>\n</html>\n");
    return b.toString();
  }

  static String errorPage(int status, String message) {
    return page("Error " + status, "<h1>Error " + status + "</h1>\n<p class=\"error\">" + esc(message)
        + "</p>\n<p><a href=\"/\">Back to search</a></p>", false);
  }

  static String esc(@org.jspecify.annotations.Nullable String s) {
    return Html.escape(s);
  }

  /** A path segment or query value, percent-encoded (then safe inside an escaped attribute). */
  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  static String link(String href, String text) {
    return "<a href=\"" + esc(href) + "\">" + esc(text) + "</a>";
  }

  static String speakerHref(String name) {
    return "/speakers/" + enc(name);
  }

  static String outletHref(String name) {
    return "/outlets/" + enc(name);
  }

  static String placeHref(String name) {
    return "/places/" + enc(name);
  }

  static String articleHref(String id) {
    return "/articles/" + enc(id);
  }
}
