package dev.scrutiny.stories;

import org.jspecify.annotations.Nullable;

/**
 * A figure an article gives for a quantity: "at least 12 civilians were killed".
 *
 * @param start      start offset of the number
 * @param end        end offset of the number and its noun
 * @param sentenceStart start of the sentence (the passage shown)
 * @param sentenceEnd   end of the sentence
 * @param value      the number
 * @param bound      exact, at least, at most or about
 * @param unit       what is counted, canonical: {@code people}, {@code drones}, {@code tonnes} …
 * @param event      what happened to it: {@code killed}, {@code injured}, {@code downed}, {@code launched} …
 * @param total      a running total ("since February", "so far") rather than one event's figure
 * @param speaker    the speaker the figure is attributed to (claim speaker key), or null for the outlet's own
 */
public record Figure(int start, int end, int sentenceStart, int sentenceEnd, double value, Bound bound,
                     String unit, String event, boolean total, @Nullable String speaker) {

  /** How exactly the figure is meant. */
  public enum Bound { EXACT, AT_LEAST, AT_MOST, ABOUT }

  /** The quantity this figure measures: unit, event and whether it is a running total. */
  public String quantity() {
    return unit + " " + event + (total ? " (total)" : "");
  }

  /** Whether both figures can be true of one quantity: their ranges ("at least 12", "about 50") meet. */
  public boolean compatible(Figure o) {
    return low() <= o.high() && o.low() <= high();
  }

  private double low() {
    return switch (bound) {
      case EXACT, AT_LEAST -> value;
      case AT_MOST -> 0;
      case ABOUT -> value * 0.85;
    };
  }

  private double high() {
    return switch (bound) {
      case EXACT, AT_MOST -> value;
      case AT_LEAST -> Double.POSITIVE_INFINITY;
      case ABOUT -> value * 1.15;
    };
  }
}
