package dev.scrutiny.stories;

import java.util.List;

/**
 * Two accounts of one story compared on one point: they contradict each other, one updates the other,
 * or they agree.
 *
 * @param story       the story id
 * @param relation    contradiction, update or agreement
 * @param kind        what is compared: a figure, the status of a place, or who did it
 * @param subject     the quantity, place or act compared, such as {@code people killed} or {@code Robotyne}
 * @param a           the passage from the earlier (or first-added) article
 * @param b           the passage from the other article
 * @param explanation one plain-language sentence saying what differs (or agrees) and why it matters
 */
public record Finding(String story, Relation relation, Kind kind, String subject, Passage a, Passage b,
                      String explanation) {

  /** How the two passages relate. */
  public enum Relation { CONTRADICTION, UPDATE, AGREEMENT }

  /** What the passages are compared on. */
  public enum Kind {
    FIGURE, STATUS, ATTRIBUTION;

    public String jsonName() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** The two article ids. */
  public List<String> articles() {
    return List.of(a.article(), b.article());
  }
}
