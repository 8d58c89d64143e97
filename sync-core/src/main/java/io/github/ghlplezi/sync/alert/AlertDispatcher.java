package io.github.ghlplezi.sync.alert;

import io.github.ghlplezi.sync.events.EventQuery;
import io.github.ghlplezi.sync.events.EventType;
import io.github.ghlplezi.sync.events.SyncEvent;
import io.github.ghlplezi.sync.http.RetryPolicy;
import io.github.ghlplezi.sync.http.Sleeper;
import io.github.ghlplezi.sync.store.SyncStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands a fired alert to every configured sink, and never loses it: the alert is recorded as an
 * {@link EventType#ALERT_RAISED} event in the event log, each sink is tried, a sink that fails with a
 * retriable error is tried again with exponential backoff and full jitter (the {@link RetryPolicy}'s
 * {@code maxAttempts}, {@code baseDelay}, {@code maxDelay}, {@code minDelay} and {@code deadline}),
 * and what is still undelivered after the last attempt, or failed permanently, is stored as an
 * {@link AlertDeadLetter}, which {@link #replay(long)} sends again. A delivery that a crash
 * interrupted is finished by {@link #recoverPending()}.
 *
 * <p>The sinks are tried in rounds: every sink once, then, after one backoff, the ones that failed,
 * so a failing sink never delays the first delivery to the others, and one sink's failure never
 * prevents another's delivery. A sink that throws an unchecked exception is treated as a permanent
 * failure.
 */
public final class AlertDispatcher {

  private static final Logger LOG = LoggerFactory.getLogger(AlertDispatcher.class);

  /** The run id of the {@link EventType#ALERT_RAISED} events. */
  public static final String EVENT_RUN_ID = "alerts";

  /** Added to the retry deadline before a pending alert's claim is taken for a dead process's. */
  public static final Duration CLAIM_MARGIN = Duration.ofMinutes(5);

  /** The default retry policy: 5 attempts, 1 s doubling to 60 s at most, 10 minutes in all. */
  public static final RetryPolicy DEFAULT_RETRY =
      new RetryPolicy(5, Duration.ofSeconds(1), Duration.ofSeconds(60), Duration.ofMinutes(10));

  private final AlertStore store;
  private final SyncStore eventLog;
  private final Map<String, AlertSink> sinks;
  private final List<String> order;
  private final RetryPolicy retry;
  private final Clock clock;
  private final Sleeper sleeper;
  private final RandomGenerator random;

  private AlertDispatcher(Builder b) {
    this.store = Objects.requireNonNull(b.store, "store");
    this.eventLog = Objects.requireNonNull(b.eventLog, "eventLog");
    this.sinks = Map.copyOf(b.sinks);
    this.retry = b.retry;
    this.clock = b.clock;
    this.sleeper = b.sleeper;
    this.random = b.random;
    if (sinks.isEmpty()) {
      throw new IllegalStateException("an alert dispatcher needs at least one sink");
    }
    this.order = List.copyOf(b.sinks.keySet());
  }

  /**
   * A builder; the alert store, the event log and at least one sink are required.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The outcome of one dispatch.
   *
   * @param alert the alert
   * @param deliveredTo the sinks that took it, by name, in configuration order
   * @param deadLetters what the other sinks left, as stored
   */
  public record Dispatch(Alert alert, List<String> deliveredTo, List<AlertDeadLetter> deadLetters) {

    /**
     * Copies the lists.
     *
     * @param alert the alert
     * @param deliveredTo the sinks that took it
     * @param deadLetters what the other sinks left
     */
    public Dispatch {
      Objects.requireNonNull(alert, "alert");
      deliveredTo = List.copyOf(deliveredTo);
      deadLetters = List.copyOf(deadLetters);
    }

    /**
     * Whether every sink took the alert.
     *
     * @return whether no dead letter was left
     */
    public boolean allDelivered() {
      return deadLetters.isEmpty();
    }
  }

  /**
   * Records the alert in the event log and delivers it to every sink (retrying, then dead-lettering).
   * Never throws for a sink's failure.
   *
   * @param alert the alert
   * @return which sinks took it and the dead letters of the others
   */
  public Dispatch dispatch(Alert alert) {
    Objects.requireNonNull(alert, "alert");
    record(alert);
    return deliver(alert);
  }

  private Dispatch deliver(Alert alert) {
    Instant start = clock.instant();
    List<String> delivered = new ArrayList<>();
    List<AlertDeadLetter> dead = new ArrayList<>();
    Map<String, String> pending = new LinkedHashMap<>();
    order.forEach(name -> pending.put(name, ""));
    int attempt = 0;
    while (!pending.isEmpty()) {
      attempt++;
      for (String name : List.copyOf(pending.keySet())) {
        Optional<AlertDeliveryException> failure = send(sinks.get(name), alert);
        if (failure.isEmpty()) {
          delivered.add(name);
          pending.remove(name);
        } else if (!failure.get().retriable()) {
          pending.remove(name);
          dead.add(deadLetter(alert, name, attempt, failure.get().getMessage()));
        } else {
          pending.put(name, failure.get().getMessage());
        }
      }
      if (pending.isEmpty() || attempt >= retry.maxAttempts()) {
        break;
      }
      Duration wait = retry.backoff(attempt, random);
      if (clock.instant().plus(wait).isAfter(start.plus(retry.deadline()))) {
        break;
      }
      try {
        sleeper.sleep(wait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    for (Map.Entry<String, String> left : pending.entrySet()) {
      dead.add(deadLetter(alert, left.getKey(), attempt, left.getValue()));
    }
    if (dead.isEmpty()) {
      LOG.info("alert {} ({}) delivered to {}", alert.key(), alert.kind(), delivered);
    } else {
      LOG.warn("alert {} ({}) delivered to {}; kept as dead letters for {}", alert.key(), alert.kind(), delivered,
          dead.stream().map(AlertDeadLetter::sink).toList());
    }
    store.settle(alert.key());
    return new Dispatch(alert, delivered, dead);
  }

  /**
   * Delivers the alerts whose firing was stored but whose delivery never ended (the process died
   * between the two), once their claim is older than the retry deadline plus {@link #CLAIM_MARGIN}
   * (a live process is done with a delivery by then). Each is claimed by one process only. The
   * monitors call this before each evaluation; a receiver may get such an alert twice (the dead
   * process may have reached it), with the same key.
   *
   * @return the deliveries made
   */
  public List<Dispatch> recoverPending() {
    Instant now = clock.instant();
    List<Dispatch> out = new ArrayList<>();
    for (Alert alert : store.claimPending(now.minus(retry.deadline()).minus(CLAIM_MARGIN), now)) {
      LOG.warn("alert {}: its delivery was interrupted (the process stopped); delivering it again", alert.key());
      if (!recorded(alert)) {
        record(alert);
      }
      out.add(deliver(alert));
    }
    return out;
  }

  private boolean recorded(Alert alert) {
    try {
      Instant at = alert.raisedAt().truncatedTo(ChronoUnit.MILLIS);   // stores keep milliseconds
      return eventLog.events(EventQuery.all().location(alert.locationId()).types(EventType.ALERT_RAISED)
          .between(at, at.plusMillis(1))).stream()
          .anyMatch(e -> e.detail().startsWith(alert.key() + " "));
    } catch (RuntimeException e) {
      return false;
    }
  }

  private void record(Alert alert) {
    try {
      eventLog.append(List.of(SyncEvent.of(alert.raisedAt(), EVENT_RUN_ID, alert.locationId(), EventType.ALERT_RAISED,
          alert.key() + " " + alert.title())));
    } catch (RuntimeException e) {
      // the sinks still get it; the event log is a record, not the delivery path
      LOG.warn("alert {}: not recorded in the event log: {}", alert.key(), e.getMessage());
    }
  }

  private static Optional<AlertDeliveryException> send(AlertSink sink, Alert alert) {
    try {
      sink.send(alert);
      return Optional.empty();
    } catch (AlertDeliveryException e) {
      return Optional.of(e);
    } catch (RuntimeException e) {
      return Optional.of(new AlertDeliveryException("sink " + sink.name() + " failed: " + e.getClass().getSimpleName(),
          false, e));
    }
  }

  private AlertDeadLetter deadLetter(Alert alert, String sink, int attempts, String error) {
    return store.addDeadLetter(new AlertDeadLetter(0, alert, sink, attempts, error, clock.instant(), Optional.empty()));
  }

  /**
   * The dead letters, open and replayed, oldest first.
   *
   * @return the alert store's dead letters
   */
  public List<AlertDeadLetter> deadLetters() {
    return store.deadLetters();
  }

  /**
   * Sends an open dead letter again, once, to the sink that failed it.
   *
   * @param deadLetterId the dead letter's id
   * @return whether it was delivered (it is then closed); false when it failed again (one more attempt
   *     is recorded), is unknown, or was already replayed
   */
  public boolean replay(long deadLetterId) {
    Optional<AlertDeadLetter> found = store.deadLetters().stream()
        .filter(d -> d.id() == deadLetterId && d.open()).findFirst();
    if (found.isEmpty()) {
      return false;
    }
    AlertDeadLetter letter = found.get();
    AlertSink sink = sinks.get(letter.sink());
    Optional<AlertDeliveryException> failure = sink == null
        ? Optional.of(new AlertDeliveryException("no sink named " + letter.sink() + " is configured", false, null))
        : send(sink, letter.alert());
    boolean delivered = failure.isEmpty();
    store.recordReplay(deadLetterId, delivered, failure.map(Throwable::getMessage).orElse(""), clock.instant());
    LOG.info("alert dead letter {} ({} to {}) replayed: {}", deadLetterId, letter.alert().key(), letter.sink(),
        delivered ? "delivered" : "failed again");
    return delivered;
  }

  /**
   * Replays every open dead letter once.
   *
   * @return how many were delivered
   */
  public int replayAll() {
    int delivered = 0;
    for (AlertDeadLetter letter : store.deadLetters()) {
      if (letter.open() && replay(letter.id())) {
        delivered++;
      }
    }
    return delivered;
  }

  /** Configures an {@link AlertDispatcher}. */
  public static final class Builder {
    private AlertStore store;
    private SyncStore eventLog;
    private final Map<String, AlertSink> sinks = new LinkedHashMap<>();
    private RetryPolicy retry = DEFAULT_RETRY;
    private Clock clock = Clock.systemUTC();
    private Sleeper sleeper = Sleeper.system();
    private RandomGenerator random = RandomGenerator.getDefault();

    private Builder() {
    }

    /**
     * Where dead letters are kept (required).
     *
     * @param value the alert store
     * @return this builder
     */
    public Builder store(AlertStore value) {
      this.store = Objects.requireNonNull(value, "store");
      return this;
    }

    /**
     * The event log that records every alert raised (required).
     *
     * @param value the engine's store
     * @return this builder
     */
    public Builder eventLog(SyncStore value) {
      this.eventLog = Objects.requireNonNull(value, "eventLog");
      return this;
    }

    /**
     * Adds a sink (at least one); names must be distinct, since dead letters name their sink.
     *
     * @param value the sink
     * @return this builder
     * @throws IllegalArgumentException when a sink of that name was added already
     */
    public Builder sink(AlertSink value) {
      Objects.requireNonNull(value, "sink");
      if (sinks.putIfAbsent(value.name(), value) != null) {
        throw new IllegalArgumentException("two alert sinks are named " + value.name());
      }
      return this;
    }

    /**
     * How deliveries are retried.
     *
     * @param value the policy (default {@link AlertDispatcher#DEFAULT_RETRY}); only the attempts,
     *     delays and deadline apply
     * @return this builder
     */
    public Builder retryPolicy(RetryPolicy value) {
      this.retry = Objects.requireNonNull(value, "retryPolicy");
      return this;
    }

    /**
     * The clock of dead letters and of the retry deadline.
     *
     * @param value the clock (default: the system's, UTC)
     * @return this builder
     */
    public Builder clock(Clock value) {
      this.clock = Objects.requireNonNull(value, "clock");
      return this;
    }

    /**
     * What waits between attempts.
     *
     * @param value the sleeper (default: {@link Sleeper#system()}); tests advance a clock instead
     * @return this builder
     */
    public Builder sleeper(Sleeper value) {
      this.sleeper = Objects.requireNonNull(value, "sleeper");
      return this;
    }

    /**
     * The jitter source.
     *
     * @param value the random generator (default: the JDK's default)
     * @return this builder
     */
    public Builder random(RandomGenerator value) {
      this.random = Objects.requireNonNull(value, "random");
      return this;
    }

    /**
     * Builds the dispatcher.
     *
     * @return the dispatcher
     * @throws NullPointerException when the store or the event log is missing
     * @throws IllegalStateException when no sink was added
     */
    public AlertDispatcher build() {
      return new AlertDispatcher(this);
    }
  }
}
