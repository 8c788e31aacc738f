package dev.scrutiny.places;

/**
 * Which English naming convention an article used for a place: Russian-style (Kiev, Kharkov,
 * Artyomovsk), Ukrainian-style (Kyiv, Kharkiv, Bakhmut), or a name with no contested variant.
 */
public enum Convention {
  RU_STYLE("ru-style"), UK_STYLE("uk-style"), NEUTRAL("neutral");

  private final String json;

  Convention(String json) {
    this.json = json;
  }

  @Override
  public String toString() {
    return json;
  }
}
