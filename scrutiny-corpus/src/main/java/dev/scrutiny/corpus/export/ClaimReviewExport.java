package dev.scrutiny.corpus.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scrutiny.corpus.CorpusStore;
import dev.scrutiny.corpus.Table;
import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Drafts of schema.org {@code ClaimReview} records (JSON-LD) for the check-worthy statements, for a
 * fact-checker to complete: the claim, who made it and where it appeared are filled in; the verdict
 * ({@code reviewRating}), the reviewer ({@code author}), the review's {@code url} and
 * {@code datePublished} are left empty. Each draft's {@code identifier} is the statement's stable id.
 */
public final class ClaimReviewExport {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ClaimReviewExport() {}

  /** Writes one JSON-LD document with an {@code @graph} of drafts; returns how many. */
  public static int write(CorpusStore store, double minCheckworthiness, Writer out) throws IOException {
    Map<String, Appearance> articles = new HashMap<>();
    store.forEachArticle(a -> articles.put(a.id(), new Appearance(a.id(), a.url(), a.title(), a.published(), a.source())));
    ArrayNode graph = MAPPER.createArrayNode();
    int idx = Table.STATEMENTS.columns().indexOf("checkworthiness");
    store.forEachRow(Table.STATEMENTS, row -> {
      double score = ((Number) row.get(idx)).doubleValue();
      if (score >= minCheckworthiness) {
        graph.add(draft(row, articles.get((String) row.get(0))));
      }
    });
    ObjectNode doc = MAPPER.createObjectNode();
    doc.put("@context", "https://schema.org");
    doc.set("@graph", graph);
    MAPPER.writerWithDefaultPrettyPrinter().writeValue(out, doc);
    return graph.size();
  }

  /** What a draft says about the article a statement appeared in. */
  private record Appearance(String id, @Nullable String url, @Nullable String title, @Nullable String published,
                            @Nullable String source) {}

  private static ObjectNode draft(List<@Nullable Object> row, @Nullable Appearance article) {
    List<String> cols = Table.STATEMENTS.columns();
    String speaker = (String) row.get(cols.indexOf("speaker"));
    String speakerType = (String) row.get(cols.indexOf("speaker_type"));
    String date = (String) row.get(cols.indexOf("date"));
    ObjectNode review = MAPPER.createObjectNode();
    review.put("@type", "ClaimReview");
    review.put("identifier", (String) row.get(cols.indexOf("id")));
    review.put("claimReviewed", (String) row.get(cols.indexOf("content")));
    review.putNull("url");
    review.putNull("datePublished");
    ObjectNode reviewer = review.putObject("author");
    reviewer.put("@type", "Organization");
    reviewer.putNull("name");
    ObjectNode rating = review.putObject("reviewRating");
    rating.put("@type", "Rating");
    rating.putNull("alternateName");
    ObjectNode claim = review.putObject("itemReviewed");
    claim.put("@type", "Claim");
    if (speaker != null) {
      ObjectNode author = claim.putObject("author");
      author.put("@type", "PERSON".equals(speakerType) ? "Person" : "Organization");
      author.put("name", speaker);
    }
    String when = date != null ? date : article == null ? null : article.published();
    if (when != null) {
      claim.put("datePublished", when);
    }
    if (article != null) {
      ObjectNode appearance = claim.putArray("appearance").addObject();
      appearance.put("@type", "NewsArticle");
      if (article.url() != null) {
        appearance.put("url", article.url());
      }
      if (article.title() != null) {
        appearance.put("headline", article.title());
      }
      if (article.published() != null) {
        appearance.put("datePublished", article.published());
      }
      if (article.source() != null) {
        appearance.putObject("publisher").put("@type", "Organization").put("name", article.source());
      }
      appearance.put("identifier", article.id());
    }
    return review;
  }
}
