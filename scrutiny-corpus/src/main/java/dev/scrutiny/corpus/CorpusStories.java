package dev.scrutiny.corpus;

import dev.scrutiny.stories.AlignedStatement;
import dev.scrutiny.stories.CrossSource;
import dev.scrutiny.stories.CrossSourceReport;
import dev.scrutiny.stories.Digest;
import dev.scrutiny.stories.Duplicate;
import dev.scrutiny.stories.Finding;
import dev.scrutiny.stories.OutletProfile;
import dev.scrutiny.stories.StoredAnalysis;
import dev.scrutiny.stories.StoriesJson;
import dev.scrutiny.stories.Story;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Stories across the sources of a corpus: its articles (latest revisions) are read back from their stored
 * analyses (no analyzer runs), compared with {@link CrossSource}, and the results stored for the web app.
 *
 * <p>Stored rows: one {@code story} row per story (a stories document of that story alone, which the web
 * app renders), and one row per {@code duplicate}, {@code statement}, {@code contradiction}, {@code update},
 * {@code agreement} (the documented JSON object) and {@code outlet} (a stories document with that outlet's
 * profile). Each row names the articles it involves.
 *
 * <pre>{@code
 * CorpusStories.Run run = CorpusStories.compare(store, line -> System.err.println(line));
 * store.replaceResults(CorpusStories.results(run.report()));
 * }</pre>
 */
public final class CorpusStories {

  /**
   * One comparison of a corpus.
   *
   * @param report   what was found, with story ids from {@link #stableIds}
   * @param digests  the articles compared, in the order they were added (oldest first)
   * @param failures stored analyses that could not be read back, by article id
   * @param older    older revisions left out
   * @param readNanos    time spent reading the stored analyses back
   * @param compareNanos time spent comparing
   */
  public record Run(CrossSourceReport report, List<Digest> digests, List<StoriesJson.Failure> failures, int older,
                    long readNanos, long compareNanos) {}

  private static final int PROGRESS_EVERY = 5000;
  private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

  /**
   * Compares every latest revision of the corpus.
   *
   * @param progress receives a line every few thousand articles (for long runs)
   */
  public static Run compare(CorpusStore store, Consumer<String> progress) {
    long t0 = System.nanoTime();
    long total = store.count();
    List<Digest> digests = new ArrayList<>();
    List<StoriesJson.Failure> failures = new ArrayList<>();
    int[] seen = {0, 0};
    store.forEachArticle(stored -> {
      if (++seen[0] % PROGRESS_EVERY == 0) {
        progress.accept(String.format(Locale.ROOT, "read %,d of %,d stored articles", seen[0], total));
      }
      if (!stored.latest()) {
        seen[1]++;
        return;
      }
      try {
        digests.add(Digest.of(StoredAnalysis.read(stored.analysisJson(), "stored article " + stored.id())));
      } catch (IllegalArgumentException e) {
        failures.add(new StoriesJson.Failure(stored.id(), e.getMessage()));
      }
    });
    long t1 = System.nanoTime();
    digests.sort(Comparator.comparing((Digest d) -> time(d), Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(Digest::id));
    CrossSource cs = new CrossSource();
    for (int i = 0; i < digests.size(); i++) {
      cs.add(digests.get(i));
      if ((i + 1) % PROGRESS_EVERY == 0) {
        progress.accept(String.format(Locale.ROOT, "compared %,d of %,d articles", i + 1, digests.size()));
      }
    }
    CrossSourceReport report = stableIds(cs.report());
    return new Run(report, cs.digests(), failures, seen[1], t1 - t0, System.nanoTime() - t1);
  }

  private static LocalDateTime time(Digest d) {
    return d.publishedAt() != null ? d.publishedAt() : d.published() != null ? d.published().atStartOfDay() : null;
  }

  /**
   * Story ids taken from the story's first article ({@code s} and the article id without its leading
   * {@code a}), so a story keeps its address when the corpus is compared again and grows.
   */
  public static CrossSourceReport stableIds(CrossSourceReport r) {
    return r.withStoryIds(s -> "s" + (s.articles().getFirst().startsWith("a")
        ? s.articles().getFirst().substring(1) : s.articles().getFirst()));
  }

  /** The report as store rows (see the class comment). */
  public static List<CrossSourceResult> results(CrossSourceReport r) {
    List<CrossSourceResult> out = new ArrayList<>();
    for (Story s : r.stories()) {
      out.add(new CrossSourceResult("story", s.id(), s.articles(), StoriesJson.toJson(r.only(s), List.of())));
    }
    for (Duplicate d : r.duplicates()) {
      CrossSourceReport one = part(List.of(), List.of(d), List.of(), List.of(), List.of(), List.of(), List.of());
      out.add(new CrossSourceResult("duplicate", d.a() + "-" + d.b(), List.of(d.a(), d.b()), element(one, "duplicates")));
    }
    int n = 0;
    for (AlignedStatement x : r.statements()) {
      CrossSourceReport one = part(List.of(), List.of(), List.of(x), List.of(), List.of(), List.of(), List.of());
      out.add(new CrossSourceResult("statement", x.story() + "-" + ++n,
          x.versions().stream().map(AlignedStatement.Version::article).toList(), element(one, "statements")));
    }
    findings(out, "contradiction", r.contradictions());
    findings(out, "update", r.updates());
    findings(out, "agreement", r.agreements());
    for (OutletProfile o : r.outlets()) {
      out.add(new CrossSourceResult("outlet", o.source(), List.of(),
          StoriesJson.toJson(part(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(o)), List.of())));
    }
    return out;
  }

  private static void findings(List<CrossSourceResult> out, String kind, List<Finding> list) {
    int n = 0;
    for (Finding f : list) {
      Finding.Relation rel = f.relation();
      CrossSourceReport one = part(List.of(), List.of(), List.of(), rel == Finding.Relation.CONTRADICTION ? List.of(f)
          : List.of(), rel == Finding.Relation.UPDATE ? List.of(f) : List.of(), rel == Finding.Relation.AGREEMENT
          ? List.of(f) : List.of(), List.of());
      out.add(new CrossSourceResult(kind, f.story() + "-" + ++n, f.articles(),
          element(one, kind.toLowerCase(Locale.ROOT) + "s")));
    }
  }

  private static CrossSourceReport part(List<Story> s, List<Duplicate> d, List<AlignedStatement> x, List<Finding> c,
                                        List<Finding> u, List<Finding> a, List<OutletProfile> o) {
    return new CrossSourceReport(s, d, x, c, u, a, o);
  }

  /** The single element of one array of a stories document, as the schema writes it. */
  private static String element(CrossSourceReport one, String array) {
    try {
      var tree = JSON.readTree(StoriesJson.toJson(one, List.of()));
      return tree.path(array).get(0).toString();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
