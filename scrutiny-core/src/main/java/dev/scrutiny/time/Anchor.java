package dev.scrutiny.time;

/** What a normalised time value was computed from. */
public enum Anchor {
  /** Resolved against the article's publication date ("last week"). */
  PUBLICATION,
  /** Resolved against a reference date inferred from the text, the publication date being unknown. */
  INFERRED,
  /** Needs no reference ("6 August 2024", "P1Y"). */
  ABSOLUTE;

  @Override
  public String toString() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
