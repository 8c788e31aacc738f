package dev.scrutiny.stories;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

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

  /**
   * The same report with each story renamed (and every statement and finding following it), for ids
   * that outlive one run, such as one taken from the story's first article.
   *
   * @throws IllegalArgumentException when two stories would get the same id
   */
  public CrossSourceReport withStoryIds(Function<Story, String> newId) {
    Map<String, String> ids = new HashMap<>();
    Set<String> taken = new HashSet<>();
    List<Story> renamed = stories.stream().map(s -> {
      String id = newId.apply(s);
      if (!taken.add(id)) {
        throw new IllegalArgumentException("two stories would be called " + id);
      }
      ids.put(s.id(), id);
      return new Story(id, s.articles(), s.title(), s.first(), s.last());
    }).toList();
    return new CrossSourceReport(renamed, duplicates,
        statements.stream().map(x -> new AlignedStatement(ids.getOrDefault(x.story(), x.story()), x.speaker(), x.name(),
            x.versions(), x.notReported())).toList(),
        renamed(contradictions, ids), renamed(updates, ids), renamed(agreements, ids), outlets);
  }

  private static List<Finding> renamed(List<Finding> list, Map<String, String> ids) {
    return list.stream().map(f -> new Finding(ids.getOrDefault(f.story(), f.story()), f.relation(), f.kind(), f.subject(),
        f.a(), f.b(), f.explanation())).toList();
  }

  /** One story alone: its statements and findings, and the copies that involve its articles; no outlets. */
  public CrossSourceReport only(Story story) {
    Set<String> members = new HashSet<>(story.articles());
    return new CrossSourceReport(List.of(story),
        duplicates.stream().filter(d -> members.contains(d.a()) || members.contains(d.b())).toList(),
        statements.stream().filter(x -> x.story().equals(story.id())).toList(),
        contradictions.stream().filter(f -> f.story().equals(story.id())).toList(),
        updates.stream().filter(f -> f.story().equals(story.id())).toList(),
        agreements.stream().filter(f -> f.story().equals(story.id())).toList(), List.of());
  }
}
