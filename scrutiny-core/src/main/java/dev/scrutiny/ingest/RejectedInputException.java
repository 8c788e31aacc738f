package dev.scrutiny.ingest;

/** Internal signal that an input cannot become an article; becomes an {@link IngestResult.Failed}. */
final class RejectedInputException extends Exception {
  RejectedInputException(String reason) {
    super(reason, null, false, false);
  }
}
