package dev.scrutiny.checks;

/** How strongly a {@link Check} suggests an error, from a figure worth knowing to a contradiction. */
public enum Severity {
  /** Context for the reader, such as the absolute figure a percentage implies; not a contradiction. */
  INFO,
  /** Probably wrong or misleading, but a reading exists under which it holds. */
  WARNING,
  /** Contradicts the calendar, the reference facts or the article itself under every reading found. */
  ERROR
}
