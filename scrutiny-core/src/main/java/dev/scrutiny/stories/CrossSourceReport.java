package dev.scrutiny.stories;

import java.util.List;

/**
 * Everything the cross-source comparison found in a set of articles.
 *
 * @param stories        articles grouped by the event they tell
 * @param duplicates     copies, rewrites and excerpts, with who published first
 * @param statements     statements reported by more than one article, aligned
 * @param contradictions conflicting figures, place statuses and attributions between articles of a story
 * @param updates        later figures (or statuses) from the same source
 * @param agreements     equal figures from independent outlets
 * @param outlets        one profile per outlet
 */
public record CrossSourceReport(List<Story> stories, List<Duplicate> duplicates, List<AlignedStatement> statements,
                                List<Finding> contradictions, List<Finding> updates, List<Finding> agreements,
                                List<OutletProfile> outlets) {

  public CrossSourceReport {
    stories = List.copyOf(stories);
    duplicates = List.copyOf(duplicates);
    statements = List.copyOf(statements);
    contradictions = List.copyOf(contradictions);
    updates = List.copyOf(updates);
    agreements = List.copyOf(agreements);
    outlets = List.copyOf(outlets);
  }
}
