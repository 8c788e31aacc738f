package dev.scrutiny.checks;

import dev.scrutiny.article.Labelled;
import dev.scrutiny.article.LayerKey;
import dev.scrutiny.article.Spanned;
import java.util.Objects;

/**
 * One inconsistency found in an article: the span it concerns, what kind of comparison found it, how
 * sure it is, a plain-language message, and the {@link Evidence} compared against.
 *
 * <p>Offsets are 0-based, end-exclusive UTF-16 offsets into the article text. Immutable.
 *
 * @param start    first offset of the statement checked
 * @param end      end offset (exclusive)
 * @param kind     the comparison that found it
 * @param severity how strongly it suggests an error
 * @param message  one sentence a reader can act on, naming the figures compared
 * @param evidence reference facts, the other span, the computed value
 */
public record Check(int start, int end, CheckKind kind, Severity severity, String message, Evidence evidence)
    implements Spanned, Labelled {

  /** The {@code checks} layer, in document order. */
  public static final LayerKey<Check> LAYER = LayerKey.of("checks", Check.class, LayerKey.Order.SORTED);

  public Check {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("check needs 0 <= start <= end, got start=" + start + ", end=" + end);
    }
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(evidence, "evidence");
  }

  @Override
  public String label() {
    return kind + " " + severity;
  }

  @Override
  public String detail() {
    return message;
  }
}
