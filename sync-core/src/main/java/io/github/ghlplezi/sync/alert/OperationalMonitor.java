package io.github.ghlplezi.sync.alert;

import io.github.ghlplezi.sync.events.DeadLetter;
import io.github.ghlplezi.sync.events.EventQuery;
import io.github.ghlplezi.sync.events.EventType;
import io.github.ghlplezi.sync.events.SyncEvent;
import io.github.ghlplezi.sync.store.SyncStore;
import io.github.ghlplezi.sync.token.TokenEventListener;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Operational alerts, through the same fire-once path as thresholds: each condition of a location
 * alerts once when it appears, and again only after it cleared (and the cooldown passed).
 *
 * <table>
 *   <caption>Conditions, all derived from the engine's store</caption>
 *   <tr><th>kind</th><th>holds while</th></tr>
 *   <tr><td>{@link AlertKind#REAUTHORIZATION_REQUIRED}</td><td>the location's latest
 *       {@link EventType#REAUTHORIZATION_REQUIRED} event (written by {@link #tokenListener()}) is newer
 *       than its latest {@link EventType#LOCATION_SYNCED}</td></tr>
 *   <tr><td>{@link AlertKind#OPTIONS_MISSING}</td><td>the engine has unresolved option problems for the
 *       location ({@link EventType#OPTION_MISSING} / {@link EventType#OPTION_REJECTED}, until
 *       {@link EventType#OPTION_RESOLVED})</td></tr>
 *   <tr><td>{@link AlertKind#DEAD_LETTER}</td><td>the location has dead letters not replayed
 *       ({@link EventType#DEAD_LETTER})</td></tr>
 *   <tr><td>{@link AlertKind#LOCATION_STALLED}</td><td>the location has events older than
 *       {@code stalledAfter} but no {@link EventType#LOCATION_SYNCED} within it</td></tr>
 * </table>
 *
 * <p>The alert key is {@code operational:<kind>:<location>:<occurrence>}, e.g.
 * {@code operational:dead_letter:ve9EPM428h8vShlRW1KT:2}.
 */
public final class OperationalMonitor {

  private static final Logger LOG = LoggerFactory.getLogger(OperationalMonitor.class);

  /** The prefix of an operational condition's {@link AlertState#rule()}. */
  public static final String STATE_PREFIX = "operational:";
  /** The run id of the re-authorization events {@link #tokenListener()} writes. */
  public static final String TOKEN_RUN_ID = "tokens";

  private final OperationalSettings settings;
  private final SyncStore engine;
  private final AlertStore store;
  private final AlertDispatcher dispatcher;
  private final Clock clock;

  /**
   * A monitor.
   *
   * @param settings what is watched
   * @param engine the engine's store: events, dead letters, reported options
   * @param store the alert state, shared by replicas
   * @param dispatcher where fired alerts go
   * @param clock the evaluation time
   */
  public OperationalMonitor(OperationalSettings settings, SyncStore engine, AlertStore store,
      AlertDispatcher dispatcher, Clock clock) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.engine = Objects.requireNonNull(engine, "engine");
    this.store = Objects.requireNonNull(store, "store");
    this.dispatcher = Objects.requireNonNull(dispatcher, "dispatcher");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * The state rule of an operational kind.
   *
   * @param kind the kind
   * @return {@code operational:<kind in lower case>}
   */
  public static String stateRule(AlertKind kind) {
    return STATE_PREFIX + kind.name().toLowerCase(Locale.ROOT);
  }

  /**
   * A listener for {@code ManagedTokenSource.builder().listener(..)}: records each re-authorization
   * request as a {@link EventType#REAUTHORIZATION_REQUIRED} event (one insert; no delivery on the
   * token source's thread). The next {@link #check} alerts on it. Never throws.
   *
   * @return the listener
   */
  public TokenEventListener tokenListener() {
    return event -> {
      try {
        engine.append(List.of(SyncEvent.of(event.occurredAt(), TOKEN_RUN_ID, event.id(),
            EventType.REAUTHORIZATION_REQUIRED, "reason=" + event.reason() + " userType=" + event.userType())));
      } catch (RuntimeException e) {
        LOG.warn("re-authorization request of {} not recorded: {}", event.id(), e.getMessage());
      }
    };
  }

  /**
   * Checks every condition of some locations, one after another, after delivering the alerts a
   * process that died mid-delivery left pending ({@link AlertDispatcher#recoverPending()}).
   *
   * @param locationIds the locations
   * @return the alerts this call fired (and dispatched), in order
   */
  public List<Alert> check(Collection<String> locationIds) {
    dispatcher.recoverPending();
    List<DeadLetter> open = engine.deadLetters().stream().filter(DeadLetter::open).toList();
    List<Alert> out = new ArrayList<>();
    for (String id : locationIds) {
      out.addAll(check(id, open));
    }
    return out;
  }

  /**
   * Checks every condition of one location.
   *
   * @param locationId the location
   * @return the alerts this call fired (and dispatched), in order
   */
  public List<Alert> check(String locationId) {
    return check(locationId, engine.deadLetters().stream().filter(DeadLetter::open).toList());
  }

  private List<Alert> check(String locationId, List<DeadLetter> openLetters) {
    Instant now = clock.instant();
    Facts facts = facts(locationId, now, openLetters);
    List<Alert> fired = new ArrayList<>();
    for (AlertKind kind : AlertKind.values()) {
      if (!settings.kinds().contains(kind)) {
        continue;
      }
      Condition condition = condition(kind, facts, settings);
      Optional<Alert> alert = Transitions.advance(store, stateRule(kind), locationId, "", condition.active(),
          !condition.active(), OptionalDouble.of(condition.count()), now, settings.cooldown(), state -> {
            Map<String, String> details = new LinkedHashMap<>(condition.details());
            details.put("occurrence", Integer.toString(state.crossings()));
            return new Alert(state.alertKey(), kind, locationId, now, condition.title(), condition.message(), details);
          });
      if (alert.isPresent()) {
        dispatcher.dispatch(alert.get());
        fired.add(alert.get());
      }
    }
    return fired;
  }

  private Facts facts(String locationId, Instant now, List<DeadLetter> openLetters) {
    Instant end = now.plusMillis(1);
    EventQuery location = EventQuery.all().location(locationId);
    List<SyncEvent> tokenAndSync = engine.events(location.between(now.minus(settings.lookback()), end)
        .types(EventType.REAUTHORIZATION_REQUIRED, EventType.LOCATION_SYNCED));
    Instant cutoff = now.minus(settings.stalledAfter());
    boolean syncedRecently = tokenAndSync.stream()
        .anyMatch(e -> e.type() == EventType.LOCATION_SYNCED && !e.at().isBefore(cutoff));
    boolean knownBefore = !engine.events(location.between(Instant.EPOCH, cutoff)
        .types(EventType.LOCATION_SYNCED, EventType.LOCATION_FAILED, EventType.DEAD_LETTER,
            EventType.REAUTHORIZATION_REQUIRED).limit(1)).isEmpty();
    List<DeadLetter> letters = openLetters.stream().filter(d -> d.mapping().locationId().equals(locationId)).toList();
    return new Facts(locationId, now, tokenAndSync, letters, engine.reportedOptions(locationId), syncedRecently,
        knownBefore);
  }

  /**
   * What the store says about a location.
   *
   * @param locationId the location
   * @param now the evaluation time
   * @param tokenAndSync its re-authorization and synced events within the lookback, in append order
   * @param openDeadLetters its dead letters not replayed
   * @param reportedOptions its unresolved option problems (the engine's keys)
   * @param syncedRecently whether it synced within {@code stalledAfter}
   * @param knownBefore whether it has engine events older than {@code stalledAfter}
   */
  record Facts(String locationId, Instant now, List<SyncEvent> tokenAndSync, List<DeadLetter> openDeadLetters,
      Set<String> reportedOptions, boolean syncedRecently, boolean knownBefore) {
  }

  /**
   * One condition's evaluation.
   *
   * @param active whether it holds
   * @param count how many items it concerns (dead letters, options), 1 or 0 otherwise
   * @param title the alert's title
   * @param message the alert's message
   * @param details the alert's details
   */
  record Condition(boolean active, int count, String title, String message, Map<String, String> details) {
  }

  /** Evaluates one condition (pure). */
  static Condition condition(AlertKind kind, Facts f, OperationalSettings settings) {
    String loc = f.locationId();
    return switch (kind) {
      case REAUTHORIZATION_REQUIRED -> {
        Optional<SyncEvent> last = f.tokenAndSync().isEmpty() ? Optional.empty()
            : Optional.of(f.tokenAndSync().get(f.tokenAndSync().size() - 1));
        boolean active = last.isPresent() && last.get().type() == EventType.REAUTHORIZATION_REQUIRED;
        String detail = last.map(SyncEvent::detail).orElse("");
        yield new Condition(active, active ? 1 : 0, "Re-authorization required for " + loc,
            "HighLevel no longer accepts the app's token for " + loc + " (" + detail + "): a person must"
                + " re-authorize the app (reinstall it, or rotate the Private Integration Token). Syncs of this"
                + " location fail until then.",
            Map.of("since", last.map(e -> e.at().toString()).orElse(""), "detail", detail));
      }
      case OPTIONS_MISSING -> {
        Set<String> options = f.reportedOptions().stream().map(k -> k.substring(k.lastIndexOf(':') + 1))
            .collect(Collectors.toCollection(TreeSet::new));
        yield new Condition(!options.isEmpty(), options.size(), "Options missing in Plezi for " + loc,
            "Tags of " + loc + " have no option in the Plezi field: an administrator must add option(s) " + options
                + " in Plezi; the other tags are delivered meanwhile.",
            Map.of("options", String.join(",", options), "count", Integer.toString(options.size())));
      }
      case DEAD_LETTER -> {
        List<DeadLetter> letters = f.openDeadLetters();
        String ids = letters.stream().map(d -> Long.toString(d.id())).collect(Collectors.joining(","));
        String reason = letters.isEmpty() ? "" : letters.get(letters.size() - 1).reason();
        yield new Condition(!letters.isEmpty(), letters.size(), "Dead letters for " + loc,
            letters.size() + " sync(s) of " + loc + " failed permanently and wait for a person (last: " + reason
                + "); fix the cause, then replay them.",
            Map.of("deadLetters", ids, "count", Integer.toString(letters.size())));
      }
      case LOCATION_STALLED -> {
        boolean active = f.knownBefore() && !f.syncedRecently();
        Optional<Instant> lastSync = f.tokenAndSync().stream().filter(e -> e.type() == EventType.LOCATION_SYNCED)
            .map(SyncEvent::at).reduce((a, b) -> b);
        Duration limit = settings.stalledAfter();
        yield new Condition(active, active ? 1 : 0, "Location " + loc + " stopped syncing",
            "No successful sync of " + loc + " for more than " + limit + " (last: "
                + lastSync.map(Instant::toString).orElse("none within " + settings.lookback()) + ").",
            Map.of("stalledAfter", limit.toString(), "lastSync", lastSync.map(Instant::toString).orElse("")));
      }
      case THRESHOLD -> throw new IllegalArgumentException("THRESHOLD is not an operational condition");
    };
  }
}
