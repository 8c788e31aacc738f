package dev.scrutiny.markers;

/** What kind of wording a {@link TermMarker} is. */
public enum MarkerCategory {
  /** A label that passes judgement on its referent ("junta", "terrorist state", "collective West"). */
  LOADED_LABEL,
  /** A softer name for something harsher ("special military operation", "goodwill gesture"). */
  EUPHEMISM,
  /** A slur that denies the referent's humanity ("orcs", "ukrop"). */
  DEHUMANISING
}
