package dev.scrutiny.claims;

/** Whose side a speaker speaks for in the Russia–Ukraine war, judged from their name, role and affiliation. */
public enum SpeakerSide {
  /** The Kremlin, Russian officials, armed forces and state media. */
  RUSSIAN,
  /** Ukrainian officials, armed forces and media. */
  UKRAINIAN,
  /** Neither side, both, or not known; also the author's own assertions. */
  OTHER
}
