package dev.scrutiny.corpus.export;

import dev.scrutiny.corpus.CorpusStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/** Every stored analysis, one JSON object per line (the documented schema, ids the store's), in insertion order. */
public final class JsonlExport {

  private JsonlExport() {}

  /** Writes the analyses; returns how many. */
  public static long write(CorpusStore store, Writer out) throws IOException {
    long[] n = {0};
    try {
      store.forEachArticle(a -> {
        try {
          out.write(a.analysisJson());
          out.write('\n');
          n[0]++;
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    out.flush();
    return n[0];
  }
}
