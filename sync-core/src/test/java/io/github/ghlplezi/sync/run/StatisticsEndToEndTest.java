package io.github.ghlplezi.sync.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ghlplezi.ghl.GhlClient;
import io.github.ghlplezi.ghl.model.SocialAccount;
import io.github.ghlplezi.sync.LocationMapping;
import io.github.ghlplezi.sync.SyncFailure;
import io.github.ghlplezi.sync.deliver.FieldWrite;
import io.github.ghlplezi.sync.events.EventQuery;
import io.github.ghlplezi.sync.events.EventType;
import io.github.ghlplezi.sync.fetch.GhlStatisticsSource;
import io.github.ghlplezi.sync.stats.AggregateSpec;
import io.github.ghlplezi.sync.stats.Condition;
import io.github.ghlplezi.sync.stats.SegmentField;
import io.github.ghlplezi.sync.stats.SegmentRule;
import io.github.ghlplezi.sync.stats.SegmentRules;
import io.github.ghlplezi.sync.stats.SeriesQuery;
import io.github.ghlplezi.sync.stats.StatPoint;
import io.github.ghlplezi.sync.store.InMemoryStatisticsStore;
import io.github.ghlplezi.sync.store.InMemorySyncStore;
import io.github.ghlplezi.sync.tags.OptionRules;
import io.github.ghlplezi.testkit.FakePlezi;
import io.github.ghlplezi.testkit.Fault;
import io.github.ghlplezi.testkit.FaultRule;
import io.github.ghlplezi.testkit.Sandbox;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Statistics values that HighLevel sends as strings ({@code "-73.53"}) go from the testkit through
 * {@code GhlStatisticsSource}, the history, the aggregates and the delivery ledger into Plezi number
 * and date fields, exactly; every trigger reaches them through the engine's one run path.
 */
class StatisticsEndToEndTest {

  private static final Instant START = Instant.parse("2026-09-01T10:00:00Z");
  private static final LocalDate TODAY = LocalDate.ofInstant(START, ZoneOffset.UTC);
  private static final String SCORE = "plz_ghl_engagement_score";
  private static final String UPDATED = "plz_ghl_stats_updated_at";

  @Test
  void string_valued_decimals_reach_plezi_number_and_date_fields_exactly_and_unchanged_values_are_not_resent() {
    try (Sandbox sandbox = Sandbox.builder().locations(1).clockStart(START).start()) {
      sandbox.ghl().serveStatisticsValuesAsStrings(true);
      GhlClient ghl = EngineFixture.ghl(sandbox);
      String location = sandbox.ghl().locations().get(0).id();
      List<SocialAccount> live = StatisticsProofTest.liveAccounts(ghl, location);
      assertFalse(live.isEmpty());
      // One account's likes are -73.53 a day (1.50 on the day read second); every other account's are 0.
      for (SocialAccount a : live) {
        BigDecimal value = a == live.get(0) ? new BigDecimal("-73.53") : BigDecimal.ZERO;
        sandbox.ghl().setDailyMetric(a.profileId().orElseThrow(), TODAY.minusDays(14), 14, "likes", value);
      }
      sandbox.ghl().setDailyMetric(live.get(0).profileId().orElseThrow(), TODAY, 1, "likes", new BigDecimal("1.50"));

      InMemoryStatisticsStore history = new InMemoryStatisticsStore();
      InMemorySyncStore store = new InMemorySyncStore();
      SyncEngine engine = EngineFixture.statisticsOnly(sandbox, store, g -> StatisticsStream.of(
          new GhlStatisticsSource(g), history).withAggregates(List.of(
              new AggregateSpec("likes_7d", AggregateSpec.Kind.SUM_7_DAYS, Set.of("likes"), SCORE),
              new AggregateSpec("updated", AggregateSpec.Kind.LAST_UPDATE, Set.of(), UPDATED))));
      LocationMapping mapping = new LocationMapping(location, "e2e@client.example");
      FakePlezi plezi = sandbox.plezi();

      // A test pull first: the plan shows the typed values, nothing is stored or written.
      SyncRun pull = engine.dryRun(Trigger.MANUAL_TEST_PULL, Selection.of(mapping));
      LocationOutcome.Planned plan = assertInstanceOf(LocationOutcome.Planned.class, pull.outcomes().get(0));
      assertEquals(List.of(FieldWrite.number(SCORE, new BigDecimal("-514.71")),
          FieldWrite.date(UPDATED, TODAY.minusDays(1))), plan.wouldWrite());
      assertTrue(history.lastReadDay(location).isEmpty(), "a dry run stores no statistics");
      assertTrue(plezi.contact(mapping.contactEmail()).isEmpty(), "a dry run writes nothing");
      assertTrue(pull.toText().contains("would write " + SCORE + " = [-514.71]"), pull.toText());

      SyncRun first = engine.run(Trigger.SCHEDULE, Selection.of(mapping));
      assertTrue(first.allSucceeded(), first::toText);
      assertEquals(List.of("-514.71"), plezi.contact(mapping.contactEmail()).orElseThrow().field(SCORE));
      assertEquals(List.of("2026-08-31"), plezi.contact(mapping.contactEmail()).orElseThrow().field(UPDATED));

      sandbox.clock().advance(Duration.ofDays(1));
      SyncRun second = engine.run(Trigger.WEBHOOK, Selection.of(mapping));
      assertTrue(second.allSucceeded(), second::toText);
      assertEquals(List.of("-439.68"), plezi.contact(mapping.contactEmail()).orElseThrow().field(SCORE),
          "six days of -73.53 and one of 1.50");
      assertEquals(List.of("2026-09-01"), plezi.contact(mapping.contactEmail()).orElseThrow().field(UPDATED));

      List<StatPoint> stored = history.series(SeriesQuery.of(location, TODAY.minusDays(7), TODAY)
          .account(live.get(0).id()).metric("likes")).points();
      assertEquals(8, stored.size());
      stored.subList(0, 7).forEach(p -> assertEquals(-73.53, p.value(), 0.0, p.toString()));
      assertEquals(1.5, stored.get(7).value(), 0.0);

      long writes = plezi.writeCount(mapping.contactEmail());
      SyncRun again = engine.run(Trigger.MANUAL_TEST_PULL, Selection.of(mapping));
      assertEquals(0, again.writes(), again.toText());
      assertEquals(writes, plezi.writeCount(mapping.contactEmail()), "the ledger holds equal numbers: nothing resent");
      assertEquals(3, store.events(EventQuery.all().location(location).types(EventType.STATISTICS_READ)).size(),
          "each run that stored a window says so; the test pull did not store");
      assertEquals(2, store.events(EventQuery.all().location(location).types(EventType.WRITE)).size());
    }
  }

  @Test
  void a_refused_statistics_read_fails_the_location_at_fetch_as_a_dead_letter_and_replay_reads_it_on_the_same_path() {
    try (Sandbox sandbox = Sandbox.builder().locations(1).clockStart(START).start()) {
      sandbox.ghl().faults().add(FaultRule.onPath("/social-media-posting/statistics").method("POST").times(1)
          .fault(Fault.status(403)));
      String location = sandbox.ghl().locations().get(0).id();
      FakePlezi plezi = sandbox.plezi();
      InMemoryStatisticsStore history = new InMemoryStatisticsStore();
      SyncEngine engine = EngineFixture.engine(sandbox, new InMemorySyncStore(),
          EngineSettings.of(OptionRules.of(plezi.tagFieldKey(), plezi.fieldOptions(plezi.tagFieldKey()))),
          g -> StatisticsStream.of(new GhlStatisticsSource(g), history).withAggregates(List.of(
              new AggregateSpec("updated", AggregateSpec.Kind.LAST_UPDATE, Set.of(), UPDATED))));
      LocationMapping mapping = new LocationMapping(location, "refused@client.example");

      SyncRun refused = engine.run(Trigger.SCHEDULE, Selection.of(mapping));
      LocationOutcome.Failed failed = assertInstanceOf(LocationOutcome.Failed.class, refused.outcomes().get(0));
      assertEquals(SyncFailure.Stage.FETCH, failed.failure().stage());
      assertEquals(403, failed.failure().status());
      assertTrue(failed.failure().message().startsWith("statistics: "), failed.failure().message());
      assertTrue(plezi.contact(mapping.contactEmail()).isEmpty(), "nothing of the location was written");
      assertTrue(history.lastReadDay(location).isEmpty());
      assertEquals(1, engine.deadLetters().size());

      SyncRun replay = engine.replay(letter -> true);
      assertEquals(Trigger.REPLAY, replay.trigger());
      LocationOutcome.Synced synced = assertInstanceOf(LocationOutcome.Synced.class, replay.outcomes().get(0));
      assertEquals(TODAY.minusDays(1), synced.statistics().orElseThrow().lastDay());
      assertEquals(List.of(TODAY.minusDays(1).toString()), plezi.contact(mapping.contactEmail()).orElseThrow()
          .field(UPDATED));
      assertTrue(history.lastReadDay(location).isPresent());
      assertFalse(engine.deadLetters().get(0).open());
    }
  }

  @Test
  void an_aggregate_over_clicks_is_refused_naming_the_metric_and_the_metrics_highlevel_reports() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> StatisticsStream.of((location, today) -> { throw new AssertionError("not read"); },
            new InMemoryStatisticsStore()).withAggregates(List.of(
                new AggregateSpec("clicks_7d", AggregateSpec.Kind.SUM_7_DAYS, Set.of("clicks"), "plz_ghl_last_post_clicks"),
                new AggregateSpec("likes_7d", AggregateSpec.Kind.SUM_7_DAYS, Set.of("likes", "shares"), null))));
    assertEquals("statistics configuration: aggregate clicks_7d: unknown metric 'clicks'; the statistics source "
        + "reports impressions, likes, followers, posts; aggregate likes_7d: unknown metric 'shares'; the statistics "
        + "source reports impressions, likes, followers, posts", e.getMessage());
  }

  @Test
  void segment_rules_over_an_aggregate_the_stream_does_not_configure_are_refused() {
    SegmentRules rules = SegmentRules.load(List.of(SegmentField.dropdown("plz_ghl_engagement_tier",
        SegmentRule.when("high", new Condition.AtLeast("engagement_7d", 100)),
        SegmentRule.when("low", new Condition.Below("engagement_7d", 100)))),
        Map.of("plz_ghl_engagement_tier", Set.of("high", "low")), Set.of("engagement_7d"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> StatisticsStream.of(
        (location, today) -> { throw new AssertionError("not read"); }, new InMemoryStatisticsStore())
        .withAggregates(List.of(new AggregateSpec("likes_7d", AggregateSpec.Kind.SUM_7_DAYS, Set.of("likes"), null)),
            rules));
    assertEquals("statistics configuration: segment rules use aggregate engagement_7d, which is not configured; "
        + "configured aggregates: [likes_7d]", e.getMessage());
  }

  @Test
  void an_engine_needs_a_stream_and_settings_that_fit_its_streams() {
    InMemorySyncStore store = new InMemorySyncStore();
    StatisticsStream stats = StatisticsStream.of((location, today) -> { throw new AssertionError("not read"); },
        new InMemoryStatisticsStore());
    assertTrue(assertThrows(IllegalArgumentException.class, () -> SyncEngine.builder().sink(w -> null).store(store)
        .build()).getMessage().contains("configure the tag stream, the statistics stream or both"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> SyncEngine.builder().tags(l -> List.of())
        .sink(w -> null).store(store).build()).getMessage().contains("EngineSettings.of(optionRules)"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> SyncEngine.builder().statistics(stats)
        .settings(EngineSettings.defaults().withTriggerFields("plz_ghl_tag_changed_at", null))
        .sink(w -> null).store(store).build()).getMessage().contains("need the tag stream"));
    assertTrue(SyncEngine.builder().statistics(stats).sink(w -> null).store(store).build().statistics().isPresent());
  }
}
