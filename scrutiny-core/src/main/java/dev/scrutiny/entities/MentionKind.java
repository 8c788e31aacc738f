package dev.scrutiny.entities;

/** How a mention refers to its entity. */
public enum MentionKind {
  /** A proper name: "Vladimir Putin", "Putin". */
  NAME,
  /** A role or description: "the Russian president". */
  NOMINAL,
  /** A pronoun: "he", "she". */
  PRONOUN
}
