package dev.scrutiny.article;

/**
 * A character range of an article's {@link Article#text() text}.
 *
 * <p>Offsets are 0-based and end-exclusive, counted in UTF-16 code units, the way Java's
 * {@link String} and JavaScript index strings: {@code text.substring(start, end)} is the covered text.
 * Convert only at the edges (code points for Python consumers, source HTML offsets for extraction).
 *
 * @param start first covered offset, {@code >= 0}
 * @param end   offset after the last covered character, {@code >= start}
 */
public record Span(int start, int end) implements Comparable<Span> {

  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("span needs 0 <= start <= end, got start=" + start + ", end=" + end);
    }
  }

  public int length() {
    return end - start;
  }

  public boolean isEmpty() {
    return start == end;
  }

  public boolean contains(Span other) {
    return start <= other.start && other.end <= end;
  }

  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }

  /** Orders by start, then by end: the document order of layers. */
  @Override
  public int compareTo(Span o) {
    int c = Integer.compare(start, o.start);
    return c != 0 ? c : Integer.compare(end, o.end);
  }
}
