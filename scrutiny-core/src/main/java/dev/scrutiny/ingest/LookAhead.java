package dev.scrutiny.ingest;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An iterator over a source read one piece at a time, where a piece may yield no element (a blank
 * line, an archive record that is no article): {@link #fetch()} is asked until it yields one or
 * {@link #end()} is called.
 */
abstract class LookAhead<T> implements Iterator<T> {

  private @Nullable T next;
  private boolean ended;

  /** Reads one piece: its element, or null when it has none (then it is asked again unless ended). */
  protected abstract @Nullable T fetch();

  /** Says there is nothing more to fetch; an element already fetched is still returned. */
  protected final void end() {
    ended = true;
  }

  protected final boolean ended() {
    return ended;
  }

  @Override
  public final boolean hasNext() {
    while (next == null && !ended) {
      next = fetch();
    }
    return next != null;
  }

  @Override
  public final T next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    T r = Objects.requireNonNull(next);
    next = null;
    return r;
  }
}
