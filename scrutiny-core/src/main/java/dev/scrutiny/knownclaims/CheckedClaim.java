package dev.scrutiny.knownclaims;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A claim a fact-checker has already reviewed.
 *
 * @param id       stable identifier (given, else the review URL, else a line number)
 * @param text     the claim as reviewed
 * @param title    the review's headline, or null
 * @param summary  the review's one-line summary (subtitle, description), or null
 * @param verdict  the rating in words ("False", "Mostly true"), or null
 * @param url      the review's address, or null
 * @param reviewer who reviewed it, or null
 * @param date     when, as given, or null
 */
public record CheckedClaim(String id, String text, @Nullable String title, @Nullable String summary,
                           @Nullable String verdict,
                           @Nullable String url, @Nullable String reviewer, @Nullable String date) {

  public CheckedClaim {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
  }

  /** What the index searches: the claim, its headline and its summary, where given. */
  public String searchable() {
    StringBuilder b = new StringBuilder(text);
    if (title != null) {
      b.append('\n').append(title);
    }
    if (summary != null) {
      b.append('\n').append(summary);
    }
    return b.toString();
  }
}
