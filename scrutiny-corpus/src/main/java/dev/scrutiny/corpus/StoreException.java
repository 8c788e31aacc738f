package dev.scrutiny.corpus;

/** The database could not be opened, migrated, read or written; keeps the cause. */
public final class StoreException extends RuntimeException {

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }

  public StoreException(String message) {
    super(message);
  }
}
