package dev.scrutiny.knownclaims;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Reads archives of checked claims: schema.org {@code ClaimReview} JSON-LD (one object, an array, or a
 * {@code @graph}), JSONL (one object a line: {@code id}, the claim in {@code claim}, {@code vclaim},
 * {@code text} or {@code claimReviewed}, and optionally {@code title}, {@code subtitle} (or {@code summary},
 * {@code description}), {@code verdict}, {@code url},
 * {@code reviewer} or {@code author}, {@code date}) and TSV with a header row naming the same columns.
 * The format follows the file name ({@code .jsonld}/{@code .json}, {@code .jsonl}, {@code .tsv}).
 * A record without claim text is an error naming the file and line.
 */
public final class CheckedClaims {

  private static final ObjectMapper JSON = new ObjectMapper();

  private CheckedClaims() {}

  public static List<CheckedClaim> load(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    try {
      if (name.endsWith(".jsonl")) {
        return jsonl(file);
      }
      if (name.endsWith(".tsv")) {
        return tsv(file);
      }
      if (name.endsWith(".json") || name.endsWith(".jsonld")) {
        return claimReviews(file.toString(), JSON.readTree(file.toFile()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": " + e.getMessage(), e);
    }
    throw new IllegalArgumentException(file + ": unknown format (expected .jsonld, .json, .jsonl or .tsv)");
  }

  static List<CheckedClaim> jsonl(Path file) throws IOException {
    List<CheckedClaim> out = new ArrayList<>();
    int line = 0;
    for (String s : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      line++;
      if (s.isBlank()) {
        continue;
      }
      JsonNode n;
      try {
        n = JSON.readTree(s);
      } catch (IOException e) {
        throw new IllegalArgumentException(file + ":" + line + ": not valid JSON: " + e.getMessage(), e);
      }
      String text = first(n, "claim", "vclaim", "text", "claimReviewed");
      if (text == null) {
        throw new IllegalArgumentException(file + ":" + line + ": no claim text (claim, vclaim, text or claimReviewed)");
      }
      String id = first(n, "id", "vclaim_id", "url");
      out.add(new CheckedClaim(id == null ? file.getFileName() + ":" + line : id, text, first(n, "title"),
          first(n, "subtitle", "summary", "description"), first(n, "verdict", "rating", "label"), first(n, "url"), first(n, "reviewer", "author"), first(n, "date")));
    }
    return out;
  }

  static List<CheckedClaim> tsv(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    if (lines.isEmpty()) {
      return List.of();
    }
    List<String> header = List.of(lines.get(0).toLowerCase(Locale.ROOT).split("\t", -1));
    int text = header.indexOf("claim") >= 0 ? header.indexOf("claim") : header.indexOf("text");
    if (text < 0) {
      throw new IllegalArgumentException(file + ":1: the header row needs a 'claim' (or 'text') column, got " + header);
    }
    List<CheckedClaim> out = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      String[] f = lines.get(i).split("\t", -1);
      String claim = column(f, text);
      if (claim == null) {
        throw new IllegalArgumentException(file + ":" + (i + 1) + ": empty claim");
      }
      String id = column(f, header.indexOf("id"));
      out.add(new CheckedClaim(id == null ? file.getFileName() + ":" + (i + 1) : id, claim,
          column(f, header.indexOf("title")), column(f, header.indexOf("summary")), column(f, header.indexOf("verdict")), column(f, header.indexOf("url")),
          column(f, header.indexOf("reviewer")), column(f, header.indexOf("date"))));
    }
    return out;
  }

  /** The ClaimReview objects in a JSON-LD document. */
  static List<CheckedClaim> claimReviews(String origin, JsonNode root) {
    List<CheckedClaim> out = new ArrayList<>();
    collect(origin, root, out);
    return out;
  }

  private static void collect(String origin, JsonNode n, List<CheckedClaim> out) {
    if (n.isArray()) {
      n.forEach(x -> collect(origin, x, out));
      return;
    }
    if (!n.isObject()) {
      return;
    }
    if (n.has("@graph")) {
      collect(origin, n.get("@graph"), out);
    }
    JsonNode type = n.get("@type");
    boolean review = type != null && (type.asText().equals("ClaimReview")
        || type.isArray() && type.toString().contains("\"ClaimReview\""));
    if (!review) {
      return;
    }
    String text = first(n, "claimReviewed");
    if (text == null) {
      throw new IllegalArgumentException(origin + ": a ClaimReview without claimReviewed (#" + (out.size() + 1) + ")");
    }
    JsonNode rating = n.path("reviewRating");
    String verdict = first(rating, "alternateName", "name");
    JsonNode author = n.path("author");
    String reviewer = author.isTextual() ? author.asText() : first(author, "name");
    String url = first(n, "url");
    String id = first(n, "@id");
    out.add(new CheckedClaim(id != null ? id : url != null ? url : origin + "#" + (out.size() + 1), text,
        first(n, "headline", "name"), first(n, "description"), verdict, url, reviewer, first(n, "datePublished")));
  }

  private static @Nullable String first(JsonNode n, String... fields) {
    for (String f : fields) {
      JsonNode v = n.get(f);
      if (v != null && v.isValueNode() && !v.asText().isBlank()) {
        return v.asText().strip();
      }
    }
    return null;
  }

  private static @Nullable String column(String[] f, int i) {
    return i < 0 || i >= f.length || f[i].isBlank() ? null : f[i].strip();
  }
}
