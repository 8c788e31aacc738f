package dev.scrutiny.stories;

/** How one article copies another. */
public enum DuplicateKind {
  /** The same text, give or take a headline, a byline or a sentence. */
  VERBATIM,
  /** The same sentences reordered or with words swapped: what content farms do to agency copy. */
  LIGHT_REWRITE,
  /** A shorter text taken whole from inside the longer one. */
  EXCERPT;

  /** The JSON name: {@code verbatim}, {@code light-rewrite}, {@code excerpt}. */
  public String jsonName() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
