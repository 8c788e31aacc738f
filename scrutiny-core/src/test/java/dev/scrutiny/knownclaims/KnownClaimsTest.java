package dev.scrutiny.knownclaims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnownClaimsTest {

  @TempDir
  Path dir;

  private static final String REVIEWS = """
      {"@context": "https://schema.org", "@graph": [
        {"@type": "ClaimReview", "url": "https://checker.example/zelensky-yacht",
         "claimReviewed": "Zelensky bought two luxury yachts with Western military aid",
         "headline": "No, Zelensky did not buy yachts with aid money",
         "author": {"@type": "Organization", "name": "Checker"}, "datePublished": "2023-12-01",
         "reviewRating": {"@type": "Rating", "ratingValue": 1, "alternateName": "False"}},
        {"@type": "ClaimReview", "url": "https://checker.example/bakhmut-water",
         "claimReviewed": "Bakhmut has had no running water since February",
         "author": "Checker", "reviewRating": {"alternateName": "Mostly true"}},
        {"@type": "WebPage", "name": "not a review"}
      ]}
      """;

  @Test
  void imports_claim_reviews_from_json_ld() throws Exception {
    Path f = dir.resolve("reviews.jsonld");
    Files.writeString(f, REVIEWS, StandardCharsets.UTF_8);
    List<CheckedClaim> claims = CheckedClaims.load(f);
    assertThat(claims).hasSize(2);
    CheckedClaim yacht = claims.get(0);
    assertThat(yacht.verdict()).isEqualTo("False");
    assertThat(yacht.reviewer()).isEqualTo("Checker");
    assertThat(yacht.id()).isEqualTo("https://checker.example/zelensky-yacht");
    assertThat(claims.get(1).title()).isNull();
  }

  @Test
  void imports_tsv_with_a_header_and_jsonl_and_names_the_bad_line() throws Exception {
    Path tsv = dir.resolve("archive.tsv");
    Files.writeString(tsv, "id\tclaim\tverdict\nc1\tKyiv fell in three days\tFalse\n\nc2\tThe dam was blown up\tTrue\n");
    assertThat(CheckedClaims.load(tsv)).extracting(CheckedClaim::id).containsExactly("c1", "c2");
    Path jsonl = dir.resolve("archive.jsonl");
    Files.writeString(jsonl, "{\"id\": \"v1\", \"vclaim\": \"A claim\", \"subtitle\": \"Sum\"}\n{\"id\": \"v2\"}\n");
    assertThatThrownBy(() -> CheckedClaims.load(jsonl)).hasMessageContaining("archive.jsonl:2").hasMessageContaining("no claim text");
    Path other = dir.resolve("archive.csv");
    Files.writeString(other, "x");
    assertThatThrownBy(() -> CheckedClaims.load(other)).hasMessageContaining("unknown format");
  }

  @Test
  void a_reworded_statement_finds_the_claim_checked_before_with_its_verdict() throws Exception {
    Path f = dir.resolve("reviews.json");
    Files.writeString(f, REVIEWS, StandardCharsets.UTF_8);
    ClaimIndex index = ClaimIndex.bm25(CheckedClaims.load(f));
    List<ClaimIndex.Match> m = index.checkedBefore("BREAKING: Zelensky used Western aid to buy luxury yachts!", 3);
    assertThat(m).isNotEmpty();
    assertThat(m.get(0).claim().verdict()).isEqualTo("False");
    assertThat(index.checkedBefore("The weather in Lviv was mild on Tuesday", 3)).isEmpty();
  }
}
