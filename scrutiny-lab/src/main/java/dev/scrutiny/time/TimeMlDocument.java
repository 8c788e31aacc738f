package dev.scrutiny.time;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One TimeML document as read by {@link TimeMlReader}: the raw text of its {@code TEXT} element (tags
 * stripped, entities decoded), its creation date, and its gold TIMEX3 annotations with offsets into that
 * text. Immutable.
 *
 * @param id   the document identifier (the file name without {@code .tml})
 * @param text the raw text
 * @param dct  the document creation time's date, or null when the document has none
 * @param gold the gold expressions in document order; anchor is {@link Anchor#ABSOLUTE} (TimeML has none)
 */
public record TimeMlDocument(String id, String text, @Nullable LocalDate dct, List<TimeExpression> gold) {

  public TimeMlDocument {
    gold = List.copyOf(gold);
  }
}
