package dev.scrutiny.entities;

/** The kinds of named entity Scrutiny recognises. */
public enum EntityType {
  PERSON,
  ORGANIZATION,
  /** Countries, regions, cities, rivers, front-line villages. */
  LOCATION,
  /** Nationalities, political and military groups: "Ukrainian", "North Korean", "Western". */
  NORP,
  /** Events, weapons (ATACMS), operation names, anything else named. */
  MISC
}
