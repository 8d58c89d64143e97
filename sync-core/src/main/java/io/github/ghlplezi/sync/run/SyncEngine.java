package io.github.ghlplezi.sync.run;

import io.github.ghlplezi.sync.LocationMapping;
import io.github.ghlplezi.sync.SyncFailure;
import io.github.ghlplezi.sync.deliver.ContactSink;
import io.github.ghlplezi.sync.deliver.ContactWrite;
import io.github.ghlplezi.sync.deliver.DeliveryResult;
import io.github.ghlplezi.sync.deliver.FieldWrite;
import io.github.ghlplezi.sync.events.DeadLetter;
import io.github.ghlplezi.sync.events.EventQuery;
import io.github.ghlplezi.sync.events.EventType;
import io.github.ghlplezi.sync.events.SyncEvent;
import io.github.ghlplezi.sync.fetch.SourceTag;
import io.github.ghlplezi.sync.fetch.StatisticsReading;
import io.github.ghlplezi.sync.fetch.TagSource;
import io.github.ghlplezi.sync.ledger.LedgerEntry;
import io.github.ghlplezi.sync.ledger.PendingWrite;
import io.github.ghlplezi.sync.store.LocationCommit;
import io.github.ghlplezi.sync.store.SyncStore;
import io.github.ghlplezi.sync.tags.CatalogChange;
import io.github.ghlplezi.sync.tags.CatalogDiff;
import io.github.ghlplezi.sync.tags.MissingOption;
import io.github.ghlplezi.sync.tags.OptionRules;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The sync engine: one run path, {@link #run(Trigger, Selection)}, for schedules, webhooks, test pulls
 * and replays, carrying two streams, configured alone or together ({@link #builder()}):
 *
 * <ul>
 *   <li><b>tags</b>: fetch the location's tags ({@link TagSource}), diff them against the catalog and map
 *       them to options (pure);</li>
 *   <li><b>statistics</b> ({@link StatisticsStream}): fetch the location's statistics window, store it in
 *       the statistics history, compute aggregates and segments (pure).</li>
 * </ul>
 *
 * <p>Per location, both streams' fields go through one decide step (what the delivery ledger says Plezi
 * does not hold yet), one write ({@link ContactSink}) and one {@link SyncStore#commit commit} of catalog,
 * ledger and events. The catalog advances only after Plezi confirmed the write, so a crash or a failure
 * repeats the same change next run. The statistics history is stored as soon as it is read: it is
 * HighLevel's data, not a delivery cursor (aggregates are recomputed from it every run and the ledger
 * decides what is sent), so a Plezi outage never leaves a hole in the history.
 *
 * <p>Locations run concurrently on {@link EngineSettings#parallelism()} threads; one location is never
 * synced by two threads at once, even across overlapping runs of this engine.
 */
public final class SyncEngine {

  private static final Logger LOG = LoggerFactory.getLogger(SyncEngine.class);

  private final TagSource source;
  private final StatisticsStream statistics;
  private final ContactSink sink;
  private final SyncStore store;
  private final EngineSettings settings;
  private final Clock clock;
  private final Map<String, ReentrantLock> locationLocks = new ConcurrentHashMap<>();

  /**
   * An engine with the tag stream only.
   *
   * @param source the fetch port ({@code GhlTagSource} in production)
   * @param sink the deliver port ({@code PleziContactSink} in production)
   * @param store the record port ({@code JdbcSyncStore} in production)
   * @param settings fields, options, triggers, parallelism
   * @param clock the time of catalog entries, events and trigger dates
   * @throws IllegalArgumentException when the settings name no tag field
   */
  public SyncEngine(TagSource source, ContactSink sink, SyncStore store, EngineSettings settings, Clock clock) {
    this(Objects.requireNonNull(source, "source"), null, sink, store, settings, clock);
  }

  private SyncEngine(TagSource source, StatisticsStream statistics, ContactSink sink, SyncStore store,
      EngineSettings settings, Clock clock) {
    this.source = source;
    this.statistics = statistics;
    this.sink = Objects.requireNonNull(sink, "sink");
    this.store = Objects.requireNonNull(store, "store");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.clock = Objects.requireNonNull(clock, "clock");
    if (source == null && statistics == null) {
      throw new IllegalArgumentException("configure the tag stream, the statistics stream or both");
    }
    if (source != null && settings.options().isEmpty()) {
      throw new IllegalArgumentException("the tag stream needs its Plezi field: EngineSettings.of(optionRules)");
    }
    if (source == null && settings.options().isPresent()) {
      throw new IllegalArgumentException("the settings name tag field " + settings.options().get().fieldKey()
          + " but the engine has no tag source: add tags(...) or use EngineSettings.defaults()");
    }
    if (source == null && (settings.triggerDateField().isPresent() || settings.triggerValueField().isPresent())) {
      throw new IllegalArgumentException("trigger fields react to tag changes: they need the tag stream");
    }
  }

  /**
   * A builder: configure {@link Builder#tags tags}, {@link Builder#statistics statistics} or both.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The statistics stream, for the embedding application's queries of its history and aggregates.
   *
   * @return the stream; empty for an engine without it
   */
  public Optional<StatisticsStream> statistics() {
    return Optional.ofNullable(statistics);
  }

  /** Builds a {@link SyncEngine}: at least one stream, a sink and a store. */
  public static final class Builder {

    private TagSource tags;
    private StatisticsStream statisticsStream;
    private ContactSink contactSink;
    private SyncStore syncStore;
    private EngineSettings engineSettings;
    private Clock engineClock = Clock.systemUTC();

    private Builder() {
    }

    /**
     * The tag stream: where tags come from (the field they go to is {@link EngineSettings#options()}).
     *
     * @param tagSource the fetch port ({@code GhlTagSource} in production)
     * @return this builder
     */
    public Builder tags(TagSource tagSource) {
      this.tags = Objects.requireNonNull(tagSource, "tagSource");
      return this;
    }

    /**
     * The statistics stream: its source, history, aggregates and segments.
     *
     * @param stream the stream ({@link StatisticsStream#of})
     * @return this builder
     */
    public Builder statistics(StatisticsStream stream) {
      this.statisticsStream = Objects.requireNonNull(stream, "stream");
      return this;
    }

    /**
     * The deliver port.
     *
     * @param sink {@code PleziContactSink} in production
     * @return this builder
     */
    public Builder sink(ContactSink sink) {
      this.contactSink = Objects.requireNonNull(sink, "sink");
      return this;
    }

    /**
     * The record port: catalog, ledger, events.
     *
     * @param store {@code JdbcSyncStore} in production
     * @return this builder
     */
    public Builder store(SyncStore store) {
      this.syncStore = Objects.requireNonNull(store, "store");
      return this;
    }

    /**
     * Fields, options, triggers, parallelism, retention; with tags {@code EngineSettings.of(optionRules)},
     * without them {@link EngineSettings#defaults()} (the default).
     *
     * @param settings the settings
     * @return this builder
     */
    public Builder settings(EngineSettings settings) {
      this.engineSettings = Objects.requireNonNull(settings, "settings");
      return this;
    }

    /**
     * The clock of catalog entries, events, trigger dates and the statistics window (UTC days).
     *
     * @param clock the clock; {@code Clock.systemUTC()} by default
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.engineClock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Builds the engine.
     *
     * @return the engine
     * @throws IllegalArgumentException when no stream is configured, the tag stream has no field in the
     *     settings, or the settings name a tag or trigger field without the tag stream
     * @throws NullPointerException when the sink or the store is missing
     */
    public SyncEngine build() {
      Objects.requireNonNull(contactSink, "sink");
      Objects.requireNonNull(syncStore, "store");
      return new SyncEngine(tags, statisticsStream, contactSink, syncStore,
          engineSettings != null ? engineSettings : EngineSettings.defaults(), engineClock);
    }
  }

  /**
   * Syncs the selected locations.
   *
   * @param trigger why
   * @param selection which locations, with their contacts
   * @return the run; never throws for a remote or store failure of one location
   */
  public SyncRun run(Trigger trigger, Selection selection) {
    return execute(trigger, selection, false);
  }

  /**
   * The same run with nothing written anywhere (neither Plezi nor the store): every outcome is a
   * {@link LocationOutcome.Planned} (or a failure to fetch). Print it with {@link SyncRun#toText()}.
   *
   * @param trigger why (usually {@link Trigger#MANUAL_TEST_PULL})
   * @param selection which locations
   * @return the plan
   */
  public SyncRun dryRun(Trigger trigger, Selection selection) {
    return execute(trigger, selection, true);
  }

  /**
   * Sends open dead letters matching a filter through the run path again; those whose location now
   * syncs are marked replayed.
   *
   * @param filter which dead letters (for one: {@code d -> d.id() == id})
   * @return the replay run (empty when nothing matched)
   */
  public SyncRun replay(Predicate<DeadLetter> filter) {
    List<DeadLetter> letters = store.deadLetters().stream().filter(DeadLetter::open).filter(filter).toList();
    Map<String, LocationMapping> mappings = new LinkedHashMap<>();
    letters.forEach(letter -> mappings.put(letter.mapping().locationId(), letter.mapping()));
    SyncRun run = run(Trigger.REPLAY, new Selection(List.copyOf(mappings.values())));
    for (LocationOutcome outcome : run.outcomes()) {
      if (outcome instanceof LocationOutcome.Synced) {
        letters.stream().filter(l -> l.mapping().locationId().equals(outcome.mapping().locationId()))
            .forEach(l -> store.markReplayed(l.id(), run.id()));
      }
    }
    return run;
  }

  /**
   * Events matching a query (by location, time range and type).
   *
   * @param query the filter
   * @return the matching events, in append order
   */
  public List<SyncEvent> events(EventQuery query) {
    return store.events(query);
  }

  /**
   * Every dead letter, oldest first.
   *
   * @return the dead letters, open and replayed
   */
  public List<DeadLetter> deadLetters() {
    return store.deadLetters();
  }

  /**
   * Deletes events, and replayed dead letters, older than {@link EngineSettings#retention()}.
   *
   * @return how many were deleted
   */
  public int applyRetention() {
    return store.purgeBefore(now().minus(settings.retention()));
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }

  private SyncRun execute(Trigger trigger, Selection selection, boolean dryRun) {
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(selection, "selection");
    String runId = UUID.randomUUID().toString();
    Instant startedAt = now();
    if (!dryRun) {
      store.append(List.of(SyncEvent.of(startedAt, runId, "", EventType.RUN_STARTED,
          "trigger=" + trigger + " locations=" + selection.mappings().size())));
    }
    List<LocationMapping> mappings = selection.mappings();
    List<LocationOutcome> outcomes = new ArrayList<>(mappings.size());
    int threads = Math.min(settings.parallelism(), Math.max(1, mappings.size()));
    ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
      Thread thread = new Thread(runnable, "ghlplezi-sync-" + runId.substring(0, 8));
      thread.setDaemon(true);
      return thread;
    });
    try {
      List<Future<LocationOutcome>> futures = new ArrayList<>(mappings.size());
      for (LocationMapping mapping : mappings) {
        futures.add(pool.submit(() -> syncGuarded(runId, mapping, dryRun)));
      }
      for (Future<LocationOutcome> future : futures) {
        outcomes.add(future.get());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("run " + runId + " interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("run " + runId + " failed unexpectedly", e.getCause());
    } finally {
      pool.shutdownNow();
    }
    SyncRun run = new SyncRun(runId, trigger, dryRun, startedAt, now(), outcomes);
    if (!dryRun) {
      store.append(List.of(SyncEvent.of(run.finishedAt(), runId, "", EventType.RUN_FINISHED, String.format(
          java.util.Locale.ROOT, "locations=%d failed=%d writes=%d changes=%d ms=%d", outcomes.size(), run.failed(),
          run.writes(), run.changes().size(), run.duration().toMillis()))));
    }
    LOG.info("{} {} ({}): {} locations, {} failed, {} writes, {} catalog changes, {} ms", dryRun ? "dry run" : "run",
        runId, trigger, outcomes.size(), run.failed(), run.writes(), run.changes().size(), run.duration().toMillis());
    return run;
  }

  private LocationOutcome syncGuarded(String runId, LocationMapping mapping, boolean dryRun) {
    ReentrantLock lock = locationLocks.computeIfAbsent(mapping.locationId(), id -> new ReentrantLock());
    lock.lock();
    MDC.put("locationId", mapping.locationId());
    try {
      return syncLocation(runId, mapping, dryRun);
    } catch (RuntimeException e) {
      // Only the store can end up here (the ports' failures are handled where they happen); nothing
      // advanced, so the next run repeats the location: a store failure is transient, not a dead letter.
      return failed(runId, mapping, new SyncFailure(SyncFailure.Stage.RECORD,
          io.github.ghlplezi.http.FailureKind.TRANSIENT, 0, Optional.empty(),
          e.getClass().getSimpleName() + ": " + e.getMessage()), dryRun);
    } finally {
      MDC.remove("locationId");
      lock.unlock();
    }
  }

  private LocationOutcome syncLocation(String runId, LocationMapping mapping, boolean dryRun) {
    String locationId = mapping.locationId();
    String email = mapping.contactEmail();
    List<SourceTag> tags = List.of();
    if (source != null) {
      try {
        tags = source.tags(locationId);
      } catch (RuntimeException e) {
        return failed(runId, mapping, SyncFailure.of(SyncFailure.Stage.FETCH, e), dryRun);
      }
    }
    Instant now = now();
    StatisticsReading reading = null;
    if (statistics != null) {
      try {
        reading = statistics.fetch(locationId, LocalDate.ofInstant(now, ZoneOffset.UTC));
      } catch (RuntimeException e) {
        SyncFailure f = SyncFailure.of(SyncFailure.Stage.FETCH, e);
        return failed(runId, mapping, new SyncFailure(f.stage(), f.kind(), f.status(), f.requestId(),
            "statistics: " + f.message()), dryRun);
      }
    }
    Optional<OptionRules> rules = settings.options();
    Map<String, io.github.ghlplezi.sync.tags.CatalogEntry> catalog =
        rules.isPresent() ? store.catalog(locationId) : Map.of();
    CatalogDiff diff = rules.isPresent() ? CatalogDiff.of(locationId, catalog, tags, now)
        : new CatalogDiff(List.of(), List.of());
    OptionRules.MappedTags mapped = rules.isPresent() ? rules.get().map(tags)
        : new OptionRules.MappedTags(List.of(), List.of());
    Set<String> reported = store.reportedOptions(locationId);
    Map<String, LedgerEntry> ledger = store.ledger(email);
    Optional<PendingWrite> pending = store.pending(email);

    Optional<StatisticsRead> statisticsRead = Optional.empty();
    List<FieldWrite> statisticsFields = List.of();
    if (reading != null) {
      StatisticsStream.Snapshot snapshot = statistics.snapshot(locationId, reading);
      if (!dryRun) {
        statistics.record(snapshot, now);
      }
      Map<String, Double> values = statistics.values(snapshot);
      statisticsRead = Optional.of(statistics.summary(snapshot, values));
      statisticsFields = statistics.fields(values, mapped.values());
      if (!dryRun) {
        store.append(statisticsEvents(runId, locationId, statisticsRead.get(), now));
      }
    }

    List<FieldWrite> toSend = new ArrayList<>();
    // Options Plezi refused before are left out unless a write is due anyway (then they are tried again).
    Set<String> knownRefused = refusedOptions(reported);
    String tagKey = rules.map(OptionRules::fieldKey).orElse(null);
    if (tagKey != null) {
      FieldWrite tagField = FieldWrite.multiSelect(tagKey, mapped.values());
      if (!holds(ledger, tagField) && !holds(ledger, tagField.without(knownRefused))) {
        toSend.add(tagField);
      }
      List<FieldWrite> triggers = !catalog.isEmpty() && !diff.changes().isEmpty() ? triggerFields(diff, now) : List.of();
      triggers.stream().filter(t -> !holds(ledger, t)).forEach(toSend::add);
    }
    statisticsFields.stream().filter(f -> !holds(ledger, f)).forEach(toSend::add);
    boolean resent = false;
    if (pending.isPresent() && pending.get().locationId().equals(locationId) && !toSend.isEmpty()
        && samePending(pending.get().fields(), toSend, tagKey)) {
      toSend = new ArrayList<>(pending.get().fields());
      resent = true;
    }

    if (dryRun) {
      return new LocationOutcome.Planned(mapping, diff.changes(), toSend, mapped.missing(), statisticsRead);
    }

    List<String> rejected = new ArrayList<>();
    if (!toSend.isEmpty()) {
      if (!resent) {
        store.savePending(new PendingWrite(email, locationId, runId, toSend, now));
      }
      for (int round = 1; ; round++) {
        DeliveryResult result;
        try {
          result = sink.write(new ContactWrite(email, toSend));
        } catch (RuntimeException e) {
          return failed(runId, mapping, SyncFailure.of(SyncFailure.Stage.DELIVER, e), false);
        }
        if (result instanceof DeliveryResult.ValuesRejected refused) {
          List<FieldWrite> reduced = toSend.stream()
              .map(f -> f.key().equals(refused.fieldKey()) ? f.without(refused.values()) : f).toList();
          if (reduced.equals(toSend) || round >= settings.maxRejectedRounds()) {
            return failed(runId, mapping, new SyncFailure(SyncFailure.Stage.DELIVER,
                io.github.ghlplezi.http.FailureKind.PERMANENT, 422, Optional.empty(),
                "Plezi refused values it did not name in the write, or too many: " + refused.vendorMessage()), false);
          }
          rejected.addAll(refused.values());
          toSend = reduced.stream().filter(f -> !holds(ledger, f)).toList();
          if (toSend.isEmpty()) {
            break;
          }
          store.savePending(new PendingWrite(email, locationId, runId, toSend, now));
          continue;
        }
        break;
      }
    }
    store.commit(commitFor(runId, mapping, diff, mapped.missing(), reported, knownRefused, toSend, rejected,
        resent, now));
    return new LocationOutcome.Synced(mapping, diff.changes(), toSend, resent, mapped.missing(), rejected,
        statisticsRead);
  }

  private static List<SyncEvent> statisticsEvents(String runId, String locationId, StatisticsRead read, Instant now) {
    List<SyncEvent> events = new ArrayList<>();
    read.gap().ifPresent(gap -> events.add(SyncEvent.of(now, runId, locationId, EventType.STATISTICS_GAP,
        gap.days() + " days not read: " + gap.firstDay() + ".." + gap.lastDay())));
    events.add(SyncEvent.of(now, runId, locationId, EventType.STATISTICS_READ, read.describe()));
    return events;
  }

  private LocationCommit commitFor(String runId, LocationMapping mapping, CatalogDiff diff,
      List<MissingOption> missing, Set<String> reported, Set<String> knownRefused, List<FieldWrite> written,
      List<String> rejected, boolean resent, Instant now) {
    String locationId = mapping.locationId();
    List<SyncEvent> events = new ArrayList<>();
    for (CatalogChange change : diff.changes()) {
      events.add(SyncEvent.of(now, runId, locationId, EventType.valueOf("TAG_" + change.kind().name()),
          change.describe()));
    }
    Set<String> nowReported = new LinkedHashSet<>();
    Optional<String> tagKey = settings.options().map(OptionRules::fieldKey);
    if (tagKey.isEmpty()) {
      nowReported.addAll(reported);   // no tag stream: nothing about options changed
    }
    for (MissingOption option : missing) {
      String key = "missing:" + option.tagId() + ":" + option.option();
      nowReported.add(key);
      if (!reported.contains(key)) {
        events.add(SyncEvent.of(now, runId, locationId, EventType.OPTION_MISSING, option.advice()));
      }
    }
    Set<String> refusedNow = new LinkedHashSet<>(rejected);
    if (written.stream().noneMatch(f -> tagKey.isPresent() && f.key().equals(tagKey.get()))) {
      refusedNow.addAll(knownRefused);   // not tried this run: still unresolved
    }
    for (String option : refusedNow) {
      String key = "refused:" + option;
      nowReported.add(key);
      if (!reported.contains(key)) {
        events.add(SyncEvent.of(now, runId, locationId, EventType.OPTION_REJECTED, "Plezi refused option " + option
            + ": add option " + option + " to field " + tagKey.orElse("?")));
      }
    }
    reported.stream().filter(key -> !nowReported.contains(key)).forEach(key -> events.add(
        SyncEvent.of(now, runId, locationId, EventType.OPTION_RESOLVED, key)));
    List<LedgerEntry> ledger = new ArrayList<>();
    if (written.isEmpty()) {
      events.add(SyncEvent.of(now, runId, locationId, EventType.WRITE_SKIPPED, "Plezi already holds these values"));
    } else {
      written.forEach(f -> ledger.add(LedgerEntry.confirmed(mapping.contactEmail(), f, runId, now)));
      String fields = written.stream().map(f -> f.key() + "(" + f.values().size() + ")").toList().toString();
      events.add(SyncEvent.of(now, runId, locationId, resent ? EventType.WRITE_RESENT : EventType.WRITE, fields));
      Set<String> triggerKeys = new LinkedHashSet<>();
      settings.triggerDateField().ifPresent(triggerKeys::add);
      settings.triggerValueField().ifPresent(triggerKeys::add);
      if (written.stream().anyMatch(f -> triggerKeys.contains(f.key()))) {
        events.add(SyncEvent.of(now, runId, locationId, EventType.TRIGGER_WRITTEN, fields));
      }
    }
    events.add(SyncEvent.of(now, runId, locationId, EventType.LOCATION_SYNCED,
        "changes=" + diff.changes().size() + " written=" + !written.isEmpty()));
    return new LocationCommit(locationId, mapping.contactEmail(), diff.next(), ledger, nowReported, events);
  }

  private LocationOutcome failed(String runId, LocationMapping mapping, SyncFailure failure, boolean dryRun) {
    LOG.warn("location failed at {} ({}): {}", failure.stage(), failure.kind(), failure.message());
    if (!dryRun && failure.stage() != SyncFailure.Stage.RECORD) {
      Instant now = now();
      String reason = failure.stage() + " " + failure.kind() + " status=" + failure.status() + ": " + failure.message();
      List<SyncEvent> events = new ArrayList<>();
      events.add(SyncEvent.of(now, runId, mapping.locationId(), EventType.LOCATION_FAILED, reason));
      if (!failure.kind().isRetriable()) {
        DeadLetter letter = store.addDeadLetter(new DeadLetter(0, now, runId, mapping, reason, Optional.empty()));
        events.add(SyncEvent.of(now, runId, mapping.locationId(), EventType.DEAD_LETTER,
            "dead letter " + letter.id() + ": " + reason));
      }
      store.append(events);
    }
    return new LocationOutcome.Failed(mapping, failure);
  }

  private static boolean holds(Map<String, LedgerEntry> ledger, FieldWrite field) {
    LedgerEntry entry = ledger.get(field.key());
    return entry != null && entry.hash().equals(LedgerEntry.hashOf(field));
  }

  private static Set<String> refusedOptions(Set<String> reported) {
    Set<String> out = new LinkedHashSet<>();
    reported.stream().filter(k -> k.startsWith("refused:")).forEach(k -> out.add(k.substring("refused:".length())));
    return out;
  }

  /**
   * Whether a pending write (its answer lost) is the write due now: with tags, when it carries the same
   * tag value; without, when it is the same write.
   */
  private static boolean samePending(List<FieldWrite> pending, List<FieldWrite> due, String tagKey) {
    if (tagKey == null) {
      return Set.copyOf(pending).equals(Set.copyOf(due));
    }
    Optional<FieldWrite> before = pending.stream().filter(f -> f.key().equals(tagKey)).findFirst();
    Optional<FieldWrite> now = due.stream().filter(f -> f.key().equals(tagKey)).findFirst();
    return before.equals(now);
  }

  private List<FieldWrite> triggerFields(CatalogDiff diff, Instant now) {
    List<FieldWrite> out = new ArrayList<>();
    settings.triggerDateField().ifPresent(key -> out.add(new FieldWrite(key, FieldWrite.Kind.DATE,
        List.of(LocalDate.ofInstant(now, ZoneOffset.UTC).toString()))));
    settings.triggerValueField().ifPresent(key -> out.add(new FieldWrite(key, FieldWrite.Kind.TEXT,
        List.of(fingerprint(diff.changes())))));
    return out;
  }

  /** Identifies a change set: the same changes always give the same value, so they never trigger twice. */
  private static String fingerprint(List<CatalogChange> changes) {
    FieldWrite described = new FieldWrite("changes", FieldWrite.Kind.MULTI_SELECT,
        changes.stream().map(CatalogChange::describe).sorted().toList());
    return LedgerEntry.hashOf(described).substring(0, 16);
  }
}
