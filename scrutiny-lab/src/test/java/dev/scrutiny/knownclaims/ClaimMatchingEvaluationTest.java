package dev.scrutiny.knownclaims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClaimMatchingEvaluationTest {

  @Test
  void map_at_5_counts_the_rank_of_each_relevant_claim() {
    List<CheckedClaim> claims = List.of(
        new CheckedClaim("a", "drones struck the port of Odesa", null, null, null, null, null, null),
        new CheckedClaim("b", "the grain corridor reopened in Odesa", null, null, null, null, null, null),
        new CheckedClaim("c", "a bridge collapsed in Kharkiv", null, null, null, null, null, null));
    ClaimIndex index = ClaimIndex.bm25(claims);
    Map<String, String> queries = Map.of("q1", "drones struck Odesa port", "q2", "Odesa grain", "q3", "Kharkiv bridge");
    // q1 finds a first (1.0), q2 wants c which is not in its top 5 (0), q3 finds c first (1.0)
    Map<String, Set<String>> qrels = new java.util.LinkedHashMap<>();
    qrels.put("q1", Set.of("a"));
    qrels.put("q2", Set.of("c"));
    qrels.put("q3", Set.of("c"));
    ClaimMatchingEvaluation.Result r = ClaimMatchingEvaluation.evaluate(index, queries, qrels);
    assertThat(r.map5()).isCloseTo(2 / 3.0, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(r.queries()).isEqualTo(3);
  }
}
