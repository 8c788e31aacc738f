package dev.scrutiny.article;

/**
 * An annotation with a short human-readable label (an entity type, a technique name, a time value).
 * Renderers show it next to the highlighted range; analyzers need not know how.
 */
public interface Labelled {

  /** A short label such as {@code PERSON} or {@code 2024-08-06}. */
  String label();

  /** A longer explanation shown on demand (a tooltip); defaults to the label. */
  default String detail() {
    return label();
  }
}
