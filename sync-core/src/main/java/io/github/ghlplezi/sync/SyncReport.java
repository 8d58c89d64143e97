package io.github.ghlplezi.sync;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of one run over every configured location. A run succeeded only when every location
 * did: callers should check {@link #allSucceeded()} rather than the absence of an exception.
 *
 * @param startedAt when the run started
 * @param finishedAt when the run finished
 * @param results one result per configured location, in configuration order
 */
public record SyncReport(Instant startedAt, Instant finishedAt, List<LocationSyncResult> results) {

  /**
   * Copies the list and checks the arguments.
   *
   * @param startedAt when the run started
   * @param finishedAt when the run finished
   * @param results one result per configured location, in configuration order
   */
  public SyncReport {
    Objects.requireNonNull(startedAt, "startedAt");
    Objects.requireNonNull(finishedAt, "finishedAt");
    results = List.copyOf(results);
  }

  /**
   * How many locations were synced.
   *
   * @return the number of synced locations
   */
  public long succeeded() {
    return results.stream().filter(LocationSyncResult.Synced.class::isInstance).count();
  }

  /**
   * How many locations failed.
   *
   * @return the number of failed locations
   */
  public long failed() {
    return results.size() - succeeded();
  }

  /**
   * True when every configured location was synced.
   *
   * @return whether no location failed
   */
  public boolean allSucceeded() {
    return failed() == 0;
  }

  /**
   * How long the run took.
   *
   * @return the time between the run's start and end
   */
  public Duration duration() {
    return Duration.between(startedAt, finishedAt);
  }
}
