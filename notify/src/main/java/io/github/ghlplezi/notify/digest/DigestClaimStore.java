package io.github.ghlplezi.notify.digest;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Makes a digest go out once across replicas and restarts: a replica sends only what it claimed.
 * A claim is taken when none exists, when the last attempt failed retriably, or when the replica
 * that took it left it {@code SENDING} past its lease (it died). {@link InMemoryDigestClaimStore}
 * serves one process; {@link JdbcDigestClaimStore} (PostgreSQL, H2) serves replicas sharing a database.
 */
public interface DigestClaimStore {

  /**
   * Takes a claim for a replica, atomically.
   *
   * @param claim recipient, week and sink
   * @param owner the replica's id
   * @param now the current time
   * @param lease how long the claim holds without being marked (longer than a send can take)
   * @return whether this replica now holds it and must send
   */
  boolean claim(DigestClaim claim, String owner, Instant now, Duration lease);

  /**
   * Records that the digest was delivered.
   *
   * @param claim the claim
   * @param owner the replica that holds it
   * @param now the current time
   */
  void markSent(DigestClaim claim, String owner, Instant now);

  /**
   * Records a failed attempt.
   *
   * @param claim the claim
   * @param owner the replica that holds it
   * @param retry whether a later attempt may take it again ({@code FAILED}) or not ({@code ABANDONED})
   * @param now the current time
   */
  void markFailed(DigestClaim claim, String owner, boolean retry, Instant now);

  /**
   * Where a claim stands.
   *
   * @param claim the claim
   * @return its status, empty when never claimed
   */
  Optional<DigestClaim.Status> status(DigestClaim claim);
}
