package dev.scrutiny.ingest;

import dev.scrutiny.article.Published;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Extracts an article from an HTML page: metadata from meta tags, JSON-LD and {@code <time>}, and the
 * body as clean paragraphs (no markup, no script or style content) chosen by {@link BodyExtractor}, with a
 * plain {@code <article>}/{@code <main>}/{@code <body>} walk as fallback. Stateless and thread-safe.
 */
final class HtmlExtractor {

  /**
   * What a page yields; every field but {@code text} and the lists may be null. {@code published}
   * holds every date the page states, most reliable source first (JSON-LD, meta, {@code <time>}, the
   * URL path, text near the headline).
   */
  record Extracted(
      @Nullable String title,
      String text,
      @Nullable String url,
      @Nullable String source,
      @Nullable String author,
      List<StatedDate> published,
      @Nullable String language,
      List<String> warnings) {}

  private static final int MAX_TIMES = 64;

  /** Elements whose content is never article text. */
  private static final String NEVER_TEXT =
      "script, style, noscript, template, iframe, object, embed, applet, svg, math, canvas, form, button, "
          + "select, textarea, input, audio, video, source, track, map, link, meta, base, dialog";

  private static final String[] PUBLISHED_META = {
      "article:published_time", "og:published_time", "og:article:published_time", "datepublished",
      "pubdate", "publishdate", "publish-date", "publish_date", "date", "dc.date.issued", "dc.date",
      "dcterms.created", "dcterms.date", "sailthru.date", "parsely-pub-date", "article.published",
      "cxenseparse:recs:publishtime"};

  private static final Pattern META_CHARSET =
      Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.-]+)");

  private HtmlExtractor() {}

  /** The charset a page declares in its first bytes ({@code <meta charset>}), or null. */
  static @Nullable String declaredCharset(byte[] bytes) {
    String head = TextDecoder.peek(bytes, 2048);
    Matcher m = META_CHARSET.matcher(head);
    return m.find() ? m.group(1) : null;
  }

  static Extracted extract(String html) throws RejectedInputException {
    List<String> warnings = new ArrayList<>();
    BodyExtractor.checkTagCount(html);
    Document doc = Jsoup.parse(html);
    BodyExtractor.checkElementCount(doc);
    Map<String, String> meta = metaTags(doc);
    JsonLd ld = JsonLd.of(doc, warnings);
    String url = firstNonBlank(attr(doc, "link[rel~=(?i)^canonical$]", "href"), meta.get("og:url"), ld.url());
    String source = firstNonBlank(meta.get("og:site_name"), ld.publisher(), meta.get("application-name"),
        domainOf(url));
    List<StatedDate> published = new ArrayList<>();
    stated(published, ld.datePublished(), Published.Source.JSON_LD);
    stated(published, firstMeta(meta, PUBLISHED_META), Published.Source.META);
    stated(published, timeElement(doc), Published.Source.TIME_ELEMENT);
    stated(published, DateClues.inUrl(url), Published.Source.URL);
    stated(published, DateClues.nearHeadline(doc), Published.Source.TEXT);
    String language = language(firstNonBlank(doc.selectFirst("html") == null ? null
        : doc.selectFirst("html").attr("lang"), meta.get("content-language"), meta.get("og:locale"), ld.language()));
    String metaTitle = firstNonBlank(ld.headline(), meta.get("og:title"), meta.get("twitter:title"));
    String metaAuthor = firstNonBlank(ld.author(), authorMeta(meta), rel(doc));
    String h1 = text(doc.selectFirst("h1"));
    String byline = text(doc.selectFirst(".byline, [class*=byline], [class*=author-name]"));
    doc.select(NEVER_TEXT).remove();
    stripEventHandlersAndScriptLinks(doc);
    removeStandaloneTimes(doc);
    Document original = doc.clone();

    List<String> paragraphs = BodyExtractor.paragraphs(doc);
    if (paragraphs.isEmpty()) {
      paragraphs = HtmlParagraphs.fallback(original);
    }

    String title = firstNonBlank(metaTitle, h1, doc.title());
    String author = cleanAuthor(firstNonBlank(metaAuthor, byline));
    paragraphs = dropLeadingRepeats(paragraphs, title, author);
    return new Extracted(blankToNull(title), String.join("\n\n", paragraphs), url, source, author,
        List.copyOf(published), language, warnings);
  }

  // --- metadata ---------------------------------------------------------------------------------

  private static void stated(List<StatedDate> out, @Nullable String candidate, Published.Source source) {
    if (candidate != null && !candidate.isBlank()) {
      String text = candidate.strip();
      if (out.stream().noneMatch(d -> d.text().equals(text))) {
        out.add(new StatedDate(text, source));
      }
    }
  }

  /** meta tags by lower-cased property, name or itemprop; the first occurrence wins. */
  private static Map<String, String> metaTags(Document doc) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Element m : doc.select("meta[content]")) {
      String content = m.attr("content").strip();
      if (content.isEmpty()) {
        continue;
      }
      for (String key : new String[] {m.attr("property"), m.attr("name"), m.attr("itemprop"), m.attr("http-equiv")}) {
        if (!key.isBlank()) {
          out.putIfAbsent(key.strip().toLowerCase(Locale.ROOT), content);
        }
      }
    }
    for (Element e : doc.select("[itemprop=datePublished][datetime], [itemprop=datePublished][content]")) {
      out.putIfAbsent("datepublished", e.hasAttr("datetime") ? e.attr("datetime") : e.attr("content"));
    }
    return out;
  }

  private static @Nullable String firstMeta(Map<String, String> meta, String... keys) {
    for (String k : keys) {
      String v = meta.get(k);
      if (v != null && !v.isBlank()) {
        return v;
      }
    }
    return null;
  }

  private static @Nullable String authorMeta(Map<String, String> meta) {
    for (String k : new String[] {"author", "article:author", "dc.creator", "parsely-author", "byl", "sailthru.author"}) {
      String v = meta.get(k);
      if (v != null && !v.isBlank() && !v.startsWith("http://") && !v.startsWith("https://")) {
        return v;
      }
    }
    return null;
  }

  private static @Nullable String rel(Document doc) {
    return text(doc.selectFirst("[rel=author], [itemprop=author] [itemprop=name], [itemprop=author]"));
  }

  private static @Nullable String timeElement(Document doc) {
    Element t = doc.selectFirst("time[pubdate][datetime], time[itemprop=datePublished][datetime]");
    if (t == null) {
      t = doc.selectFirst("article time[datetime], header time[datetime], time[datetime]");
    }
    return t == null ? null : blankToNull(t.attr("datetime"));
  }

  private static @Nullable String domainOf(@Nullable String url) {
    if (url == null) {
      return null;
    }
    try {
      String host = URI.create(url.strip()).getHost();
      if (host == null) {
        return null;
      }
      host = host.toLowerCase(Locale.ROOT);
      return host.startsWith("www.") ? host.substring(4) : host;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** An ISO 639-1 code from {@code en-GB}, {@code en_GB}, {@code ru}; null when it does not look like one. */
  static @Nullable String language(@Nullable String tag) {
    if (tag == null) {
      return null;
    }
    String t = tag.strip().toLowerCase(Locale.ROOT);
    int cut = t.indexOf('-') >= 0 ? t.indexOf('-') : t.indexOf('_');
    if (cut >= 0) {
      t = t.substring(0, cut);
    }
    return t.matches("[a-z]{2,3}") ? t : null;
  }

  private static @Nullable String cleanAuthor(@Nullable String author) {
    if (author == null) {
      return null;
    }
    String a = author.replaceAll("\\s+", " ").strip();
    a = a.replaceFirst("(?i)^(by|written by|von|автор:?)\\s+", "");
    return blankToNull(a);
  }

  // --- body ---------------------------------------------------------------------------------------

  /** Removes on* handlers and script URLs, so nothing executable survives even in kept elements. */
  private static void stripEventHandlersAndScriptLinks(Document doc) {
    for (Element e : doc.getAllElements()) {
      List<String> drop = new ArrayList<>();
      for (var a : e.attributes()) {
        String value = a.getValue().strip().toLowerCase(Locale.ROOT);
        if (a.getKey().toLowerCase(Locale.ROOT).startsWith("on") || value.startsWith("javascript:")
            || value.startsWith("vbscript:") || value.startsWith("data:text/html")) {
          drop.add(a.getKey());
        }
      }
      drop.forEach(e::removeAttr);
    }
  }

  /**
   * Removes {@code <time>} elements that stand alone as a dateline (not inside running text), so the
   * body does not open with "26 April 2025"; a time inside a sentence stays.
   */
  private static void removeStandaloneTimes(Document doc) {
    // bounded: a page of a million <time> elements must not cost a million parent texts
    for (Element time : doc.select("time").stream().limit(MAX_TIMES).toList()) {
      Element parent = time.parent();
      boolean inProse = parent != null && parent.closest("p, li, blockquote, dd, td") != null;
      boolean alone = parent != null && parent.text().strip().equals(time.text().strip());
      if (!inProse || alone) {
        time.remove();
      }
    }
  }

  private static List<String> dropLeadingRepeats(List<String> paragraphs, @Nullable String title,
      @Nullable String author) {
    List<String> out = new ArrayList<>(paragraphs);
    while (!out.isEmpty()) {
      String first = out.getFirst();
      boolean isTitle = title != null && first.equalsIgnoreCase(title.strip());
      boolean isByline = author != null
          && first.replaceFirst("(?i)^(by|written by)\\s+", "").equalsIgnoreCase(author);
      if (!isTitle && !isByline) {
        break;
      }
      out.removeFirst();
    }
    return out;
  }

  // --- small helpers ------------------------------------------------------------------------------

  private static @Nullable String attr(Document doc, String css, String attribute) {
    Element e = doc.selectFirst(css);
    return e == null ? null : blankToNull(e.attr(attribute));
  }

  private static @Nullable String text(@Nullable Element e) {
    return e == null ? null : blankToNull(e.text());
  }

  static @Nullable String blankToNull(@Nullable String s) {
    if (s == null) {
      return null;
    }
    String t = s.strip();
    return t.isEmpty() ? null : t;
  }

  static @Nullable String firstNonBlank(@Nullable String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return null;
  }
}
