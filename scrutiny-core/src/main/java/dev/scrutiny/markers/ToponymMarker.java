package dev.scrutiny.markers;

import dev.scrutiny.article.Labelled;
import dev.scrutiny.article.Spanned;
import dev.scrutiny.places.Convention;
import java.util.Objects;

/**
 * A place name written in a contested convention (Kiev or Kyiv, Artyomovsk or Bakhmut), from the places layer.
 *
 * @param start      first offset (0-based UTF-16)
 * @param end        end offset, exclusive
 * @param surface    the name as written
 * @param name       the gazetteer's canonical name
 * @param convention Russian-style or Ukrainian-style
 */
public record ToponymMarker(int start, int end, String surface, String name, Convention convention)
    implements Marker, Spanned, Labelled {

  public ToponymMarker {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("marker needs 0 <= start <= end, got start=" + start + ", end=" + end);
    }
    Objects.requireNonNull(surface, "surface");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(convention, "convention");
  }

  @Override
  public String label() {
    return convention.toString();
  }

  @Override
  public String detail() {
    return surface + " is the " + convention + " spelling of " + name;
  }
}
