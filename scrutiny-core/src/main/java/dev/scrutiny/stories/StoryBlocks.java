package dev.scrutiny.stories;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Cuts a corpus into blocks that can be grouped into stories independently, for distributed runs.
 *
 * <p>A {@link StoryIndex} built with corpus-wide document frequencies compares an article only with stories
 * that share one of its {@linkplain StoryIndex#blockingKeys blocking keys} with some member whose event day
 * is at most {@link StorySettings#windowDays()} days away (or, for an article without an event date, with a
 * member that has none either). Link every two articles so related: the connected parts of that graph
 * are closed, no story can span two of them, and clustering each part on its own, in the corpus order,
 * gives the same stories as one index over the whole corpus.
 *
 * <p>{@link #links} makes those links for the articles of one key with few edges: sorted by day, the
 * articles fall into runs whose neighbours are at most the window apart; each member of a run is linked to
 * the run's first article (a star, so that connected parts are found in few rounds), and articles without
 * a date form one run of their own.
 */
public final class StoryBlocks {

  private StoryBlocks() {}

  /**
   * The links among the articles sharing one key.
   *
   * @param days   the event day of each article (null when it has none), in any order
   * @param window the most days apart two articles of one run may be from their neighbour
   * @return pairs {@code {i, j}} of positions in {@code days}: {@code i} is the first of its run
   */
  public static List<int[]> links(List<@Nullable LocalDate> days, int window) {
    if (window < 0) {
      throw new IllegalArgumentException("window must not be negative, got " + window);
    }
    List<Integer> dated = new ArrayList<>();
    int undatedHead = -1;
    List<int[]> out = new ArrayList<>();
    for (int i = 0; i < days.size(); i++) {
      if (days.get(i) == null) {
        if (undatedHead < 0) {
          undatedHead = i;
        } else {
          out.add(new int[] {undatedHead, i});
        }
      } else {
        dated.add(i);
      }
    }
    dated.sort(Comparator.comparing((Integer i) -> days.get(i)).thenComparingInt(i -> i));
    int head = -1;
    LocalDate previous = null;
    for (int i : dated) {
      LocalDate d = days.get(i);
      if (head < 0 || ChronoUnit.DAYS.between(previous, d) > window) {
        head = i;
      } else {
        out.add(new int[] {head, i});
      }
      previous = d;
    }
    return out;
  }
}
