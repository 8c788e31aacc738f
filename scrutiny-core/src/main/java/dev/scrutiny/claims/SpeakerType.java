package dev.scrutiny.claims;

/** Who stands behind a statement. */
public enum SpeakerType {
  PERSON,
  ORGANIZATION,
  /** Ministries, armies, the Kremlin, the Pentagon, a state's general staff, a state named as actor. */
  GOVERNMENT,
  /** News outlets and agencies: Reuters, TASS, RIA Novosti, the Kyiv Independent. */
  MEDIA,
  /** Unnamed sources: "some analysts", "observers", "officials", "a Ukrainian soldier". */
  ANONYMOUS,
  /** The article's author: an unattributed assertion. */
  AUTHOR
}
