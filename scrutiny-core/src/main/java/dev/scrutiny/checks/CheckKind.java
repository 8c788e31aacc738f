package dev.scrutiny.checks;

/** What a {@link Check} compared. */
public enum CheckKind {
  /** Ordinal years, "N days ago" and event order against the publication date and reference dates. */
  TEMPORAL,
  /** Percentages recomputed from reference quantities; parts that do not sum to their stated total. */
  ARITHMETIC,
  /** Estimates given with more significant digits than any estimate can have. */
  PRECISION,
  /** Distances, bearings and regions against gazetteer coordinates. */
  GEOGRAPHIC,
  /** Two statements in the same article giving different numbers for the same quantity. */
  CROSS_CLAIM,
  /** "Three key aspects" followed by a different number of items. */
  ENUMERATION
}
