package dev.scrutiny.time;

import dev.scrutiny.article.LayerKey;
import dev.scrutiny.article.Labelled;
import dev.scrutiny.article.Spanned;
import java.util.Objects;

/**
 * A time expression with its TIMEX3 normalisation.
 *
 * @param start  first offset
 * @param end    end offset (exclusive)
 * @param text   the covered text
 * @param type   TIMEX3 type
 * @param value  TIMEX3 value: {@code 2024-08-06}, {@code 2025-04}, {@code P1Y}, {@code XXXX-WXX-1},
 *               {@code PRESENT_REF}, {@code 2024-SU}
 * @param anchor what the value was resolved against
 * @param rule   the id of the {@link TimexRule} that produced it ({@code day-of-month}, {@code offset});
 *               empty when it did not come from the tagger (gold annotations)
 */
public record TimeExpression(int start, int end, String text, TimeType type, String value, Anchor anchor,
                             String rule)
    implements Spanned, Labelled {

  /** The {@code times} layer, in document order. */
  public static final LayerKey<TimeExpression> LAYER =
      LayerKey.of("times", TimeExpression.class, LayerKey.Order.SORTED);

  public TimeExpression {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(anchor, "anchor");
    Objects.requireNonNull(rule, "rule");
  }

  /** An expression with no rule: a gold annotation or one built by hand. */
  public TimeExpression(int start, int end, String text, TimeType type, String value, Anchor anchor) {
    this(start, end, text, type, value, anchor, "");
  }

  @Override
  public String label() {
    return value;
  }

  @Override
  public String detail() {
    return type + " " + value + " (" + anchor + ")";
  }
}
