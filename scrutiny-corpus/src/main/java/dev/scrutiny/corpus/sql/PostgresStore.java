package dev.scrutiny.corpus.sql;

import dev.scrutiny.corpus.Snippet;
import dev.scrutiny.corpus.StoreException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The store on a PostgreSQL server, for teams: the same tables, full text through a generated
 * {@code tsvector} column with a GIN index ({@code simple} configuration, so no language's stemming is
 * imposed on a multilingual corpus), ranked by {@code ts_rank_cd}, snippets by {@code ts_headline}.
 */
public final class PostgresStore extends JdbcStore {

  private final Searcher searcher;

  private PostgresStore(Connection connection, String label) {
    super(connection, label);
    this.searcher = new TsSearcher(connection);
  }

  /**
   * Connects to {@code postgresql://user:password@host:port/database?params} (or a {@code jdbc:} URL) and
   * migrates the schema. The password is never part of messages.
   */
  public static PostgresStore open(String location) {
    String label = redacted(location);
    try {
      Properties props = new Properties();
      String jdbc = jdbcUrl(location, props);
      Connection c = DriverManager.getConnection(jdbc, props);
      try (Statement s = c.createStatement()) {
        s.execute("SET client_min_messages = WARNING");
      }
      Migrations.apply(c, "postgresql");
      return new PostgresStore(c, label);
    } catch (SQLException e) {
      throw new StoreException(label + ": cannot open the corpus database: " + e.getMessage(), e);
    }
  }

  /** A JDBC URL for a libpq-style URL, the user and password moved into {@code props}. */
  static String jdbcUrl(String location, Properties props) {
    if (location.startsWith("jdbc:")) {
      return location;
    }
    URI uri = URI.create(location.replaceFirst("^postgres(ql)?://", "postgresql://"));
    String userInfo = uri.getRawUserInfo();
    if (userInfo != null) {
      int colon = userInfo.indexOf(':');
      props.setProperty("user", decode(colon < 0 ? userInfo : userInfo.substring(0, colon)));
      if (colon >= 0) {
        props.setProperty("password", decode(userInfo.substring(colon + 1)));
      }
    }
    String host = uri.getHost() == null ? "localhost" : uri.getHost();
    String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
    String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
    return "jdbc:postgresql://" + host + port + (uri.getRawPath() == null ? "/" : uri.getRawPath()) + query;
  }

  static String redacted(String location) {
    return location.replaceAll("://([^:@/]+):[^@/]*@", "://$1:***@");
  }

  private static String decode(String s) {
    return URLDecoder.decode(s, StandardCharsets.UTF_8);
  }

  @Override
  protected Searcher searcher() {
    return searcher;
  }

  @Override
  public synchronized String integrityCheck() {
    List<String> problems = new ArrayList<>();
    String[] checks = {
        "SELECT count(*) FROM analyses n LEFT JOIN articles a ON a.seq = n.article_seq WHERE a.seq IS NULL",
        "SELECT count(*) FROM articles a LEFT JOIN analyses n ON n.article_seq = a.seq WHERE n.article_seq IS NULL",
        "SELECT count(*) FROM (SELECT content_hash FROM articles GROUP BY content_hash HAVING count(*) > 1) d"};
    String[] names = {"analyses without article", "articles without analysis", "duplicate texts"};
    try (Statement s = connection.createStatement()) {
      for (int i = 0; i < checks.length; i++) {
        try (ResultSet r = s.executeQuery(checks[i])) {
          r.next();
          if (r.getLong(1) > 0) {
            problems.add(names[i] + ": " + r.getLong(1));
          }
        }
      }
    } catch (SQLException e) {
      throw failure("check integrity", e);
    }
    return problems.isEmpty() ? "ok" : String.join("; ", problems);
  }

  /** websearch_to_tsquery (quotes, OR and -word as on the web, never a syntax error), ts_rank_cd, ts_headline. */
  private static final class TsSearcher extends Searcher {
    TsSearcher(Connection connection) {
      super(connection);
    }

    @Override
    protected Match match(String words, Filters filters, boolean allRevisions) {
      List<Object> params = new ArrayList<>();
      params.add(words);
      params.addAll(filters.params);
      return new Match("articles a", "a.fts @@ websearch_to_tsquery('simple', ?) AND "
          + (allRevisions ? "" : "a.latest = 1 AND ") + filters.sql(), params, "a.seq");
    }

    @Override
    protected Sql rankedHits(Match m, String words) {
      // the headline only for the page of hits: ts_headline re-parses the whole text
      List<Object> params = new ArrayList<>();
      params.add(words);
      params.add(words);
      params.addAll(m.params());
      return new Sql("SELECT b.id, b.title, b.source, b.published, b.language, ts_headline('simple', b.text,"
          + " websearch_to_tsquery('simple', b.words), 'StartSel=" + Snippet.OPEN + ", StopSel=" + Snippet.CLOSE
          + ", MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=\" … \"'), b.score FROM ("
          + "SELECT a.id, a.title, a.source, a.published, a.language, a.text, ?::text AS words,"
          + " ts_rank_cd(a.fts, websearch_to_tsquery('simple', ?)) AS score FROM " + m.from() + " WHERE " + m.where()
          + " ORDER BY score DESC, a.seq LIMIT ? OFFSET ?) b ORDER BY b.score DESC", params);
    }
  }
}
