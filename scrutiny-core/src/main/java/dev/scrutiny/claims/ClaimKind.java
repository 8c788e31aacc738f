package dev.scrutiny.claims;

/** How a statement is attributed. */
public enum ClaimKind {
  /** Quoted words: “The front is holding,” he said. Also a quote split by its cue. */
  DIRECT,
  /** Reported speech without quotation marks: He said the front was holding. */
  INDIRECT,
  /** "According to X, …" or "…, according to X". */
  ACCORDING_TO,
  /** Reported speech that quotes part of the words: He said the front was “holding firm”. */
  MIXED,
  /** A checkable statement in the author's own voice, attributed to nobody. */
  ASSERTION
}
