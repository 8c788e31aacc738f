package dev.scrutiny.corpus;

import java.util.List;
import java.util.Objects;

/**
 * A result about several articles (a story, a duplicate pair, a contradiction, an agreement…), kept
 * as JSON with the ids of the articles it involves so it can be found from each of them.
 *
 * @param kind       {@code story}, {@code duplicate}, {@code contradiction}… (lower case)
 * @param id         unique within its kind
 * @param articleIds the store ids of the articles involved
 * @param json       the result itself, one JSON value
 */
public record CrossSourceResult(String kind, String id, List<String> articleIds, String json) {

  public CrossSourceResult {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(json, "json");
    articleIds = List.copyOf(articleIds);
  }
}
