package io.github.ghlplezi.sync.alert;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The persisted state of one alert subject: a rule (threshold or operational condition) for one
 * location and, for per-account rules, one account. An alert fires on the transition from
 * {@link Status#ARMED} to {@link Status#FIRED}; the {@link AlertStore} admits each transition once
 * (compare-and-set on {@link #version()}), so two replicas or a restart never fire it twice.
 *
 * @param rule the rule: {@code threshold:<rule id>} or {@code operational:<kind>}
 * @param locationId the location
 * @param accountId the account for a per-account rule, else empty
 * @param status armed (the next crossing fires) or fired (waiting to re-arm)
 * @param lastValue the last value evaluated, empty before the first or for a condition without one
 * @param crossings how many times it fired; the n-th alert's key ends with {@code :n}
 * @param firedAt when it last fired, empty before the first time
 * @param updatedAt when the state last changed
 * @param version the store's version, 0 before the state is stored
 */
public record AlertState(String rule, String locationId, String accountId, Status status, OptionalDouble lastValue,
    int crossings, Optional<Instant> firedAt, Instant updatedAt, long version) {

  /** Whether the next crossing fires. */
  public enum Status {
    /** The next crossing fires. */
    ARMED,
    /** It fired and waits for the value to come back (and the cooldown to pass) before it re-arms. */
    FIRED
  }

  /**
   * Checks the fields.
   *
   * @param rule the rule: {@code threshold:<rule id>} or {@code operational:<kind>}
   * @param locationId the location
   * @param accountId the account for a per-account rule, else empty
   * @param status armed or fired
   * @param lastValue the last value evaluated, or empty
   * @param crossings how many times it fired
   * @param firedAt when it last fired, or empty
   * @param updatedAt when the state last changed
   * @param version the store's version, 0 before it is stored
   */
  public AlertState {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(locationId, "locationId");
    Objects.requireNonNull(accountId, "accountId");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(lastValue, "lastValue");
    Objects.requireNonNull(firedAt, "firedAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
    if (crossings < 0 || version < 0) {
      throw new IllegalArgumentException("crossings and version must be >= 0");
    }
  }

  /**
   * The state of a subject never evaluated: armed, no crossing, not stored.
   *
   * @param rule the rule
   * @param locationId the location
   * @param accountId the account, or empty
   * @param now the time of creation
   * @return the initial state
   */
  public static AlertState initial(String rule, String locationId, String accountId, Instant now) {
    return new AlertState(rule, locationId, accountId, Status.ARMED, OptionalDouble.empty(), 0, Optional.empty(), now,
        0);
  }

  /**
   * The key of this subject's current crossing: {@code rule:location[:account]:crossings}. The same
   * crossing always has the same key, on every replica.
   *
   * @return the alert key
   */
  public String alertKey() {
    return rule + ":" + locationId + (accountId.isEmpty() ? "" : ":" + accountId) + ":" + crossings;
  }

  /**
   * The next state (pure). Armed and crossed: fires (one more crossing, fired now). Fired, cleared,
   * and at least {@code cooldown} after it fired: re-arms. Otherwise only the last value changes.
   *
   * @param crossed whether the value is past the threshold (the condition holds)
   * @param cleared whether the value is back past the threshold by the hysteresis (the condition is gone)
   * @param value the value evaluated, or empty
   * @param now the evaluation time
   * @param cooldown the shortest time between firing and re-arming
   * @return the next state, with this state's version (the one a compare-and-set expects)
   */
  public AlertState next(boolean crossed, boolean cleared, OptionalDouble value, Instant now, Duration cooldown) {
    if (status == Status.ARMED && crossed) {
      return new AlertState(rule, locationId, accountId, Status.FIRED, value, crossings + 1, Optional.of(now), now,
          version);
    }
    if (status == Status.FIRED && cleared && cooledDown(now, cooldown)) {
      return new AlertState(rule, locationId, accountId, Status.ARMED, value, crossings, firedAt, now, version);
    }
    return new AlertState(rule, locationId, accountId, status, value, crossings, firedAt, updatedAt, version);
  }

  private boolean cooledDown(Instant now, Duration cooldown) {
    return firedAt.map(at -> Duration.between(at, now).compareTo(cooldown) >= 0).orElse(true);
  }

  /**
   * Whether {@code next} is a firing of this state.
   *
   * @param next a state computed by {@link #next}
   * @return whether it fired
   */
  public boolean firesInto(AlertState next) {
    return next.crossings > crossings;
  }

  /**
   * Whether storing {@code next} changes anything but the time.
   *
   * @param next a state computed by {@link #next}
   * @return whether the status, value or crossings differ
   */
  public boolean changedInto(AlertState next) {
    return next.status != status || next.crossings != crossings || !next.lastValue.equals(lastValue);
  }
}
