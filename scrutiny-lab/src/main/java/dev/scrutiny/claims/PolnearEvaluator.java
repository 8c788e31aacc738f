package dev.scrutiny.claims;

import dev.scrutiny.Scrutiny;
import dev.scrutiny.article.Analysis;
import dev.scrutiny.article.Article;
import dev.scrutiny.article.Layer;
import dev.scrutiny.article.Published;
import dev.scrutiny.article.Span;
import dev.scrutiny.entities.Entity;
import dev.scrutiny.entities.Mention;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Scores extracted statements against PolNeAR-style gold attributions.
 *
 * <p>A predicted attributed claim (assertions are left out) is correct when its content overlaps a gold
 * content by at least half of the shorter of the two, and its speaker overlaps the gold source or
 * resolves to an entity with a mention overlapping it; each gold attribution matches at most one claim.
 * Gold attributions without a source are not scored, and a claim whose content matches only such an
 * attribution is neither right nor wrong. Wrong claims are classed as <em>wrong speaker</em> (content
 * matches, speaker does not), <em>content mismatch</em> (speaker matches a gold attribution whose content
 * overlaps, but too little) or <em>spurious</em>; gold attributions that no claim overlaps are
 * <em>missed</em>.
 *
 * <pre>{@code
 * PolnearEvaluator.Result r = PolnearEvaluator.evaluate(PolnearReader.read(dir), PolnearEvaluator::analyse);
 * System.out.println(r.f1());
 * }</pre>
 */
public final class PolnearEvaluator {

  private PolnearEvaluator() {}

  /** Scored claims of one extraction rule ({@link Claim#rule()}): how many, and how each was judged. */
  public record RuleCounts(int predicted, int correct, int wrongSpeaker, int contentMismatch, int spurious) {

    RuleCounts plus(RuleCounts o) {
      return new RuleCounts(predicted + o.predicted, correct + o.correct, wrongSpeaker + o.wrongSpeaker,
          contentMismatch + o.contentMismatch, spurious + o.spurious);
    }

    public double precision() {
      return predicted == 0 ? 0 : correct / (double) predicted;
    }
  }

  /** Counts over a corpus; {@code byRule} splits the scored claims by the rule that found them. */
  public record Result(int documents, int characters, int gold, int predicted, int correct, int missed,
                       int spurious, int wrongSpeaker, int contentMismatch, int unscored, long nanos,
                       Map<String, RuleCounts> byRule) {

    public Result {
      byRule = Map.copyOf(byRule);
    }

    public double precision() {
      return predicted == 0 ? 0 : correct / (double) predicted;
    }

    public double recall() {
      return gold == 0 ? 0 : correct / (double) gold;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    Result plus(Result o) {
      return new Result(documents + o.documents, characters + o.characters, gold + o.gold,
          predicted + o.predicted, correct + o.correct, missed + o.missed, spurious + o.spurious,
          wrongSpeaker + o.wrongSpeaker, contentMismatch + o.contentMismatch, unscored + o.unscored,
          nanos + o.nanos, merge(byRule, o.byRule));
    }

    private static Map<String, RuleCounts> merge(Map<String, RuleCounts> a, Map<String, RuleCounts> b) {
      Map<String, RuleCounts> m = new HashMap<>(a);
      b.forEach((k, v) -> m.merge(k, v, RuleCounts::plus));
      return m;
    }

    /** A multi-line report; the last line is {@code F1 0.xxxx}. */
    public String report() {
      return String.format(Locale.ROOT, """
          documents %d, characters %d, %.0f chars/s
          gold attributions with a source %d, predicted attributed claims %d (plus %d matching only source-less gold, unscored)
          correct %d
          errors: missed %d, spurious %d, wrong speaker %d, content mismatch %d (missed + unmatched gold = %d)%s
          P %.4f
          R %.4f
          F1 %.4f""", documents, characters, nanos == 0 ? 0 : characters / (nanos / 1e9), gold, predicted,
          unscored, correct, missed, spurious, wrongSpeaker, contentMismatch, gold - correct, ruleReport(),
          precision(), recall(), f1());
    }

    /** A line per rule (after a line break), most claims first: counts and precision; empty without claims. */
    private String ruleReport() {
      StringBuilder b = new StringBuilder();
      byRule.entrySet().stream()
          .sorted(Map.Entry.<String, RuleCounts>comparingByValue(Comparator.comparingInt(RuleCounts::predicted))
              .reversed().thenComparing(Map.Entry.comparingByKey()))
          .forEach(e -> b.append(String.format(Locale.ROOT,
              "%nrule %-18s predicted %4d, correct %4d, wrong speaker %3d, content mismatch %3d, spurious %3d, P %.4f",
              e.getKey(), e.getValue().predicted(), e.getValue().correct(), e.getValue().wrongSpeaker(),
              e.getValue().contentMismatch(), e.getValue().spurious(), e.getValue().precision())));
      return b.toString();
    }
  }

  /** Analyses one article with the default pipeline and the claim analyzer, as the eval command does. */
  public static List<Claim> analyse(Article article) {
    return analyseFully(article).items(Claim.LAYER);
  }

  /**
   * The default pipeline's analysis of {@code article}. Should the claim analyzer fail on a document, the
   * analysis has no claims layer and says why in its diagnostics; the document then scores as all missed.
   */
  public static Analysis analyseFully(Article article) {
    return Scrutiny.defaultPipeline().run(article);
  }

  /** Analyses every document with {@code analyse} and scores the claims it returns. */
  public static Result evaluate(List<PolnearReader.Document> docs, Function<Article, Analysis> analyse) {
    Result total = new Result(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, Map.of());
    for (PolnearReader.Document d : docs) {
      Article article = Article.builder(d.id(), d.text()).published(d.published()).language("en").build();
      long t0 = System.nanoTime();
      Analysis a = analyse.apply(article);
      long nanos = System.nanoTime() - t0;
      Result r = score(d, a.items(Claim.LAYER), a.items(Entity.LAYER));
      total = total.plus(new Result(1, d.text().length(), r.gold, r.predicted, r.correct, r.missed, r.spurious,
          r.wrongSpeaker, r.contentMismatch, r.unscored, nanos, r.byRule));
    }
    return total;
  }

  /** Scores one document's claims (entities resolve speakers to gold sources). */
  public static Result score(PolnearReader.Document doc, List<Claim> claims, List<Entity> entities) {
    List<PolnearReader.Attribution> gold = doc.attributions().stream().filter(PolnearReader.Attribution::hasSource).toList();
    List<Claim> predicted = claims.stream().filter(Claim::attributed).toList();
    boolean[] gUsed = new boolean[gold.size()];
    List<Verdict> verdicts = judgeAll(doc, predicted, entities, gUsed);
    int[] counts = new int[Verdict.values().length];
    Map<String, RuleCounts> byRule = new HashMap<>();
    for (int p = 0; p < predicted.size(); p++) {
      Verdict v = verdicts.get(p);
      counts[v.ordinal()]++;
      if (v != Verdict.UNSCORED) {
        byRule.merge(predicted.get(p).rule(), v.counts(), RuleCounts::plus);
      }
    }
    int unscored = counts[Verdict.UNSCORED.ordinal()];
    return new Result(1, doc.text().length(), gold.size(), predicted.size() - unscored,
        counts[Verdict.CORRECT.ordinal()], missed(gold, gUsed, predicted), counts[Verdict.SPURIOUS.ordinal()],
        counts[Verdict.WRONG_SPEAKER.ordinal()], counts[Verdict.CONTENT_MISMATCH.ordinal()], unscored, 0, byRule);
  }

  /**
   * The verdict on each of {@code predicted} (attributed claims of one document), in order, as {@link #score}
   * counts them; marks the gold attributions with a source that were paired in {@code gUsed}.
   */
  static List<Verdict> judgeAll(PolnearReader.Document doc, List<Claim> predicted, List<Entity> entities,
                                boolean[] gUsed) {
    List<PolnearReader.Attribution> gold = doc.attributions().stream().filter(PolnearReader.Attribution::hasSource).toList();
    List<PolnearReader.Attribution> sourceless = doc.attributions().stream().filter(g -> !g.hasSource()).toList();
    Map<String, Entity> byId = new HashMap<>();
    for (Entity e : entities) {
      byId.put(e.id(), e);
    }
    boolean[] pUsed = new boolean[predicted.size()];
    match(predicted, gold, byId, pUsed, gUsed);
    List<Verdict> out = new ArrayList<>();
    for (int p = 0; p < predicted.size(); p++) {
      out.add(pUsed[p] ? Verdict.CORRECT : judge(predicted.get(p), gold, sourceless, byId));
    }
    return out;
  }

  /** How one predicted claim is judged. */
  enum Verdict {
    CORRECT, WRONG_SPEAKER, CONTENT_MISMATCH, UNSCORED, SPURIOUS;

    /** The claim's counts as its rule's tally takes them. */
    RuleCounts counts() {
      return new RuleCounts(1, this == CORRECT ? 1 : 0, this == WRONG_SPEAKER ? 1 : 0,
          this == CONTENT_MISMATCH ? 1 : 0, this == SPURIOUS ? 1 : 0);
    }
  }

  /**
   * Pairs claims with gold attributions whose content and speaker both match, largest content overlap
   * first, each at most once; marks the paired ones in {@code pUsed} and {@code gUsed}.
   */
  private static void match(List<Claim> predicted, List<PolnearReader.Attribution> gold, Map<String, Entity> byId,
                            boolean[] pUsed, boolean[] gUsed) {
    record Pair(int p, int g, int overlap) {}
    List<Pair> pairs = new ArrayList<>();
    for (int p = 0; p < predicted.size(); p++) {
      for (int g = 0; g < gold.size(); g++) {
        Claim c = predicted.get(p);
        PolnearReader.Attribution a = gold.get(g);
        if (contentMatches(c.contentParts(), a.content()) && speakerMatches(c, a, byId)) {
          pairs.add(new Pair(p, g, overlap(c.contentParts(), a.content())));
        }
      }
    }
    pairs.sort(Comparator.comparingInt(Pair::overlap).reversed());
    for (Pair pr : pairs) {
      if (!pUsed[pr.p()] && !gUsed[pr.g()]) {
        pUsed[pr.p()] = true;
        gUsed[pr.g()] = true;
      }
    }
  }

  /** The error class of a claim no gold attribution was paired with. */
  private static Verdict judge(Claim c, List<PolnearReader.Attribution> gold,
                               List<PolnearReader.Attribution> sourceless, Map<String, Entity> byId) {
    boolean contentHit = false;
    boolean partialWithSpeaker = false;
    for (PolnearReader.Attribution a : gold) {
      contentHit |= contentMatches(c.contentParts(), a.content());
      partialWithSpeaker |= overlap(c.contentParts(), a.content()) > 0 && speakerMatches(c, a, byId);
    }
    if (contentHit) {
      return Verdict.WRONG_SPEAKER;
    } else if (partialWithSpeaker) {
      return Verdict.CONTENT_MISMATCH;
    } else if (sourceless.stream().anyMatch(a -> contentMatches(c.contentParts(), a.content()))) {
      return Verdict.UNSCORED;
    }
    return Verdict.SPURIOUS;
  }

  /** Gold attributions left unmatched that no claim's content even overlaps. */
  private static int missed(List<PolnearReader.Attribution> gold, boolean[] gUsed, List<Claim> predicted) {
    int missed = 0;
    for (int g = 0; g < gold.size(); g++) {
      PolnearReader.Attribution a = gold.get(g);
      if (!gUsed[g] && predicted.stream().noneMatch(c -> overlap(c.contentParts(), a.content()) > 0)) {
        missed++;
      }
    }
    return missed;
  }

  static boolean contentMatches(List<Span> predicted, List<Span> gold) {
    int shorter = Math.min(length(predicted), length(gold));
    return shorter > 0 && overlap(predicted, gold) * 2 >= shorter;
  }

  private static boolean speakerMatches(Claim c, PolnearReader.Attribution a, Map<String, Entity> entities) {
    for (Span s : a.source()) {
      if (c.speaker() != null && c.speaker().overlaps(s)) {
        return true;
      }
      Entity e = c.speakerEntityId() == null ? null : entities.get(c.speakerEntityId());
      if (e != null) {
        for (Mention m : e.mentions()) {
          if (m.span().overlaps(s)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  static int length(List<Span> spans) {
    return spans.stream().mapToInt(Span::length).sum();
  }

  static int overlap(List<Span> a, List<Span> b) {
    int o = 0;
    for (Span x : a) {
      for (Span y : b) {
        o += Math.max(0, Math.min(x.end(), y.end()) - Math.max(x.start(), y.start()));
      }
    }
    return o;
  }

  /** Publication dates from a PolNeAR {@code metadata.tsv} in {@code dir} or its parent, by file id. */
  public static Map<String, Published> publicationDates(Path dir) throws IOException {
    Map<String, Published> out = new HashMap<>();
    for (Path p : new Path[] {dir.resolve("metadata.tsv"), dir.toAbsolutePath().getParent() == null ? null
        : dir.toAbsolutePath().getParent().resolve("metadata.tsv")}) {
      if (p == null || !Files.isRegularFile(p)) {
        continue;
      }
      List<String> lines = Files.readAllLines(p, StandardCharsets.UTF_8);
      if (lines.isEmpty()) {
        continue;
      }
      List<String> header = List.of(lines.get(0).split("\t"));
      int file = header.indexOf("filename");
      int date = header.indexOf("publication_date");
      if (file < 0 || date < 0) {
        continue;
      }
      for (String line : lines.subList(1, lines.size())) {
        String[] cols = line.split("\t");
        if (cols.length > Math.max(file, date)) {
          try {
            out.put(cols[file], Published.parse(cols[date]));
          } catch (RuntimeException e) {
            // a malformed date leaves that article undated
          }
        }
      }
      break;
    }
    return out;
  }
}
