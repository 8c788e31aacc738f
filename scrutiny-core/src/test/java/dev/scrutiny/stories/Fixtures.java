package dev.scrutiny.stories;

import dev.scrutiny.Scrutiny;
import dev.scrutiny.article.Analysis;
import dev.scrutiny.ingest.ArticleReader;
import dev.scrutiny.ingest.IngestOptions;
import dev.scrutiny.ingest.IngestResult;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Reads and analyses (once per run) the multi-outlet sets under test resources {@code stories/}. */
final class Fixtures {

  private static final Map<String, List<Analysis>> CACHE = new ConcurrentHashMap<>();

  private Fixtures() {}

  static List<Analysis> analysed(String name) {
    return CACHE.computeIfAbsent(name, Fixtures::load);
  }

  private static List<Analysis> load(String name) {
    Path p;
    try {
      p = Path.of(Fixtures.class.getResource("/stories/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    List<Analysis> out = new ArrayList<>();
    for (IngestResult r : new ArticleReader(IngestOptions.defaults()).readAll(p.toString())) {
      if (!(r instanceof IngestResult.Loaded l)) {
        throw new IllegalStateException("fixture did not load: " + r);
      }
      out.add(Scrutiny.analyze(l.article()));
    }
    return out;
  }
}
