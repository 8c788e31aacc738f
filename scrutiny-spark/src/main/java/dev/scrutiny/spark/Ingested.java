package dev.scrutiny.spark;

import java.io.Serializable;
import org.jspecify.annotations.Nullable;

/** What reading yields for one article or one bad input: exactly one of the two is set. */
record Ingested(@Nullable ReadArticle article, @Nullable BadRecord bad) implements Serializable {

  Ingested {
    if ((article == null) == (bad == null)) {
      throw new IllegalArgumentException("exactly one of article and bad record must be set");
    }
  }

  static Ingested of(ReadArticle article) {
    return new Ingested(article, null);
  }

  static Ingested of(BadRecord bad) {
    return new Ingested(null, bad);
  }
}
