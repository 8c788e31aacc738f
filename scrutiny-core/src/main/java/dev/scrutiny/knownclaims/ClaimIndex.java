package dev.scrutiny.knownclaims;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.PriorityQueue;

/**
 * A collection of checked claims with a ranker. {@link #match} returns the best candidates for a
 * statement; {@link #checkedBefore} only those scoring at least the threshold, for showing "checked before,
 * verdict …" beside a statement. Immutable; thread-safe when the ranker is.
 *
 * <pre>{@code
 * ClaimIndex index = ClaimIndex.bm25(CheckedClaims.load(Path.of("reviews.jsonld")));
 * index.checkedBefore("Ukraine lost 20,000 soldiers in one week", 3);
 * }</pre>
 */
public final class ClaimIndex {

  /** A checked claim and how well it matches. */
  public record Match(CheckedClaim claim, float score) {}

  /**
   * The share of the statement's best possible BM25 score from which a match is shown as "checked before":
   * a conservative default (most of the statement's weighty words recur), not tuned, since the CheckThat!
   * data has no statements without a match to tune it on.
   */
  public static final float BM25_THRESHOLD = 0.4f;

  private final List<CheckedClaim> claims;
  private final Ranker ranker;
  private final float threshold;

  public ClaimIndex(List<CheckedClaim> claims, Ranker ranker, float threshold) {
    this.claims = List.copyOf(claims);
    this.ranker = Objects.requireNonNull(ranker, "ranker");
    this.threshold = threshold;
  }

  /** BM25 (k1 1.2, b 0.4: chosen on CheckThat! 2022 2A train) over each claim's text, title and summary. */
  public static ClaimIndex bm25(List<CheckedClaim> claims) {
    return new ClaimIndex(claims, new Bm25(claims.stream().map(CheckedClaim::searchable).toList(), 1.2f, 0.4f),
        BM25_THRESHOLD);
  }

  public List<CheckedClaim> claims() {
    return claims;
  }

  /** The {@code k} best-scoring claims, best first (ties by collection order). */
  public List<Match> match(String statement, int k) {
    return top(ranker.scores(statement), k, Float.NEGATIVE_INFINITY);
  }

  /** Like {@link #match}, keeping only matches whose share of the ranker's ceiling reaches the threshold. */
  public List<Match> checkedBefore(String statement, int k) {
    float ceiling = ranker.ceiling(statement);
    if (!(ceiling > 0)) {
      return List.of();
    }
    return top(ranker.scores(statement), k, threshold * ceiling);
  }

  private List<Match> top(float[] scores, int k, float min) {
    PriorityQueue<Integer> heap = new PriorityQueue<>((x, y) -> scores[x] != scores[y]
        ? Float.compare(scores[x], scores[y]) : Integer.compare(y, x));
    for (int i = 0; i < scores.length; i++) {
      if (scores[i] < min || scores[i] <= 0) { // nothing in common
        continue;
      }
      heap.add(i);
      if (heap.size() > k) {
        heap.poll();
      }
    }
    List<Match> out = new ArrayList<>(heap.size());
    while (!heap.isEmpty()) {
      int i = heap.poll();
      out.add(new Match(claims.get(i), scores[i]));
    }
    java.util.Collections.reverse(out);
    return out;
  }
}
