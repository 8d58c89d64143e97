package io.github.ghlplezi.sync.alert;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What the {@link OperationalMonitor} watches, and when. Validated at construction, every problem at once.
 *
 * <table>
 *   <caption>Defaults ({@link #defaults()})</caption>
 *   <tr><th>field</th><th>default</th></tr>
 *   <tr><td>kinds</td><td>every operational kind</td></tr>
 *   <tr><td>stalledAfter</td><td>26 hours (a daily schedule plus slack)</td></tr>
 *   <tr><td>lookback</td><td>30 days</td></tr>
 *   <tr><td>cooldown</td><td>0</td></tr>
 * </table>
 *
 * @param kinds the conditions watched: any of {@link AlertKind#REAUTHORIZATION_REQUIRED},
 *     {@link AlertKind#OPTIONS_MISSING}, {@link AlertKind#DEAD_LETTER}, {@link AlertKind#LOCATION_STALLED}
 * @param stalledAfter a location known to the engine with no successful sync for this long is stalled; positive
 * @param lookback how far back the event log is read for re-authorization requests; at least {@code stalledAfter}
 * @param cooldown the shortest time between an operational alert and its re-arming; {@code >= 0}
 */
public record OperationalSettings(Set<AlertKind> kinds, Duration stalledAfter, Duration lookback, Duration cooldown) {

  private static final Set<AlertKind> OPERATIONAL = EnumSet.of(AlertKind.REAUTHORIZATION_REQUIRED,
      AlertKind.OPTIONS_MISSING, AlertKind.DEAD_LETTER, AlertKind.LOCATION_STALLED);

  /**
   * Validates the settings.
   *
   * @param kinds the conditions watched
   * @param stalledAfter how long without a successful sync makes a location stalled
   * @param lookback how far back the event log is read
   * @param cooldown the shortest time between an alert and its re-arming
   * @throws AlertRuleException listing every problem
   */
  public OperationalSettings {
    List<String> problems = new ArrayList<>();
    if (kinds == null || kinds.isEmpty()) {
      problems.add("operational alerts: kinds must list at least one kind");
    } else if (!OPERATIONAL.containsAll(kinds)) {
      problems.add("operational alerts: kinds must be among " + OPERATIONAL + ", was " + kinds);
    }
    boolean stalledValid = stalledAfter != null && !stalledAfter.isNegative() && !stalledAfter.isZero();
    if (!stalledValid) {
      problems.add("operational alerts: stalledAfter must be positive, was " + stalledAfter);
    }
    if (lookback == null || lookback.isNegative() || lookback.isZero()) {
      problems.add("operational alerts: lookback must be positive, was " + lookback);
    } else if (stalledValid && lookback.compareTo(stalledAfter) < 0) {
      problems.add("operational alerts: lookback (" + lookback + ") must be at least stalledAfter (" + stalledAfter
          + ")");
    }
    if (cooldown == null || cooldown.isNegative()) {
      problems.add("operational alerts: cooldown must be >= 0, was " + cooldown);
    }
    if (!problems.isEmpty()) {
      throw new AlertRuleException(problems);
    }
    kinds = Set.copyOf(kinds);
  }

  /**
   * The documented defaults.
   *
   * @return every kind, stalled after 26 hours, 30 days of lookback, no cooldown
   */
  public static OperationalSettings defaults() {
    return new OperationalSettings(OPERATIONAL, Duration.ofHours(26), Duration.ofDays(30), Duration.ZERO);
  }

  /**
   * A copy with another stall limit.
   *
   * @param value how long without a successful sync makes a location stalled
   * @return the copy
   */
  public OperationalSettings withStalledAfter(Duration value) {
    return new OperationalSettings(kinds, value, lookback, cooldown);
  }

  /**
   * A copy watching other kinds.
   *
   * @param value the kinds
   * @return the copy
   */
  public OperationalSettings withKinds(Set<AlertKind> value) {
    return new OperationalSettings(value, stalledAfter, lookback, cooldown);
  }

  /**
   * A copy with another cooldown.
   *
   * @param value the cooldown
   * @return the copy
   */
  public OperationalSettings withCooldown(Duration value) {
    return new OperationalSettings(kinds, stalledAfter, lookback, value);
  }
}
