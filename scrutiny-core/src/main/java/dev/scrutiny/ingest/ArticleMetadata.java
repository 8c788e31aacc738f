package dev.scrutiny.ingest;

import dev.scrutiny.article.Article;
import dev.scrutiny.article.Diagnostic;
import dev.scrutiny.article.Published;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Checks what an input states about its article, whatever the format: a language tag reduced to its
 * ISO 639 code, and the first stated publication date that parses, else the fallback date. What it
 * cannot use becomes a warning, never a failure.
 */
final class ArticleMetadata {

  private ArticleMetadata() {}

  /**
   * A language tag reduced to its ISO 639 code ({@code en-GB} → {@code en}); a warning and null (so the
   * language is identified from the text) when it is no known code.
   */
  static @Nullable String language(@Nullable String tag, List<Diagnostic> warnings) {
    if (tag == null) {
      return null;
    }
    String code = HtmlExtractor.language(tag);
    if (code == null) {
      warnings.add(Diagnostic.of(ArticleReader.STAGE, "ignored language '" + tag + "': not a language code like 'en'"
          + " or 'ru-RU'; the language is identified from the text"));
    } else if (!Languages.known(code)) {
      warnings.add(Diagnostic.of(ArticleReader.STAGE, "ignored language '" + tag + "': '" + code + "' is not an ISO"
          + " 639 language code; the language is identified from the text"));
      return null;
    }
    return code;
  }

  /** A date a record gives in a field, as the one stated date; none when blank. */
  static List<StatedDate> given(@Nullable String published) {
    return published == null || published.isBlank() ? List.of()
        : List.of(new StatedDate(published.strip(), Published.Source.GIVEN));
  }

  /**
   * Takes the first of the stated publication dates that parses (a warning names the first stated
   * one when none does), applies {@code fallback}, and wraps up the result.
   */
  static IngestResult loaded(Article article, Origin origin, List<StatedDate> stated, List<Diagnostic> warnings,
      @Nullable Published fallback) {
    Published p = null;
    for (StatedDate s : stated) {
      p = PublishedParser.parse(s.text()).map(d -> d.withSource(s.source())).orElse(null);
      if (p != null) {
        break;
      }
    }
    if (p == null && !stated.isEmpty()) {
      warnings.add(Diagnostic.of(ArticleReader.STAGE, "unparseable publication date '"
          + SafeText.field(stated.getFirst().text()) + "'; left empty"));
    }
    if (p == null && fallback != null) {
      p = fallback.withSource(Published.Source.GIVEN);
    }
    return new IngestResult.Loaded(article.withPublished(p), origin, warnings);
  }
}
