package dev.scrutiny.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Splits HTML into paragraphs: the text of an element cut at block boundaries, white space collapsed,
 * empty blocks dropped; and the fallback body of a page where no scored block won (its
 * {@code articleBody}, {@code <article>}, {@code <main>} or {@code <body>}, without page furniture).
 */
final class HtmlParagraphs {

  /** Page furniture removed before the fallback walk. */
  private static final String FURNITURE = "nav, header, footer, aside, figure, figcaption, menu";

  private static final Set<String> BLOCKS = Set.of(
      "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "h1", "h2", "h3", "h4",
      "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "thead", "tbody", "tr",
      "td", "th", "br", "hr", "figure", "figcaption", "address", "details", "summary", "center");

  private HtmlParagraphs() {}

  /** The paragraphs of the page's most likely article element, furniture removed unless that leaves none. */
  static List<String> fallback(Document doc) {
    Element root = doc.selectFirst("[itemprop=articleBody]");
    if (root == null) {
      root = doc.selectFirst("article");
    }
    if (root == null) {
      root = doc.selectFirst("main");
    }
    if (root == null) {
      root = doc.body();
    }
    Element copy = root.clone();
    copy.select(FURNITURE).remove();
    List<String> paragraphs = of(copy);
    return paragraphs.isEmpty() ? of(root) : paragraphs;
  }

  /** The text of {@code root} split at block boundaries, whitespace collapsed, empty blocks dropped. */
  static List<String> of(Element root) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
          current.append(t.getWholeText());
        } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
          flush(current, out);
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
          flush(current, out);
        }
      }
    }, root);
    flush(current, out);
    return out;
  }

  private static void flush(StringBuilder current, List<String> out) {
    String p = current.toString().replaceAll("[\\s\\u00A0\\u200B]+", " ").strip();
    current.setLength(0);
    if (!p.isEmpty()) {
      out.add(p);
    }
  }
}
