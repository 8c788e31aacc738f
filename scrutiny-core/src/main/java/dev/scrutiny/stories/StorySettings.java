package dev.scrutiny.stories;

/**
 * How readily an article joins a story. One setting serves both confusable-event topics and many
 * similar local incidents: the text must agree, and where, who and when must not point elsewhere.
 *
 * @param threshold   the least combined score for joining a story
 * @param minText     the least TF-IDF cosine with the story's text, whatever the other evidence
 * @param windowDays  how many days apart two event dates may be and still be one story
 * @param textWeight  weight of the text cosine in the score
 * @param whoWeight   weight of shared people and organisations
 * @param whereWeight weight of a shared place (negative evidence when both name places and none is shared)
 * @param whenWeight  weight of event-date closeness: 1 on the same day, 0.5 a day apart, negative beyond two
 */
public record StorySettings(double threshold, double minText, int windowDays, double textWeight,
                            double whoWeight, double whereWeight, double whenWeight)
    implements java.io.Serializable {

  /** The tuned default (on the multi-outlet sets in the tests). */
  public static StorySettings defaults() {
    return new StorySettings(0.45, 0.17, 3, 0.45, 0.15, 0.25, 0.15);
  }
}
