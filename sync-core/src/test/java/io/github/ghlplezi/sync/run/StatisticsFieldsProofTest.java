package io.github.ghlplezi.sync.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ghlplezi.ghl.GhlClient;
import io.github.ghlplezi.ghl.model.SocialAccount;
import io.github.ghlplezi.sync.LocationMapping;
import io.github.ghlplezi.sync.events.EventQuery;
import io.github.ghlplezi.sync.events.EventType;
import io.github.ghlplezi.sync.fetch.GhlStatisticsSource;
import io.github.ghlplezi.sync.stats.AggregateSpec;
import io.github.ghlplezi.sync.stats.Condition.AtLeast;
import io.github.ghlplezi.sync.stats.Condition.Below;
import io.github.ghlplezi.sync.stats.SegmentField;
import io.github.ghlplezi.sync.stats.SegmentRule;
import io.github.ghlplezi.sync.stats.SegmentRules;
import io.github.ghlplezi.sync.stats.SeriesQuery;
import io.github.ghlplezi.sync.store.InMemoryStatisticsStore;
import io.github.ghlplezi.sync.store.InMemorySyncStore;
import io.github.ghlplezi.sync.tags.OptionRules;
import io.github.ghlplezi.testkit.FakePlezi;
import io.github.ghlplezi.testkit.PleziContact;
import io.github.ghlplezi.testkit.Sandbox;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Proof 3: aggregates and segments in Plezi equal what the series gives; each segment change triggers once. */
class StatisticsFieldsProofTest {

  private static final Instant START = Instant.parse("2026-09-01T10:00:00Z");
  private static final String SCORE = "plz_ghl_engagement_score";
  private static final String UPDATED = "plz_ghl_stats_updated_at";
  private static final String TIER = "plz_ghl_engagement_tier";
  private static final String TRIGGER = "plz_ghl_trigger";

  @Test
  void plezi_holds_the_aggregates_and_tier_computed_from_the_series_and_each_tier_change_triggers_once() {
    try (Sandbox sandbox = Sandbox.builder().locations(1).clockStart(START).start()) {
      GhlClient ghl = EngineFixture.ghl(sandbox);
      FakePlezi plezi = sandbox.plezi();
      String location = sandbox.ghl().locations().get(0).id();
      List<SocialAccount> accounts = ghl.socialPlanner(location).accounts().list().accounts();
      LocalDate firstDay = LocalDate.ofInstant(START, ZoneOffset.UTC).minusDays(7);
      for (SocialAccount a : accounts) {
        for (int d = 0; d < 40; d++) {
          sandbox.ghl().setDailyMetric(a.profileId().orElseThrow(), firstDay.plusDays(d), 1, "likes", d < 14 ? 10 : 100);
        }
      }
      InMemoryStatisticsStore history = new InMemoryStatisticsStore();
      LocationMapping mapping = new LocationMapping(location, "stats@client.example");
      // A first run with the history only, to size the thresholds; the engine's runs then read the same window again.
      assertTrue(EngineFixture.statisticsOnly(sandbox, new InMemorySyncStore(),
          g -> StatisticsStream.of(new GhlStatisticsSource(g), history)).run(Trigger.SCHEDULE, Selection.of(mapping))
          .allSucceeded());
      double base = history.series(SeriesQuery.of(location, firstDay, firstDay).metric("likes")).total() * 7;
      assertTrue(base > 0, "the location has accounts with statistics");

      List<AggregateSpec> aggregates = List.of(
          new AggregateSpec("engagement_7d", AggregateSpec.Kind.SUM_7_DAYS, Set.of("likes"), SCORE),
          new AggregateSpec("updated", AggregateSpec.Kind.LAST_UPDATE, Set.of(), UPDATED));
      SegmentRules rules = SegmentRules.load(List.of(SegmentField.dropdown(TIER,
          SegmentRule.when("high", new AtLeast("engagement_7d", base * 5)),
          SegmentRule.when("medium", new AtLeast("engagement_7d", base * 2), new Below("engagement_7d", base * 5)),
          SegmentRule.when("low", new Below("engagement_7d", base * 2))).withTriggerField(TRIGGER)),
          Map.of(TIER, Set.copyOf(plezi.fieldOptions(TIER))), Set.of("engagement_7d", "updated"));
      InMemorySyncStore store = new InMemorySyncStore();
      SyncEngine engine = EngineFixture.engine(sandbox, store,
          EngineSettings.of(OptionRules.of(plezi.tagFieldKey(), plezi.fieldOptions(plezi.tagFieldKey()))),
          g -> StatisticsStream.of(new GhlStatisticsSource(g), history).withAggregates(aggregates, rules));

      List<String> tiers = new ArrayList<>();
      for (int day = 0; day < 16; day++) {
        if (day > 0) {
          sandbox.clock().advance(Duration.ofDays(1));
        }
        SyncRun run = engine.run(Trigger.SCHEDULE, Selection.of(mapping));
        assertTrue(run.allSucceeded(), run::toText);

        LocalDate last = history.lastReadDay(location).orElseThrow();
        double engagement = history.series(SeriesQuery.of(location, last.minusDays(6), last).metric("likes")).total();
        String tier = engagement >= base * 5 ? "high" : engagement >= base * 2 ? "medium" : "low";
        PleziContact contact = plezi.contact(mapping.contactEmail()).orElseThrow();
        assertEquals(List.of(StatisticsStream.number(engagement).toPlainString()), contact.field(SCORE), "day " + day);
        assertEquals(List.of(last.toString()), contact.field(UPDATED));
        assertEquals(List.of(tier), contact.field(TIER), "day " + day + " engagement " + engagement);
        assertEquals(List.of(TIER + "=" + tier), contact.field(TRIGGER));
        if (tiers.isEmpty() || !tiers.get(tiers.size() - 1).equals(tier)) {
          tiers.add(tier);
        }
      }

      assertEquals(List.of("low", "medium", "high"), tiers, "the series crosses both thresholds");
      long triggerWrites = store.events(EventQuery.all().location(location).types(EventType.WRITE)).stream()
          .filter(e -> e.detail().contains(TRIGGER + "(")).count();
      assertEquals(tiers.size(), triggerWrites, "one trigger write per tier, the first one included");
      long writes = plezi.writeCount(mapping.contactEmail());
      assertEquals(0, engine.run(Trigger.WEBHOOK, Selection.of(mapping)).writes(), "unchanged values are not re-sent");
      assertEquals(writes, plezi.writeCount(mapping.contactEmail()));
    }
  }
}
