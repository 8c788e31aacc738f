package dev.scrutiny.claims;

/** What a reporting cue implies about the statement, beyond that it was made. */
public enum Stance {
  /** Says only that the statement was made: said, stated, told, wrote, according to. */
  NEUTRAL,
  /** Colours the statement or its speaker: claimed, admitted, boasted, insisted, conceded, alleged. */
  LOADED
}
