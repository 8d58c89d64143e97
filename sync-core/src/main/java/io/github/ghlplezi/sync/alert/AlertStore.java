package io.github.ghlplezi.sync.alert;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Port of the alert state and the alert dead letters. {@link InMemoryAlertStore} (tests, embedded
 * use) and {@link JdbcAlertStore} (PostgreSQL, H2; shared by replicas) implement it.
 *
 * <p>{@link #compareAndSet} is what makes an alert fire once: of two replicas that evaluate the same
 * crossing, only one stores the transition, and only that one sends the alert.
 */
public interface AlertStore {

  /**
   * The state of one subject.
   *
   * @param rule the rule ({@link AlertState#rule()})
   * @param locationId the location
   * @param accountId the account, or empty
   * @return the stored state, empty when never stored
   */
  Optional<AlertState> state(String rule, String locationId, String accountId);

  /**
   * Every stored state, ordered by rule, location and account.
   *
   * @return the states
   */
  List<AlertState> states();

  /**
   * Stores {@code next} if the stored state still has {@code next.version()} (0: no state stored yet),
   * giving it the version after that.
   *
   * @param next the new state, carrying the version it was computed from
   * @return whether it was stored; false when another process changed the state first
   */
  boolean compareAndSet(AlertState next);

  /**
   * Stores a firing: {@link #compareAndSet} of {@code next} and, in the same transaction, {@code alert}
   * as pending delivery (claimed now), so a process that dies before the delivery ends leaves the
   * alert to {@link #claimPending} instead of losing it.
   *
   * @param next the fired state, carrying the version it was computed from
   * @param alert the alert of that firing
   * @param now the claim's time
   * @return whether it was stored; false when another process changed the state first
   */
  boolean fire(AlertState next, Alert alert, Instant now);

  /**
   * Ends an alert's delivery (every sink took it or kept it as a dead letter): it is no longer pending.
   * Nothing happens for a key that is not pending.
   *
   * @param alertKey the alert's key
   */
  void settle(String alertKey);

  /**
   * Claims the pending alerts whose claim is older than {@code staleBefore} (their process died
   * mid-delivery): each is claimed by one caller only (compare-and-set on the claim time).
   *
   * @param staleBefore claims before this instant are stale
   * @param now the new claim's time
   * @return the alerts this caller claimed, oldest first
   */
  List<Alert> claimPending(Instant staleBefore, Instant now);

  /**
   * Stores a dead letter.
   *
   * @param letter the dead letter, without id
   * @return the stored dead letter, with its id
   */
  AlertDeadLetter addDeadLetter(AlertDeadLetter letter);

  /**
   * Every dead letter, oldest first.
   *
   * @return the dead letters, open and replayed
   */
  List<AlertDeadLetter> deadLetters();

  /**
   * Records the outcome of a replay: delivered (it closes) or not (one more attempt, the new error).
   *
   * @param id the dead letter's id
   * @param delivered whether the replay delivered it
   * @param error the failure's message when it did not, else empty
   * @param at when the replay ended
   * @return whether an open dead letter with that id was updated
   */
  boolean recordReplay(long id, boolean delivered, String error, Instant at);
}
