package io.github.ghlplezi.connector;

import io.github.ghlplezi.connector.config.ConnectorConfig;
import io.github.ghlplezi.ghl.GhlClient;
import io.github.ghlplezi.sync.deliver.ContactSink;
import io.github.ghlplezi.sync.events.DeadLetter;
import io.github.ghlplezi.sync.events.EventQuery;
import io.github.ghlplezi.sync.events.EventType;
import io.github.ghlplezi.sync.events.SyncEvent;
import io.github.ghlplezi.sync.fetch.GhlStatisticsSource;
import io.github.ghlplezi.sync.fetch.GhlTagSource;
import io.github.ghlplezi.sync.fetch.SourceTag;
import io.github.ghlplezi.sync.fetch.TagSource;
import io.github.ghlplezi.sync.run.EngineSettings;
import io.github.ghlplezi.sync.run.Selection;
import io.github.ghlplezi.sync.run.LocationOutcome;
import io.github.ghlplezi.sync.run.StatisticsStream;
import io.github.ghlplezi.sync.run.SyncEngine;
import io.github.ghlplezi.sync.run.SyncRun;
import io.github.ghlplezi.sync.run.Trigger;
import io.github.ghlplezi.sync.stats.StatisticsStore;
import io.github.ghlplezi.sync.store.SyncStore;
import io.github.ghlplezi.sync.tags.OptionRules;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Every call the connector makes into sync-core's engine and statistics stream, in one place: the
 * commands and the jobs go through these methods, so a change of the engine's API touches this
 * class only.
 */
public final class SyncOperations {

  /** Told after each location's tags were fetched (or failed to be) during a test pull. */
  @FunctionalInterface
  public interface Progress {
    /**
     * @param done locations fetched so far
     * @param total locations in the pull
     */
    void fetched(int done, int total);
  }

  /** How far back {@link #latest} looks. */
  public static final int STATUS_DAYS = 7;

  private final SyncEngine engine;
  private final SyncEngine statistics;
  private final CountingTagSource tags;
  private final Clock clock;

  SyncOperations(ConnectorConfig config, GhlClient ghl, ContactSink sink, SyncStore store, StatisticsStore history,
      Clock clock) {
    OptionRules options = new OptionRules(config.tags().field(), Set.copyOf(config.tags().optionList()),
        config.tags().overrides());
    EngineSettings settings = EngineSettings.of(options)
        .withParallelism(config.engine().parallelism())
        .withRetention(config.engine().retention());
    if (config.triggers() != null && config.triggers().dateField() != null && config.triggers().valueField() != null) {
      settings = settings.withTriggerFields(config.triggers().dateField(), config.triggers().valueField());
    }
    this.clock = clock;
    this.tags = new CountingTagSource(new GhlTagSource(ghl));
    this.engine = SyncEngine.builder().tags(tags).settings(settings).sink(sink).store(store).clock(clock).build();
    // HighLevel's statistics change once a day: they have their own engine (same store, same sink)
    // and their own schedule instead of riding along every tag sync. Its aggregates and segment
    // fields go to Plezi through the same delivery ledger, so an unchanged value is not sent again.
    StatisticsStream stream = StatisticsStream.of(new GhlStatisticsSource(ghl), history);
    if (!config.segments().isEmpty()) {
      stream = stream.withAggregates(config.aggregateSpecs(), config.segmentRules());
    } else if (!config.aggregateSpecs().isEmpty()) {
      stream = stream.withAggregates(config.aggregateSpecs());
    }
    this.statistics = SyncEngine.builder()
        .statistics(stream)
        .settings(EngineSettings.defaults().withParallelism(config.engine().parallelism())
            .withRetention(config.engine().retention()))
        .sink(sink).store(store).clock(clock).build();
  }

  /**
   * Syncs now.
   *
   * @param trigger why
   * @param selection the locations
   * @return the run
   */
  public SyncRun sync(Trigger trigger, Selection selection) {
    return engine.run(trigger, selection);
  }

  /**
   * A dry run: fetch and plan, nothing written.
   *
   * @param selection the locations
   * @param progress told after each location's fetch (on the engine's threads)
   * @return the plan
   */
  public SyncRun testPull(Selection selection, Progress progress) {
    int total = selection.mappings().size();
    AtomicInteger done = new AtomicInteger();
    tags.listener = () -> progress.fetched(done.incrementAndGet(), total);
    try {
      return engine.dryRun(Trigger.MANUAL_TEST_PULL, selection);
    } finally {
      tags.listener = null;
    }
  }

  /**
   * Sends the open dead letters again.
   *
   * @param locationId only this location's, or {@code null} for all
   * @return the replay run
   */
  public SyncRun replay(String locationId) {
    return engine.replay(d -> locationId == null || locationId.equals(d.mapping().locationId()));
  }

  /**
   * Reads the statistics window of every selected location into the history and writes the
   * configured aggregates and segment fields that changed to Plezi.
   *
   * @param selection the locations
   * @return a one-line summary
   */
  public String snapshotStatistics(Selection selection) {
    SyncRun run = statistics.run(Trigger.SCHEDULE, selection);
    long points = run.outcomes().stream().filter(LocationOutcome.Synced.class::isInstance)
        .map(o -> ((LocationOutcome.Synced) o).statistics())
        .mapToLong(read -> read.map(r -> (long) r.points()).orElse(0L)).sum();
    return String.format(Locale.ROOT, "run=%s locations=%d failed=%d values=%d writes=%d", run.id(),
        run.outcomes().size(), run.failed(), points, run.writes());
  }

  /**
   * A location's aggregate values, computed from its stored statistics history.
   *
   * @param locationId the location
   * @return by aggregate name ({@code statistics.aggregates}); empty before its first statistics read
   */
  public Map<String, Double> aggregates(String locationId) {
    return statistics.statistics().orElseThrow().aggregates(locationId);
  }

  /**
   * Applies the retention.
   *
   * @return a one-line summary
   */
  public String applyRetention() {
    return "deleted=" + engine.applyRetention();
  }

  /**
   * The latest events of one type of the last {@value #STATUS_DAYS} days, newest first.
   *
   * @param type the event type
   * @param limit at most this many
   * @return the events
   */
  public List<SyncEvent> latest(EventType type, int limit) {
    List<SyncEvent> all = engine.events(EventQuery.all().types(type)
        .between(clock.instant().minus(java.time.Duration.ofDays(STATUS_DAYS)), java.time.Instant.MAX));
    List<SyncEvent> newest = new java.util.ArrayList<>(all.subList(Math.max(0, all.size() - limit), all.size()));
    java.util.Collections.reverse(newest);
    return newest;
  }

  /** @return the dead letters not replayed yet, oldest first */
  public List<DeadLetter> openDeadLetters() {
    return engine.deadLetters().stream().filter(DeadLetter::open).toList();
  }

  /** The engine's tag source, counting finished fetches for a test pull's progress. */
  private static final class CountingTagSource implements TagSource {
    private final TagSource delegate;
    private volatile Runnable listener;

    CountingTagSource(TagSource delegate) {
      this.delegate = delegate;
    }

    @Override
    public List<SourceTag> tags(String locationId) {
      try {
        return delegate.tags(locationId);
      } finally {
        Runnable l = listener;
        if (l != null) {
          l.run();
        }
      }
    }
  }
}
