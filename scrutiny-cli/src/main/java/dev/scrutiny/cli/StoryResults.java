package dev.scrutiny.cli;

import dev.scrutiny.corpus.CrossSourceResult;
import dev.scrutiny.stories.AlignedStatement;
import dev.scrutiny.stories.CrossSourceReport;
import dev.scrutiny.stories.Duplicate;
import dev.scrutiny.stories.Finding;
import dev.scrutiny.stories.OutletProfile;
import dev.scrutiny.stories.StoriesJson;
import dev.scrutiny.stories.Story;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A cross-source report as corpus-store rows: one {@code story} row per story (a stories document of that
 * story alone, which the web app renders), and one row per {@code duplicate}, {@code statement},
 * {@code contradiction}, {@code update}, {@code agreement} (the documented JSON object) and {@code outlet}
 * (a stories document with that outlet's profile). Each row names the articles it involves.
 */
final class StoryResults {

  private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

  private StoryResults() {}

  /**
   * Story ids taken from the story's first article ({@code s} and the article id without its leading
   * {@code a}), so a story keeps its address when the corpus is compared again and grows.
   */
  static CrossSourceReport stableIds(CrossSourceReport r) {
    return r.withStoryIds(s -> "s" + (s.articles().getFirst().startsWith("a")
        ? s.articles().getFirst().substring(1) : s.articles().getFirst()));
  }

  static List<CrossSourceResult> of(CrossSourceReport r) {
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
