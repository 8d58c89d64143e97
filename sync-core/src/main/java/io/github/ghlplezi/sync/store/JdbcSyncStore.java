package io.github.ghlplezi.sync.store;

import io.github.ghlplezi.sync.LocationMapping;
import io.github.ghlplezi.sync.events.DeadLetter;
import io.github.ghlplezi.sync.events.EventQuery;
import io.github.ghlplezi.sync.events.EventType;
import io.github.ghlplezi.sync.events.SyncEvent;
import io.github.ghlplezi.sync.ledger.LedgerEntry;
import io.github.ghlplezi.sync.ledger.PendingWrite;
import io.github.ghlplezi.sync.store.internal.Dialect;
import io.github.ghlplezi.sync.store.internal.FieldCodec;
import io.github.ghlplezi.sync.store.internal.Schema;
import io.github.ghlplezi.sync.tags.CatalogEntry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * A {@link SyncStore} in PostgreSQL or H2 through plain {@code java.sql}. The schema is versioned DDL
 * shipped as resources ({@code io/github/ghlplezi/sync/store/{postgresql,h2}/V<n>__engine.sql});
 * {@link #createSchemaIfMissing()} applies what is missing and is safe to call on every start.
 * Times are stored as epoch milliseconds.
 */
public final class JdbcSyncStore implements SyncStore {

  private static final int SCHEMA_VERSION = 1;

  private final DataSource dataSource;
  private final Dialect dialect;
  private final String upsertCatalog;
  private final String upsertLedger;
  private final String upsertPending;
  private final String insertReported;

  /**
   * @param dataSource where the tables live; the dialect is detected from it
   * @throws SyncStoreException when the database cannot be reached or is neither PostgreSQL nor H2
   */
  public JdbcSyncStore(DataSource dataSource) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    try (Connection c = dataSource.getConnection()) {
      this.dialect = Dialect.of(c);
    } catch (SQLException e) {
      throw new SyncStoreException("cannot detect the database of the sync store", e);
    }
    upsertCatalog = dialect.upsert("ghlplezi_tag_catalog", List.of("location_id", "tag_id"),
        "location_id", "tag_id", "name", "slug", "deleted", "first_seen", "last_seen");
    upsertLedger = dialect.upsert("ghlplezi_delivery_ledger", List.of("contact_email", "field_key"),
        "contact_email", "field_key", "field_value", "value_hash", "run_id", "confirmed_at");
    upsertPending = dialect.upsert("ghlplezi_pending_write", List.of("contact_email"),
        "contact_email", "location_id", "run_id", "fields", "created_at");
    insertReported = dialect.upsert("ghlplezi_reported_option", List.of("location_id", "report_key"),
        "location_id", "report_key");
  }

  /**
   * Creates or upgrades the tables; safe to run again, and from several processes.
   *
   * @return this store
   */
  public JdbcSyncStore createSchemaIfMissing() {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(true);
      Schema.migrate(c, dialect, "engine", SCHEMA_VERSION);
      return this;
    } catch (SQLException e) {
      throw new SyncStoreException("cannot create the sync store's schema", e);
    }
  }

  @FunctionalInterface
  private interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  private <T> T read(String what, Work<T> work) {
    try (Connection c = dataSource.getConnection()) {
      return work.run(c);
    } catch (SQLException e) {
      throw new SyncStoreException("sync store: " + what + " failed", e);
    }
  }

  private <T> T transaction(String what, Work<T> work) {
    try (Connection c = dataSource.getConnection()) {
      boolean auto = c.getAutoCommit();
      c.setAutoCommit(false);
      try {
        T result = work.run(c);
        c.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(auto);
      }
    } catch (SQLException e) {
      throw new SyncStoreException("sync store: " + what + " failed", e);
    }
  }

  @Override
  public Map<String, CatalogEntry> catalog(String locationId) {
    return read("reading the catalog of " + locationId, c -> {
      Map<String, CatalogEntry> out = new HashMap<>();
      try (PreparedStatement ps = c.prepareStatement("SELECT tag_id, name, slug, deleted, first_seen, last_seen"
          + " FROM ghlplezi_tag_catalog WHERE location_id = ?")) {
        ps.setString(1, locationId);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.put(rs.getString(1), new CatalogEntry(locationId, rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getBoolean(4), Instant.ofEpochMilli(rs.getLong(5)), Instant.ofEpochMilli(rs.getLong(6))));
          }
        }
      }
      return out;
    });
  }

  @Override
  public Map<String, LedgerEntry> ledger(String contactEmail) {
    return read("reading the ledger", c -> {
      Map<String, LedgerEntry> out = new HashMap<>();
      try (PreparedStatement ps = c.prepareStatement("SELECT field_key, field_value, value_hash, run_id, confirmed_at"
          + " FROM ghlplezi_delivery_ledger WHERE contact_email = ?")) {
        ps.setString(1, contactEmail);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.put(rs.getString(1), new LedgerEntry(contactEmail, FieldCodec.decode(rs.getString(2)),
                rs.getString(3), rs.getString(4), Instant.ofEpochMilli(rs.getLong(5))));
          }
        }
      }
      return out;
    });
  }

  @Override
  public Optional<PendingWrite> pending(String contactEmail) {
    return read("reading a pending write", c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT location_id, run_id, fields, created_at"
          + " FROM ghlplezi_pending_write WHERE contact_email = ?")) {
        ps.setString(1, contactEmail);
        try (ResultSet rs = ps.executeQuery()) {
          if (!rs.next()) {
            return Optional.empty();
          }
          return Optional.of(new PendingWrite(contactEmail, rs.getString(1), rs.getString(2),
              FieldCodec.decodeAll(rs.getString(3)), Instant.ofEpochMilli(rs.getLong(4))));
        }
      }
    });
  }

  @Override
  public void savePending(PendingWrite write) {
    transaction("recording a pending write", c -> {
      try (PreparedStatement ps = c.prepareStatement(upsertPending)) {
        ps.setString(1, write.contactEmail());
        ps.setString(2, write.locationId());
        ps.setString(3, write.runId());
        ps.setString(4, FieldCodec.encodeAll(write.fields()));
        ps.setLong(5, write.createdAt().toEpochMilli());
        ps.executeUpdate();
      }
      return null;
    });
  }

  @Override
  public Set<String> reportedOptions(String locationId) {
    return read("reading reported options", c -> {
      Set<String> out = new HashSet<>();
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT report_key FROM ghlplezi_reported_option WHERE location_id = ?")) {
        ps.setString(1, locationId);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(rs.getString(1));
          }
        }
      }
      return out;
    });
  }

  @Override
  public void commit(LocationCommit commit) {
    transaction("committing location " + commit.locationId(), c -> {
      try (PreparedStatement ps = c.prepareStatement(upsertCatalog)) {
        for (CatalogEntry e : commit.catalog()) {
          ps.setString(1, e.locationId());
          ps.setString(2, e.tagId());
          ps.setString(3, e.name());
          ps.setString(4, e.slug());
          ps.setBoolean(5, e.deleted());
          ps.setLong(6, e.firstSeen().toEpochMilli());
          ps.setLong(7, e.lastSeen().toEpochMilli());
          ps.addBatch();
        }
        ps.executeBatch();
      }
      try (PreparedStatement ps = c.prepareStatement(upsertLedger)) {
        for (LedgerEntry e : commit.ledger()) {
          ps.setString(1, e.contactEmail());
          ps.setString(2, e.fieldKey());
          ps.setString(3, FieldCodec.encode(e.value()));
          ps.setString(4, e.hash());
          ps.setString(5, e.runId());
          ps.setLong(6, e.confirmedAt().toEpochMilli());
          ps.addBatch();
        }
        ps.executeBatch();
      }
      try (PreparedStatement ps = c.prepareStatement("DELETE FROM ghlplezi_reported_option WHERE location_id = ?")) {
        ps.setString(1, commit.locationId());
        ps.executeUpdate();
      }
      try (PreparedStatement ps = c.prepareStatement(insertReported)) {
        for (String key : commit.reportedOptions()) {
          ps.setString(1, commit.locationId());
          ps.setString(2, key);
          ps.addBatch();
        }
        ps.executeBatch();
      }
      try (PreparedStatement ps = c.prepareStatement("DELETE FROM ghlplezi_pending_write WHERE contact_email = ?")) {
        ps.setString(1, commit.contactEmail());
        ps.executeUpdate();
      }
      insertEvents(c, commit.events());
      return null;
    });
  }

  private static void insertEvents(Connection c, List<SyncEvent> events) throws SQLException {
    if (events.isEmpty()) {
      return;
    }
    try (PreparedStatement ps = c.prepareStatement(
        "INSERT INTO ghlplezi_sync_event (at, run_id, location_id, type, detail) VALUES (?, ?, ?, ?, ?)")) {
      for (SyncEvent e : events) {
        ps.setLong(1, e.at().toEpochMilli());
        ps.setString(2, e.runId());
        ps.setString(3, e.locationId());
        ps.setString(4, e.type().name());
        ps.setString(5, e.detail());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  @Override
  public void append(List<SyncEvent> events) {
    transaction("appending events", c -> {
      insertEvents(c, events);
      return null;
    });
  }

  private static long millis(Instant instant) {
    if (instant.isAfter(Instant.ofEpochMilli(Long.MAX_VALUE))) {
      return Long.MAX_VALUE;
    }
    return instant.toEpochMilli();
  }

  @Override
  public List<SyncEvent> events(EventQuery query) {
    StringBuilder sql = new StringBuilder(
        "SELECT seq, at, run_id, location_id, type, detail FROM ghlplezi_sync_event WHERE at >= ? AND at < ?");
    query.locationId().ifPresent(id -> sql.append(" AND location_id = ?"));
    if (!query.types().isEmpty()) {
      sql.append(" AND type IN (").append(query.types().stream().map(t -> "?").collect(Collectors.joining(", ")))
          .append(')');
    }
    sql.append(" ORDER BY seq FETCH FIRST ").append(query.limit()).append(" ROWS ONLY");
    return read("querying events", c -> {
      try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
        int i = 1;
        ps.setLong(i++, Math.max(0, millis(query.from())));
        ps.setLong(i++, millis(query.to()));
        if (query.locationId().isPresent()) {
          ps.setString(i++, query.locationId().get());
        }
        for (EventType type : query.types()) {
          ps.setString(i++, type.name());
        }
        List<SyncEvent> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(new SyncEvent(rs.getLong(1), Instant.ofEpochMilli(rs.getLong(2)), rs.getString(3),
                rs.getString(4), EventType.valueOf(rs.getString(5)), rs.getString(6)));
          }
        }
        return out;
      }
    });
  }

  @Override
  public DeadLetter addDeadLetter(DeadLetter letter) {
    return transaction("storing a dead letter", c -> {
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO ghlplezi_dead_letter"
          + " (at, run_id, location_id, contact_email, reason, replayed_by) VALUES (?, ?, ?, ?, ?, ?)",
          Statement.RETURN_GENERATED_KEYS)) {
        ps.setLong(1, letter.at().toEpochMilli());
        ps.setString(2, letter.runId());
        ps.setString(3, letter.mapping().locationId());
        ps.setString(4, letter.mapping().contactEmail());
        ps.setString(5, letter.reason());
        ps.setString(6, letter.replayedBy().orElse(null));
        ps.executeUpdate();
        try (ResultSet keys = ps.getGeneratedKeys()) {
          keys.next();
          return new DeadLetter(keys.getLong(1), letter.at(), letter.runId(), letter.mapping(), letter.reason(),
              letter.replayedBy());
        }
      }
    });
  }

  @Override
  public List<DeadLetter> deadLetters() {
    return read("reading dead letters", c -> {
      List<DeadLetter> out = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement("SELECT id, at, run_id, location_id, contact_email, reason,"
          + " replayed_by FROM ghlplezi_dead_letter ORDER BY id");
          ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new DeadLetter(rs.getLong(1), Instant.ofEpochMilli(rs.getLong(2)), rs.getString(3),
              new LocationMapping(rs.getString(4), rs.getString(5)), rs.getString(6),
              Optional.ofNullable(rs.getString(7))));
        }
      }
      return out;
    });
  }

  @Override
  public void markReplayed(long deadLetterId, String runId) {
    transaction("marking a dead letter replayed", c -> {
      try (PreparedStatement ps = c.prepareStatement(
          "UPDATE ghlplezi_dead_letter SET replayed_by = ? WHERE id = ? AND replayed_by IS NULL")) {
        ps.setString(1, runId);
        ps.setLong(2, deadLetterId);
        ps.executeUpdate();
      }
      return null;
    });
  }

  @Override
  public int purgeBefore(Instant cutoff) {
    return transaction("purging old events", c -> {
      int deleted;
      try (PreparedStatement ps = c.prepareStatement("DELETE FROM ghlplezi_sync_event WHERE at < ?")) {
        ps.setLong(1, cutoff.toEpochMilli());
        deleted = ps.executeUpdate();
      }
      try (PreparedStatement ps = c.prepareStatement(
          "DELETE FROM ghlplezi_dead_letter WHERE at < ? AND replayed_by IS NOT NULL")) {
        ps.setLong(1, cutoff.toEpochMilli());
        deleted += ps.executeUpdate();
      }
      return deleted;
    });
  }
}
