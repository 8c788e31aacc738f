package dev.scrutiny.corpus.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JdbcTest {

  Connection c;

  @BeforeEach
  void open() throws SQLException {
    c = DriverManager.getConnection("jdbc:sqlite::memory:");
    try (Statement s = c.createStatement()) {
      s.execute("CREATE TABLE t (k INTEGER PRIMARY KEY, v TEXT)");
    }
  }

  @AfterEach
  void close() throws SQLException {
    c.close();
  }

  private List<String> rows() throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT k, v FROM t ORDER BY k")) {
      while (r.next()) {
        rows.add(r.getInt(1) + "=" + r.getString(2));
      }
    }
    return rows;
  }

  @Test
  void update_binds_the_values_in_order_and_counts_the_rows_changed() throws SQLException {
    assertThat(Jdbc.update(c, "INSERT INTO t (k, v) VALUES (?, ?)", 1, "one")).isEqualTo(1);
    assertThat(Jdbc.update(c, "INSERT INTO t (k, v) VALUES (?, ?)", 2, null)).isEqualTo(1);
    assertThat(Jdbc.update(c, "UPDATE t SET v = ? WHERE k >= ?", "x", 1)).isEqualTo(2);
    assertThat(rows()).containsExactly("1=x", "2=x");
  }

  @Test
  void work_that_returns_is_committed_and_its_result_passed_on() throws SQLException {
    String result = Jdbc.inTransaction(c, () -> {
      Jdbc.update(c, "INSERT INTO t (k, v) VALUES (?, ?)", 1, "one");
      assertThat(c.getAutoCommit()).isFalse();
      return "done";
    });
    assertThat(result).isEqualTo("done");
    assertThat(c.getAutoCommit()).isTrue();
    assertThat(rows()).containsExactly("1=one");
  }

  @Test
  void work_that_throws_is_rolled_back_whatever_it_throws() throws SQLException {
    Jdbc.update(c, "INSERT INTO t (k, v) VALUES (?, ?)", 1, "kept");
    assertThatThrownBy(() -> Jdbc.inTransaction(c, () -> {
      Jdbc.update(c, "INSERT INTO t (k, v) VALUES (?, ?)", 2, "lost");
      throw new IllegalArgumentException("bad input");
    })).isInstanceOf(IllegalArgumentException.class).hasMessage("bad input");
    assertThatThrownBy(() -> Jdbc.inTransaction(c, () -> {
      Jdbc.update(c, "INSERT INTO t (k, v) VALUES (?, ?)", 3, "lost");
      return Jdbc.update(c, "INSERT INTO t (k, v) VALUES (?, ?)", 1, "duplicate key");
    })).isInstanceOf(SQLException.class);
    assertThat(c.getAutoCommit()).isTrue();
    assertThat(rows()).containsExactly("1=kept");
  }
}
