package dev.scrutiny.stories;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Articles that tell one event, across outlets and days.
 *
 * @param id       stable within one index: {@code s1}, {@code s2}, … in order of creation
 * @param articles article ids in the order they joined
 * @param title    the title of the earliest article that has one, or null
 * @param first    the earliest publication (else event) date among the articles, or null
 * @param last     the latest such date, or null
 */
public record Story(String id, List<String> articles, @Nullable String title, @Nullable LocalDate first,
                    @Nullable LocalDate last) {

  public Story {
    articles = List.copyOf(articles);
  }
}
