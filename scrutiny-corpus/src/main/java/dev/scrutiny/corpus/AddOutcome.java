package dev.scrutiny.corpus;

import java.util.Objects;

/**
 * What {@link CorpusStore#add} did with one article.
 *
 * @param status   added, added as a new revision of an article at the same URL, or already present
 * @param id       the store id of the article (the existing one when present)
 * @param revision 1 for a first version; n for the n-th text seen at the same URL
 */
public record AddOutcome(Status status, String id, int revision) {

  /** Whether the article was stored now, and how. */
  public enum Status {
    /** A new article. */
    ADDED,
    /** A new text at a URL already stored: a new revision of that article. */
    REVISION,
    /** The same text is already stored; nothing changed. */
    PRESENT
  }

  public AddOutcome {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(id, "id");
  }
}
