package io.github.ghlplezi.sync.token;

import java.time.Duration;
import java.util.Optional;

/**
 * Port: where tokens live. One row per location or company id, with an optimistic version.
 *
 * <p>Implementations: {@link InMemoryTokenStore} (one JVM), {@link EncryptedFileTokenStore} (one
 * machine, AES-GCM at rest) and {@link JdbcTokenStore} (PostgreSQL or H2, shared by replicas).
 *
 * <p>Every write goes through {@link #compareAndSet} or a {@link RefreshLock}: a write that was
 * based on a stale version is refused, never silently lost.
 */
public interface TokenStore {

  /**
   * The current row for an id, if any.
   *
   * @param id a location or company id
   * @return the stored row, empty when the id has none
   */
  Optional<StoredToken> find(String id);

  /**
   * Writes {@code next} only if the stored version is still {@code expectedVersion} (0 = no row).
   * The stored row gets version {@code expectedVersion + 1}, whatever {@code next.version()} says.
   *
   * @return the stored row, or empty when another writer got there first
   * @param expectedVersion the version the caller read, 0 when it found no row
   * @param next the row to write
   */
  Optional<StoredToken> compareAndSet(long expectedVersion, StoredToken next);

  /**
   * Removes an id's row (e.g. after an UNINSTALL webhook). Returns whether a row existed.
   *
   * @param id a location or company id
   * @return whether a row existed
   */
  boolean delete(String id);

  /**
   * Takes the exclusive right to renew an id's token, across every user of this store (threads,
   * and for the file and JDBC stores, processes). Released by {@link RefreshLock#close()}, and by
   * the operating system or database when the holder dies.
   *
   * @throws TokenStoreException when the lock is not obtained within {@code timeout}
   * @param id the location or company id to renew
   * @param timeout the longest wait for the lock
   * @return the held lock; close it to release
   */
  RefreshLock lockForRefresh(String id, Duration timeout);

  /** An exclusive claim on one id. Not thread-safe: use from the thread that took it. */
  interface RefreshLock extends AutoCloseable {
    /**
     * The row as it is now, read under the lock.
     *
     * @return the row, empty when the id has none
     */
    Optional<StoredToken> current();

    /**
     * Writes the renewed token durably before returning (compare-and-set on {@code
     * expectedVersion}). After this returns the new refresh token survives any crash.
     *
     * @return the stored row
     * @throws TokenStoreException when the version moved (someone wrote without the lock)
     * @param expectedVersion the version read under this lock
     * @param next the renewed token
     */
    StoredToken commit(long expectedVersion, StoredToken next);

    /** Releases the claim; a claim that was not committed changes nothing. */
    @Override
    void close();
  }
}
