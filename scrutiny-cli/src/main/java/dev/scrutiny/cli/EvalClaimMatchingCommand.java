package dev.scrutiny.cli;

import dev.scrutiny.knownclaims.Bm25;
import dev.scrutiny.knownclaims.CheckedClaim;
import dev.scrutiny.knownclaims.CheckedClaims;
import dev.scrutiny.knownclaims.ClaimIndex;
import dev.scrutiny.knownclaims.ClaimMatchingEvaluation;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code scrutiny eval claim-matching}: ranks checked claims for each query and prints MAP@5 last.
 *
 * <pre>{@code
 * scrutiny eval claim-matching --queries CT2022-Task2A-EN-Train-Dev_Queries.tsv \
 *     --vclaims vclaims.jsonl --qrels CT2022-Task2A-EN-Dev_QRELs.tsv
 * }</pre>
 */
@Command(name = "claim-matching", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Rank checked claims for each query (CheckThat! 2022 2A format); the last line is MAP@5.")
final class EvalClaimMatchingCommand implements Callable<Integer> {

  @Option(names = "--queries", required = true, paramLabel = "TSV", description = "Queries: id<TAB>text.")
  Path queries;

  @Option(names = "--vclaims", required = true, paramLabel = "JSONL", description = "Checked claims (or .tsv/.jsonld).")
  Path vclaims;

  @Option(names = "--qrels", required = true, paramLabel = "TSV", description = "Relevance: query 0 claim 1.")
  Path qrels;

  enum RankerKind { bm25, encoder, hybrid }

  @Option(names = "--ranker", paramLabel = "NAME",
      description = "bm25, encoder (all-MiniLM-L6-v2 cosine) or hybrid (default: ${DEFAULT-VALUE}).")
  RankerKind ranker = RankerKind.hybrid;

  @Option(names = "--weight", paramLabel = "W", description = "Encoder weight in the hybrid (default: ${DEFAULT-VALUE}).")
  float weight = 0.85f;

  @Option(names = "--cache", paramLabel = "FILE", description = "Keep the claims' embeddings here between runs.")
  Path cache;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    List<CheckedClaim> claims;
    Map<String, String> q;
    Map<String, Set<String>> rel;
    try {
      claims = CheckedClaims.load(vclaims);
      q = ClaimMatchingEvaluation.queries(queries);
      rel = ClaimMatchingEvaluation.qrels(qrels);
    } catch (IllegalArgumentException | java.io.IOException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    long t0 = System.nanoTime();
    if (weight < 0 || weight > 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--weight must lie in [0, 1], got " + weight);
    }
    ClaimIndex index = switch (ranker) {
      case bm25 -> ClaimIndex.bm25(claims);
      case encoder -> new ClaimIndex(claims, encoder(claims), 0.5f);
      case hybrid -> new ClaimIndex(claims, new HybridRanker(
          new Bm25(claims.stream().map(CheckedClaim::searchable).toList(), 1.2f, 0.4f), encoder(claims), weight), 0.5f);
    };
    ClaimMatchingEvaluation.Result r = ClaimMatchingEvaluation.evaluate(index, q, rel);
    double seconds = (System.nanoTime() - t0) / 1e9;
    out.printf(Locale.ROOT, "claims %d, queries %d, ranker %s%s, %.1f s%n", claims.size(), r.queries(), ranker,
        ranker == RankerKind.hybrid ? " (encoder weight " + weight + ")" : "", seconds);
    out.printf(Locale.ROOT, "recall@5 %.4f%n", r.recallAt5());
    out.printf(Locale.ROOT, "MAP@5 %.4f%n", r.map5());
    out.flush();
    return 0;
  }

  private EncoderRanker encoder(List<CheckedClaim> claims) throws java.io.IOException {
    // the encoder reads the claim and its headline; summaries dilute a short sentence's embedding
    return new EncoderRanker(claims.stream().map(c -> c.title() == null ? c.text() : c.text() + " " + c.title()).toList(),
        cache);
  }
}
