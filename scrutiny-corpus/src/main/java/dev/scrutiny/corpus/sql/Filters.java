package dev.scrutiny.corpus.sql;

import dev.scrutiny.corpus.SearchQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The WHERE clauses and parameters of a query's filters, over articles aliased {@code a}. The
 * latest-revision condition is not among them: each dialect's text match applies it its own way.
 */
final class Filters {

  final List<String> clauses = new ArrayList<>();
  final List<Object> params = new ArrayList<>();

  static Filters of(SearchQuery q) {
    Filters f = new Filters();
    if (q.source() != null) {
      f.add("a.source = ?", q.source());
    }
    if (q.from() != null) {
      f.add("a.published_date >= ?", q.from().toString());
    }
    if (q.to() != null) {
      f.add("a.published_date <= ?", q.to().toString());
    }
    if (q.language() != null) {
      f.add("a.language = ?", q.language().toLowerCase(Locale.ROOT));
    }
    if (q.speaker() != null) {
      String s = q.speaker().toLowerCase(Locale.ROOT);
      f.add("EXISTS (SELECT 1 FROM statements s WHERE s.article_seq = a.seq AND (s.speaker_key = ? OR lower(s.speaker) LIKE ?))",
          s, "%" + s + "%");
    }
    if (q.place() != null) {
      String p = q.place().toLowerCase(Locale.ROOT);
      f.add("EXISTS (SELECT 1 FROM places p WHERE p.article_seq = a.seq AND (lower(p.name) = ? OR lower(p.surface) = ?))",
          p, p);
    }
    if (q.technique() != null) {
      f.add("EXISTS (SELECT 1 FROM techniques t WHERE t.article_seq = a.seq AND t.technique = ?)",
          q.technique().toUpperCase(Locale.ROOT));
    }
    if (q.checkKind() != null) {
      f.add("EXISTS (SELECT 1 FROM checks k WHERE k.article_seq = a.seq AND k.kind = ?)",
          q.checkKind().toUpperCase(Locale.ROOT));
    }
    if (q.genre() != null) {
      f.add("a.genre = ?", q.genre().toUpperCase(Locale.ROOT));
    }
    if (q.side() != null) {
      f.add("EXISTS (SELECT 1 FROM statements s WHERE s.article_seq = a.seq AND s.side = ?)",
          q.side().toUpperCase(Locale.ROOT));
    }
    return f;
  }

  private void add(String clause, Object... values) {
    clauses.add(clause);
    params.addAll(List.of(values));
  }

  boolean isEmpty() {
    return clauses.isEmpty();
  }

  /** {@code AND}-joined clauses, or {@code 1 = 1}. */
  String sql() {
    return clauses.isEmpty() ? "1 = 1" : String.join(" AND ", clauses);
  }
}
