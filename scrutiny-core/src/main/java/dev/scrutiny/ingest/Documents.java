package dev.scrutiny.ingest;

import dev.scrutiny.article.Article;
import dev.scrutiny.article.Diagnostic;
import dev.scrutiny.article.Published;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads one whole document in memory, a plain-text file or an HTML page, into one result: the bytes
 * decoded (see {@link TextDecoder}), an input of unknown format sniffed, then the title line of a text
 * file or the article extracted from a page (see {@link HtmlExtractor}).
 */
final class Documents {

  private static final int MAX_TITLE_LENGTH = 300;
  private static final Pattern HTML_START = Pattern.compile(
      "(?is)\\s*(<!--.*?-->\\s*)*<(!doctype\\s+html|html|head|body|meta|title|article|main|div|p|h1|section|header)\\b.*");

  private final @Nullable Published fallback;

  /** @param fallback the date of articles that state none, or null */
  Documents(@Nullable Published fallback) {
    this.fallback = fallback;
  }

  /**
   * The article of one document, or why there is none.
   *
   * @param format {@link InputFormat#TEXT}, {@link InputFormat#HTML} or {@link InputFormat#SNIFF}
   * @param ids    the article's id, asked for once the document is known to be readable
   */
  IngestResult read(Origin origin, InputFormat format, byte[] bytes, Supplier<String> ids) {
    List<Diagnostic> warnings = new ArrayList<>();
    String declared = format == InputFormat.TEXT ? null : HtmlExtractor.declaredCharset(bytes);
    TextDecoder.Decoded decoded;
    try {
      decoded = TextDecoder.decode(bytes, declared);
    } catch (RejectedInputException e) {
      return new IngestResult.Failed(origin, e.getMessage());
    }
    if (decoded.note() != null) {
      warnings.add(Diagnostic.of(ArticleReader.STAGE, decoded.note()));
    }
    String text = decoded.text();
    if (format == InputFormat.SNIFF) {
      String head = text.length() > InputStreams.SNIFF_BYTES ? text.substring(0, InputStreams.SNIFF_BYTES) : text;
      if (head.stripLeading().startsWith("{")) {
        return new IngestResult.Failed(origin,
            "looks like JSON lines but is not UTF-8 (" + decoded.charset().name() + "); re-encode it as UTF-8");
      }
      format = HTML_START.matcher(head.replace('\uFEFF', ' ')).matches() ? InputFormat.HTML : InputFormat.TEXT;
    }
    String id = ids.get();
    return format == InputFormat.HTML
        ? fromHtml(id, origin, text, warnings)
        : fromText(id, origin, text, warnings);
  }

  private IngestResult fromText(String id, Origin origin, String raw, List<Diagnostic> warnings) {
    String text = CleanText.normalize(raw);
    String problem = ProseCheck.problem(text);
    if (problem != null) {
      return new IngestResult.Failed(origin, problem);
    }
    String title = null;
    int firstBreak = text.indexOf('\n');
    if (firstBreak > 0 && firstBreak <= MAX_TITLE_LENGTH && text.startsWith("\n\n", firstBreak)) {
      title = SafeText.field(text.substring(0, firstBreak));
      text = text.substring(firstBreak + 2).strip();
    }
    if (text.isEmpty()) {
      return new IngestResult.Failed(origin, title == null ? "no text (the file is empty)" : "a title but no body text");
    }
    Article article = Article.builder(id, text).title(title).build();
    return ArticleMetadata.loaded(article, origin, List.of(), warnings, fallback);
  }

  private IngestResult fromHtml(String id, Origin origin, String html, List<Diagnostic> warnings) {
    HtmlExtractor.Extracted x;
    try {
      x = HtmlExtractor.extract(html);
    } catch (RejectedInputException e) {
      return new IngestResult.Failed(origin, e.getMessage());
    } catch (RuntimeException | StackOverflowError e) {
      return new IngestResult.Failed(origin, "cannot extract the HTML page: " + e);
    } catch (OutOfMemoryError e) {
      return new IngestResult.Failed(origin, "out of memory while extracting the HTML page; the rest of the batch"
          + " goes on");
    }
    x.warnings().forEach(w -> warnings.add(Diagnostic.of(ArticleReader.STAGE, w)));
    String text = CleanText.normalize(x.text());
    if (text.isEmpty()) {
      return new IngestResult.Failed(origin, "no article text found in the HTML page");
    }
    String problem = ProseCheck.problem(text);
    if (problem != null) {
      return new IngestResult.Failed(origin, problem);
    }
    Article article = Article.builder(id, text).title(SafeText.field(x.title())).url(SafeText.field(x.url()))
        .source(SafeText.field(x.source())).author(SafeText.field(x.author()))
        .language(ArticleMetadata.language(x.language(), warnings)).build();
    return ArticleMetadata.loaded(article, origin, x.published(), warnings, fallback);
  }
}
