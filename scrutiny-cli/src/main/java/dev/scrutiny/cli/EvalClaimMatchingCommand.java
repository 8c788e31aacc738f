package dev.scrutiny.cli;

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
    ClaimIndex index = ClaimIndex.bm25(claims);
    ClaimMatchingEvaluation.Result r = ClaimMatchingEvaluation.evaluate(index, q, rel);
    double seconds = (System.nanoTime() - t0) / 1e9;
    out.printf(Locale.ROOT, "claims %d, queries %d, ranker bm25, %.1f s%n", claims.size(), r.queries(), seconds);
    out.printf(Locale.ROOT, "recall@5 %.4f%n", r.recallAt5());
    out.printf(Locale.ROOT, "MAP@5 %.4f%n", r.map5());
    out.flush();
    return 0;
  }
}
