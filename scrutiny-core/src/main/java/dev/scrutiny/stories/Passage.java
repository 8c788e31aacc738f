package dev.scrutiny.stories;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A stretch of one article's text that a finding rests on.
 *
 * @param article   the article id
 * @param source    the outlet
 * @param published its publication date, or null
 * @param start     start offset into the article text (UTF-16, inclusive)
 * @param end       end offset (exclusive)
 * @param text      the covered text
 */
public record Passage(String article, String source, @Nullable LocalDate published, int start, int end,
                      String text) {

  static Passage of(Digest d, int start, int end) {
    return new Passage(d.id(), d.source(), d.published(), start, end, d.article().text().substring(start, end));
  }
}
