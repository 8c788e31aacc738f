package dev.scrutiny.ingest;

import java.io.Closeable;
import java.util.Iterator;
import java.util.List;

/** Iterates the results of one input; may hold an open stream until closed. */
interface ResultSource extends Iterator<IngestResult>, Closeable {

  @Override
  void close();

  /** The one result of an input read whole. */
  static ResultSource single(IngestResult result) {
    return many(List.of(result));
  }

  /** Results already in memory, such as the records of a CSV file. */
  static ResultSource many(List<IngestResult> results) {
    Iterator<IngestResult> it = results.iterator();
    return new ResultSource() {
      @Override
      public boolean hasNext() {
        return it.hasNext();
      }

      @Override
      public IngestResult next() {
        return it.next();
      }

      @Override
      public void close() {}
    };
  }
}
