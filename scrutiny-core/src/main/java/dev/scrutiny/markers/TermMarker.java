package dev.scrutiny.markers;

import dev.scrutiny.article.Labelled;
import dev.scrutiny.article.Spanned;
import java.util.Objects;

/**
 * One match of a {@link Lexicon} term in the text.
 *
 * @param start    first offset (0-based UTF-16)
 * @param end      end offset, exclusive
 * @param text     the words as written ("Kiev regime's")
 * @param term     the lexicon term matched ("Kiev regime")
 * @param lemma    the matched lemma sequence ("kiev regim")
 * @param category loaded label, euphemism or dehumanising slur
 * @param side     the side the term typically marks
 * @param note     why the term is listed, from the lexicon
 */
public record TermMarker(int start, int end, String text, String term, String lemma, MarkerCategory category,
                         Side side, String note) implements Marker, Spanned, Labelled {

  public TermMarker {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("marker needs 0 <= start <= end, got start=" + start + ", end=" + end);
    }
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(term, "term");
    Objects.requireNonNull(lemma, "lemma");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(side, "side");
    Objects.requireNonNull(note, "note");
  }

  @Override
  public String label() {
    return term + " (" + side + ")";
  }

  @Override
  public String detail() {
    return category + ", " + side + ": " + note;
  }
}
