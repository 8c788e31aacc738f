package dev.scrutiny.markers;

/** The side a term typically marks when an author uses it in their own voice. */
public enum Side {
  /** Kremlin and Russian state media usage ("special military operation", "Kiev regime"). */
  PRO_KREMLIN,
  /** Ukrainian official and media usage ("orcs", "rashists", "terrorist state"). */
  PRO_UKRAINIAN,
  /** Both sides use it, each against the other, or it depends on what it is applied to ("liberate", "regime"). */
  CONTEXTUAL,
  /** No side; listed for completeness or for counting. */
  NEUTRAL
}
