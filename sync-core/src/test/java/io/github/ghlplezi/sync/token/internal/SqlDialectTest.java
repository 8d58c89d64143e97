package io.github.ghlplezi.sync.token.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** How each database says "duplicate key" and "lock not obtained in time", and how the wait is bounded. */
class SqlDialectTest {

  @Test
  void a_primary_key_violation_is_told_apart_from_other_constraint_errors() {
    assertTrue(SqlDialect.isDuplicateKey(new SQLException("duplicate", "23505")));
    assertFalse(SqlDialect.isDuplicateKey(new SQLException("not null", "23502")));
    assertFalse(SqlDialect.isDuplicateKey(new SQLException("no state")));
  }

  @Test
  void each_database_reports_a_lock_timeout_its_own_way() {
    assertTrue(SqlDialect.POSTGRESQL.isLockTimeout(new SQLException("lock", "55P03")));
    assertFalse(SqlDialect.POSTGRESQL.isLockTimeout(new SQLException("lock", "HYT00")));
    assertFalse(SqlDialect.POSTGRESQL.isLockTimeout(new SQLException("no state")));
    assertTrue(SqlDialect.H2.isLockTimeout(new SQLException("lock", "HYT00")));
    assertTrue(SqlDialect.H2.isLockTimeout(new SQLException("lock", null, 50200)));
    assertFalse(SqlDialect.H2.isLockTimeout(new SQLException("lock", "55P03", 1)));
    assertFalse(SqlDialect.H2.isLockTimeout(new SQLException("no state")));
  }

  @Test
  void the_lock_wait_is_set_in_milliseconds_and_never_to_zero() {
    assertEquals("SET LOCAL lock_timeout = 2500", SqlDialect.POSTGRESQL.lockTimeoutSql(Duration.ofMillis(2500)));
    assertEquals("SET LOCK_TIMEOUT 2500", SqlDialect.H2.lockTimeoutSql(Duration.ofMillis(2500)));
    assertEquals("SET LOCK_TIMEOUT 1", SqlDialect.H2.lockTimeoutSql(Duration.ZERO), "zero would mean: wait forever");
  }

  @Test
  void an_h2_connection_is_recognised() throws SQLException {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:dialect-" + UUID.randomUUID());
    try (Connection c = ds.getConnection()) {
      assertEquals(SqlDialect.H2, SqlDialect.of(c));
    }
  }
}
