package dev.scrutiny.text;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.scrutiny.article.LayerKey;
import dev.scrutiny.article.Spanned;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A token: a word, number, punctuation mark or link, with what every analyzer reads from it; tokens
 * cover every non-space character. Analyzers read these instead of tokenising again, the way Lucene's
 * filters sit on one tokenizer.
 *
 * @param start   first offset (UTF-16, 0-based)
 * @param end     end offset, exclusive
 * @param kind    coarse kind, decided by the segmenter
 * @param source  the text the offsets index (shared, never copied; not written to JSON)
 *
 * <p>A token is a view of its text, as spaCy's tokens are views of their Doc: {@link #norm()},
 * {@link #shape()}, {@link #lemma()} and {@link #value()} are derived from the covered characters when
 * asked (the lemma through a shared memo), so the segmenter stays as fast as a bare scanner and
 * analyzers pay only for what they read. In JSON they follow the components in the order below (left to the
 * JVM's order of methods, Jackson's choice varied from one run to another).
 */
@JsonPropertyOrder({"start", "end", "kind", "norm", "shape", "lemma", "value"})
public record Token(int start, int end, TokenKind kind, @JsonIgnore String source) implements Spanned {

  public static final LayerKey<Token> LAYER =
      LayerKey.of("tokens", Token.class, LayerKey.Order.SORTED_DISJOINT);

  public Token {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(source, "source");
    if (start < 0 || end <= start || end > source.length()) {
      throw new IllegalArgumentException("token needs 0 <= start < end <= " + source.length() + ", got start="
          + start + ", end=" + end);
    }
  }

  /**
   * The normalised form: lower-cased (root locale), typographic apostrophes as {@code '}, soft hyphens
   * dropped ({@code Russia’s} → {@code russia's}).
   */
  @JsonProperty("norm")
  public String norm() {
    return TokenAttributes.norm(source, start, end);
  }

  /** The letter-case and digit shape of the token as written. */
  @JsonProperty("shape")
  public Shape shape() {
    return TokenAttributes.shape(source, start, end);
  }

  /** The covered text as written. */
  public String text() {
    return source.substring(start, end);
  }

  /**
   * The Snowball stem of {@link #norm} (English for Latin script, Russian for Cyrillic;
   * {@code liberated} → {@code liber}), or {@link #norm} itself for tokens that are not words.
   */
  @JsonProperty("lemma")
  public String lemma() {
    String norm = norm();
    return kind == TokenKind.WORD ? TokenAttributes.lemma(norm) : norm;
  }

  /**
   * The numeric value of a number ({@code 1,006} → 1006, {@code 12.5%} → 12.5, {@code 50km} → 50,
   * {@code 3rd} → 3) or of an English number word ({@code seven}, {@code seventh}); null for everything
   * else, dates and times included.
   */
  @JsonProperty("value")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public @Nullable Double value() {
    return TokenAttributes.value(kind, norm());
  }

  @Override
  public String toString() {
    return "Token[" + start + ", " + end + ", " + kind + ", '" + text() + "']";
  }

  /** The token of {@code text[start, end)} with its attributes computed, for callers outside the segmenter. */
  public static Token of(String text, int start, int end, TokenKind kind) {
    return new TokenAttributes().token(text, start, end, kind);
  }

  /** Whether this is a word made of letters (not a number, link or mark). */
  public boolean isWord() {
    return kind == TokenKind.WORD;
  }

  /** The letter-case and digit shape of a token as written. */
  public enum Shape {
    /** Letters, all lower-case: {@code ceasefire}. */
    LOWER,
    /** An upper- or title-case letter, then lower-case: {@code Kyiv}, {@code I}. */
    CAPITALISED,
    /** Two or more letters, all upper-case: {@code NATO}. */
    UPPER,
    /** Letters in any other mix of cases: {@code iPhone}, {@code McDonald}. */
    MIXED,
    /** Digits with separators or a sign only: {@code 1,006}, {@code 2025-04-26}. */
    NUMERIC,
    /** Letters and digits: {@code Su-34}, {@code 50km}, {@code 3rd}. */
    ALPHANUMERIC,
    /** No letter and no digit: punctuation, symbols, emoji. */
    OTHER
  }

  /**
   * The tokens of {@code tokens} (in text order, as the token layer gives them) that lie inside
   * {@code [from, to)}: a view of the list, found by binary search.
   */
  public static List<Token> within(List<Token> tokens, int from, int to) {
    int lo = 0;
    int hi = tokens.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).start() < from) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    int end = lo;
    while (end < tokens.size() && tokens.get(end).end() <= to) {
      end++;
    }
    return tokens.subList(lo, end);
  }
}
