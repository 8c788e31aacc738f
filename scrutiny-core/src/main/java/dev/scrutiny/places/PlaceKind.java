package dev.scrutiny.places;

/** The kind of gazetteer feature a place resolved to. */
public enum PlaceKind {
  COUNTRY, REGION, CITY, OTHER;

  @Override
  public String toString() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
