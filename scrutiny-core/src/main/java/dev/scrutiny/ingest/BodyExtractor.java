package dev.scrutiny.ingest;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.jspecify.annotations.Nullable;

/**
 * Finds the article body in a parsed page, in time linear in the size of the page: one post-order
 * pass sums each element's text and link-text length (no {@code text()} per element), paragraphs score
 * their ancestors the way Readability does (length, commas, link density), and the best-scoring
 * container plus its paragraph-rich siblings is turned into paragraphs. Page furniture (navigation,
 * share tools, related links, comments, newsletter boxes, cookie banners, footers) is removed first by
 * tag and by class or id. A page with more than {@link #MAX_ELEMENTS} elements is refused.
 */
final class BodyExtractor {

  /** More elements than this is not a news page but an attack on the parser's users. */
  static final int MAX_ELEMENTS = 250_000;

  private static final Pattern UNLIKELY = Pattern.compile(
      "(?i)-ad-|\\bads?\\b|ad-slot|advert|banner|breadcrumb|combx|comment|community|cookie|consent|disqus|extra|"
          + "footer|gdpr|header|legends|menu|related|recommend|remark|replies|rss|share|sharing|shoutbox|sidebar|"
          + "skyscraper|social|sponsor|promo|newsletter|subscribe|signup|sign-up|popup|modal|pagination|pager|"
          + "most-?read|popular|trending|outbrain|taboola|tags?\\b|read-more|more-stories|kicker|byline|"
          + "author-bio|widget|toolbar|masthead|nav");
  private static final Pattern MAYBE = Pattern.compile("(?i)and|article|body|column|content|main|shadow|story|text|post");
  private static final Set<String> FURNITURE_TAGS = Set.of("nav", "header", "footer", "aside", "form", "button",
      "figure", "figcaption", "menu", "dialog");
  private static final Set<String> PARAGRAPHS = Set.of("p", "pre", "td", "blockquote", "li", "dd", "h2", "h3");
  private static final Set<String> CONTAINERS = Set.of("div", "article", "section", "main", "td", "blockquote",
      "body", "span", "font", "center");

  /** Text length and link-text length of an element, summed over its descendants. */
  private static final class Stats {
    int text;
    int links;
    int commas;
    double score;
  }

  private BodyExtractor() {}

  /**
   * Refuses, before parsing, markup with more start tags than twice {@link #MAX_ELEMENTS}: one cheap
   * pass over the characters, so a page of a million {@code <div>} costs no parse at all.
   */
  static void checkTagCount(String html) throws RejectedInputException {
    int tags = 0;
    for (int i = html.indexOf('<'); i >= 0 && i + 1 < html.length(); i = html.indexOf('<', i + 1)) {
      char next = html.charAt(i + 1);
      if ((next >= 'a' && next <= 'z' || next >= 'A' && next <= 'Z') && ++tags > 2 * MAX_ELEMENTS) {
        throw new RejectedInputException(String.format(Locale.ROOT,
            "the HTML page has over %,d tags (limit %,d elements); not extracted", 2 * MAX_ELEMENTS, MAX_ELEMENTS));
      }
    }
  }

  /** Refuses a parsed page with more than {@link #MAX_ELEMENTS} elements. */
  static void checkElementCount(Document doc) throws RejectedInputException {
    int elements = countElements(doc);
    if (elements > MAX_ELEMENTS) {
      throw new RejectedInputException(String.format(Locale.ROOT,
          "the HTML page has %,d elements, over the limit of %,d; not extracted", elements, MAX_ELEMENTS));
    }
  }

  /** The body paragraphs of {@code doc} (modified: furniture is removed). */
  static List<String> paragraphs(Document doc) {
    removeFurniture(doc);
    Element marked = doc.selectFirst("[itemprop=articleBody]");
    Map<Element, Stats> stats = measure(doc.body());
    Element best = marked != null ? marked : best(doc.body(), stats);
    List<String> out = new ArrayList<>();
    for (Element part : withSiblings(best, stats)) {
      out.addAll(HtmlParagraphs.of(part));
    }
    return out;
  }

  private static int countElements(Document doc) {
    int[] n = {0};
    NodeTraversor.traverse((node, depth) -> {
      if (node instanceof Element) {
        n[0]++;
      }
    }, doc);
    return n[0];
  }

  /** Removes furniture elements, and elements whose class or id names furniture but not content. */
  private static void removeFurniture(Document doc) {
    List<Element> drop = new ArrayList<>();
    for (Element e : doc.getAllElements()) {
      String tag = e.normalName();
      if (tag.equals("body") || tag.equals("html") || tag.equals("a") || tag.equals("article") || tag.equals("main")) {
        continue;
      }
      if (FURNITURE_TAGS.contains(tag)) {
        drop.add(e);
        continue;
      }
      String names = e.className() + " " + e.id();
      if (names.isBlank() || e.hasAttr("itemprop") && e.attr("itemprop").equals("articleBody")) {
        continue;
      }
      if (UNLIKELY.matcher(names).find() && !MAYBE.matcher(names).find()) {
        drop.add(e);
      } else if (e.attr("role").matches("(?i)navigation|banner|complementary|contentinfo|dialog|alert")) {
        drop.add(e);
      }
    }
    // an element whose ancestor goes too is already gone; remove() on it is harmless
    drop.forEach(Element::remove);
  }

  /** One post-order pass: text, link text and commas per element, and Readability-style paragraph scores. */
  private static Map<Element, Stats> measure(Element root) {
    Map<Element, Stats> stats = new IdentityHashMap<>();
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {}

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof TextNode t) {
          Element parent = t.parent() instanceof Element p ? p : null;
          if (parent != null) {
            Stats s = stats.computeIfAbsent(parent, k -> new Stats());
            String text = t.getWholeText();
            int len = visibleLength(text);
            s.text += len;
            s.commas += commas(text);
          }
          return;
        }
        if (!(node instanceof Element e)) {
          return;
        }
        Stats s = stats.computeIfAbsent(e, k -> new Stats());
        if (e.normalName().equals("a")) {
          s.links = s.text;
        }
        if (PARAGRAPHS.contains(e.normalName()) && s.text >= 25) {
          double score = 1 + s.commas + Math.min(s.text / 100.0, 3);
          score *= 1 - density(s);
          Element parent = e.parent();
          if (parent != null) {
            stats.computeIfAbsent(parent, k -> new Stats()).score += score;
            Element grand = parent.parent();
            if (grand != null) {
              stats.computeIfAbsent(grand, k -> new Stats()).score += score / 2;
            }
          }
        }
        Element parent = e.parent();
        if (parent != null) {
          Stats p = stats.computeIfAbsent(parent, k -> new Stats());
          p.text += s.text;
          p.links += s.links;
          p.commas += s.commas;
        }
      }
    }, root);
    return stats;
  }

  private static double density(Stats s) {
    return s.text == 0 ? 0 : Math.min(1, s.links / (double) s.text);
  }

  /** The container with the highest score after link density, or the body. */
  private static Element best(Element body, Map<Element, Stats> stats) {
    Element best = body;
    double bestScore = 0;
    for (Map.Entry<Element, Stats> x : stats.entrySet()) {
      Element e = x.getKey();
      Stats s = x.getValue();
      if (s.score <= 0 || !CONTAINERS.contains(e.normalName()) && !e.normalName().equals("p")) {
        continue;
      }
      double score = s.score * (1 - density(s));
      if (score > bestScore) {
        bestScore = score;
        best = e;
      }
    }
    // text split over several blocks inside one wrapper: prefer the wrapper when it adds prose, not links
    Element parent = best.parent();
    if (best.normalName().equals("p") && parent != null) {
      best = parent;
    }
    return best;
  }

  /** The best container and the siblings that read like more of the same body (in document order). */
  private static List<Element> withSiblings(Element best, Map<Element, Stats> stats) {
    Element parent = best.parent();
    if (parent == null || best.normalName().equals("body")) {
      return List.of(best);
    }
    double top = score(best, stats);
    double threshold = Math.max(10, top * 0.2);
    List<Element> out = new ArrayList<>();
    for (Element sibling : parent.children()) {
      if (sibling == best) {
        out.add(sibling);
        continue;
      }
      Stats s = stats.get(sibling);
      if (s == null) {
        continue;
      }
      boolean rich = score(sibling, stats) >= threshold;
      boolean prose = sibling.normalName().equals("p") && s.text > 80 && density(s) < 0.25;
      if (rich || prose) {
        out.add(sibling);
      }
    }
    return out;
  }

  private static double score(Element e, Map<Element, Stats> stats) {
    Stats s = stats.get(e);
    return s == null ? 0 : s.score * (1 - density(s));
  }

  private static int visibleLength(String text) {
    int n = 0;
    boolean space = true;
    for (int i = 0; i < text.length(); i++) {
      boolean ws = Character.isWhitespace(text.charAt(i));
      if (!ws || !space) {
        n++;
      }
      space = ws;
    }
    return n;
  }

  private static int commas(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ',' || c == '\uFF0C' || c == '\u060C') {
        n++;
      }
    }
    return n;
  }

  static @Nullable String describe(Element e) {
    return e.normalName() + (e.id().isEmpty() ? "" : "#" + e.id()) + (e.className().isEmpty() ? "" : "." + e.className());
  }
}
