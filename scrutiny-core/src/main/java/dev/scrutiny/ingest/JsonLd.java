package dev.scrutiny.ingest;

import static dev.scrutiny.ingest.HtmlExtractor.blankToNull;
import static dev.scrutiny.ingest.HtmlExtractor.firstNonBlank;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * The metadata of a page's JSON-LD (schema.org) blocks: from the first node typed as an article, found
 * in an array or an {@code @graph} too, its headline, publication date, authors, publisher, URL and
 * language. A block that is not valid JSON is passed over with a warning. Every field may be null.
 */
record JsonLd(
    @Nullable String headline,
    @Nullable String datePublished,
    @Nullable String author,
    @Nullable String publisher,
    @Nullable String url,
    @Nullable String language) {

  private static final JsonLd NONE = new JsonLd(null, null, null, null, null, null);
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final Set<String> ARTICLE_TYPES = Set.of(
      "newsarticle", "article", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
      "backgroundnewsarticle", "blogposting", "liveblogposting", "report", "scholarlyarticle");

  static JsonLd of(Document doc, List<String> warnings) {
    for (Element script : doc.select("script[type=application/ld+json]")) {
      JsonNode root;
      try {
        root = JSON.readTree(script.data());
      } catch (Exception e) {
        warnings.add("ignored a JSON-LD block that is not valid JSON");
        continue;
      }
      JsonNode article = findArticle(root);
      if (article == null) {
        continue;
      }
      return new JsonLd(string(article.get("headline")), string(article.get("datePublished")),
          names(article.get("author")), names(article.get("publisher")),
          firstNonBlank(string(article.get("url")), idOf(article.get("mainEntityOfPage"))),
          string(article.get("inLanguage")));
    }
    return NONE;
  }

  private static @Nullable JsonNode findArticle(JsonNode node) {
    if (node == null) {
      return null;
    }
    if (node.isArray()) {
      for (JsonNode n : node) {
        JsonNode found = findArticle(n);
        if (found != null) {
          return found;
        }
      }
      return null;
    }
    if (!node.isObject()) {
      return null;
    }
    JsonNode type = node.get("@type");
    if (type != null) {
      for (JsonNode t : type.isArray() ? type : List.of(type)) {
        if (t.isTextual() && ARTICLE_TYPES.contains(t.asText().toLowerCase(Locale.ROOT))) {
          return node;
        }
      }
    }
    return findArticle(node.get("@graph"));
  }

  private static @Nullable String names(@Nullable JsonNode node) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (node.isTextual()) {
      return blankToNull(node.asText());
    }
    if (node.isObject()) {
      return string(node.get("name"));
    }
    if (node.isArray()) {
      List<String> all = new ArrayList<>();
      for (JsonNode n : node) {
        String name = names(n);
        if (name != null && !all.contains(name)) {
          all.add(name);
        }
      }
      return all.isEmpty() ? null : String.join(", ", all);
    }
    return null;
  }

  private static @Nullable String idOf(@Nullable JsonNode node) {
    if (node == null) {
      return null;
    }
    return node.isObject() ? string(node.get("@id")) : string(node);
  }

  private static @Nullable String string(@Nullable JsonNode node) {
    return node != null && node.isValueNode() ? blankToNull(node.asText()) : null;
  }
}
