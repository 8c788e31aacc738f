package dev.scrutiny.checks;

import dev.scrutiny.article.Span;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link Check} compared its span against: reference facts, another span of the same article,
 * and the value the check computed.
 *
 * @param facts     reference facts used, possibly none
 * @param other     the other span compared against (the conflicting statement, the place measured from),
 *                  or null
 * @param otherText the text of {@code other}, or null
 * @param computed  the figure the check computed ("about 1,006 km²", "55 km at 303°"), or null
 */
public record Evidence(List<ReferenceFact> facts, @Nullable Span other, @Nullable String otherText,
                       @Nullable String computed) {

  public Evidence {
    facts = List.copyOf(Objects.requireNonNull(facts, "facts"));
    if ((other == null) != (otherText == null)) {
      throw new IllegalArgumentException("other and otherText go together, got other=" + other
          + ", otherText=" + otherText);
    }
  }

  /** Evidence holding only a computed figure. */
  public static Evidence computed(String computed) {
    return new Evidence(List.of(), null, null, computed);
  }
}
