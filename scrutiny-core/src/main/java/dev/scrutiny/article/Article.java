package dev.scrutiny.article;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A news article as read from its source: metadata and the clean body {@link #text()} that every
 * layer's offsets point into. Immutable and thread-safe; the {@code with…} methods return copies.
 *
 * <p>Only {@code id} and {@code text} are required. Absent metadata is {@code null} (not an empty
 * string), so "the source gave no author" stays distinguishable from "the author is blank".
 *
 * <pre>{@code
 * Article a = Article.builder("kursk-1", "Kursk Oblast was \"liberated\", Gerasimov said.")
 *     .title("Kursk").published(Published.parse("2025-04-26")).build();
 * }</pre>
 *
 * @param id        stable identifier: given by the source, else derived from the file name
 * @param title     headline, or null
 * @param text      body text; paragraphs are separated by blank lines
 * @param url       canonical URL, or null
 * @param source    outlet name or domain, or null
 * @param author    byline, or null
 * @param published publication date or date-time, or null
 * @param language  ISO 639-1 code ({@code en}, {@code ru}) as given by the source or identified, or null
 */
public record Article(
    String id,
    @Nullable String title,
    String text,
    @Nullable String url,
    @Nullable String source,
    @Nullable String author,
    @Nullable Published published,
    @Nullable String language) {

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    if (id.isBlank()) {
      throw new IllegalArgumentException("article id must not be blank");
    }
  }

  /** The covered text of a span. */
  public String text(Span span) {
    return text.substring(span.start(), span.end());
  }

  /** The covered text of a single-range annotation. */
  public String text(Spanned annotation) {
    return text.substring(annotation.start(), annotation.end());
  }

  public Article withLanguage(@Nullable String newLanguage) {
    return new Article(id, title, text, url, source, author, published, newLanguage);
  }

  public Article withPublished(@Nullable Published newPublished) {
    return new Article(id, title, text, url, source, author, newPublished, language);
  }

  public Article withId(String newId) {
    return new Article(newId, title, text, url, source, author, published, language);
  }

  public static Builder builder(String id, String text) {
    return new Builder(id, text);
  }

  /** Collects optional fields for an {@link Article}; not thread-safe. */
  public static final class Builder {
    private final String id;
    private final String text;
    private @Nullable String title;
    private @Nullable String url;
    private @Nullable String source;
    private @Nullable String author;
    private @Nullable Published published;
    private @Nullable String language;

    private Builder(String id, String text) {
      this.id = id;
      this.text = text;
    }

    public Builder title(@Nullable String v) { this.title = v; return this; }
    public Builder url(@Nullable String v) { this.url = v; return this; }
    public Builder source(@Nullable String v) { this.source = v; return this; }
    public Builder author(@Nullable String v) { this.author = v; return this; }
    public Builder published(@Nullable Published v) { this.published = v; return this; }
    public Builder language(@Nullable String v) { this.language = v; return this; }

    public Article build() {
      return new Article(id, title, text, url, source, author, published, language);
    }
  }
}
