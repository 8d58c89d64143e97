package io.github.ghlplezi.sync.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ghlplezi.ghl.GhlClient;
import io.github.ghlplezi.ghl.TokenSource;
import io.github.ghlplezi.ghl.model.Tag;
import io.github.ghlplezi.ghl.model.TagQuery;
import io.github.ghlplezi.plezi.PleziClient;
import io.github.ghlplezi.sync.LocationMapping;
import io.github.ghlplezi.sync.LocationSyncResult;
import io.github.ghlplezi.sync.OptionSlugs;
import io.github.ghlplezi.sync.TagSync;
import io.github.ghlplezi.sync.TagSyncSettings;
import io.github.ghlplezi.testkit.Fault;
import io.github.ghlplezi.testkit.FaultRule;
import io.github.ghlplezi.testkit.FakeGhl;
import io.github.ghlplezi.testkit.FakePlezi;
import io.github.ghlplezi.testkit.Faults;
import io.github.ghlplezi.testkit.PleziContact;
import io.github.ghlplezi.testkit.Sandbox;
import io.github.ghlplezi.testkit.SeededLocation;
import io.github.ghlplezi.testkit.UnknownValueMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/**
 * The fault suite: tag syncs (fetch every tag of a location from HighLevel, replace the contact's
 * multi-select field in Plezi, with {@link TagSync}) of 1,000 locations while 20 % of HighLevel and Plezi calls fail, and a
 * sustained sync against HighLevel's real limits. Time is compressed: the chain sleeps by advancing
 * the sandbox clock that both fakes read.
 */
class FaultSuiteTest {

  private static final int LOCATIONS = 1000;
  private static final int THREADS = 8;
  private static final List<String> TAG_POOL = List.of(
      "Spring Sale", "Product Launch", "Été Promo", "Tips & Tricks", "Customer Stories", "Behind the Scenes",
      "Webinar", "Case Study", "Holiday Special", "New Arrivals", "Black Friday", "Team News", "How-To",
      "Events 2026", "Partner Spotlight", "Giveaway!", "FAQ", "Industry Insights", "Flash Deal", "Community");

  static String slug(String name) {
    return OptionSlugs.of(name);
  }

  static String email(String locationId) {
    return "owner-" + locationId.toLowerCase(Locale.ROOT) + "@example.com";
  }

  /** Adds rules so that about {@code total} of matching calls fail, split evenly over {@code faults}. */
  static void failShare(Faults faults, String pathRegex, double total, List<Fault> kinds) {
    double each = total / kinds.size();
    for (int i = 0; i < kinds.size(); i++) {
      double conditional = each / (1 - each * i);
      faults.add(FaultRule.onPath(pathRegex).probability(conditional).fault(kinds.get(i)));
    }
  }

  record RunResult(int synced, int failedFirstPass, int passes, long upserts, Duration virtual, Duration real) {}

  static final class Counting implements HttpEventListener {
    final AtomicLong ghlAttempts = new AtomicLong();
    final AtomicLong pleziAttempts = new AtomicLong();
    final AtomicLong ghl429 = new AtomicLong();
    final AtomicLong retries = new AtomicLong();
    final AtomicLong throttles = new AtomicLong();
    final AtomicLong pleziIoFailures = new AtomicLong();
    final List<CircuitEvent> circuits = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Override
    public void onRequest(RequestEvent e) {
      if (e.api() == RemoteApi.GHL) {
        ghlAttempts.incrementAndGet();
        if (e.status() == 429) {
          ghl429.incrementAndGet();
        }
      } else {
        pleziAttempts.incrementAndGet();
        if (e.status() == 0) {
          pleziIoFailures.incrementAndGet();
        }
      }
    }

    @Override
    public void onRetry(RetryEvent e) {
      retries.incrementAndGet();
    }

    @Override
    public void onThrottled(ThrottleEvent e) {
      throttles.incrementAndGet();
    }

    @Override
    public void onCircuitStateChange(CircuitEvent e) {
      circuits.add(e);
    }
  }

  private static RunResult syncAll(Sandbox sandbox, TagSync sync, List<String> locations, AtomicLong upserts)
      throws Exception {
    Instant virtualStart = sandbox.clock().instant();
    long realStart = System.nanoTime();
    List<String> todo = locations;
    int failedFirst = -1;
    int passes = 0;
    // A location that still fails after the chain gave up is synced again by the next pass, as the next
    // scheduled run would; the report says how many needed it (expected: none).
    while (!todo.isEmpty() && passes < 3) {
      passes++;
      ConcurrentLinkedQueue<String> failed = new ConcurrentLinkedQueue<>();
      ExecutorService pool = Executors.newFixedThreadPool(THREADS);
      List<Future<?>> futures = new ArrayList<>();
      for (String loc : todo) {
        futures.add(pool.submit(() -> {
          LocationSyncResult result = sync.syncOne(new LocationMapping(loc, email(loc)));
          if (result instanceof LocationSyncResult.Synced) {
            upserts.incrementAndGet();
          } else {
            failed.add(loc);
          }
        }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
      pool.shutdown();
      assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
      if (failedFirst < 0) {
        failedFirst = failed.size();
      }
      todo = List.copyOf(failed);
    }
    return new RunResult(locations.size() - todo.size(), failedFirst, passes, upserts.get(),
        Duration.between(virtualStart, sandbox.clock().instant()), Duration.ofNanos(System.nanoTime() - realStart));
  }

  private static Map<String, String> assertEveryContactHoldsExactlyTheCurrentTags(FakeGhl ghl, FakePlezi plezi,
      List<String> locations) {
    Map<String, String> wrong = new ConcurrentHashMap<>();
    for (String loc : locations) {
      Set<String> expected = ghl.activeTagNames(loc).stream().map(FaultSuiteTest::slug)
          .collect(Collectors.toCollection(TreeSet::new));
      Set<String> actual = plezi.contact(email(loc)).map(PleziContact::fields)
          .map(f -> f.getOrDefault(plezi.tagFieldKey(), List.of())).map(TreeSet::new).orElse(null);
      if (!expected.equals(actual)) {
        wrong.put(loc, "expected " + expected + " but Plezi holds " + actual);
      }
    }
    return wrong;
  }

  private static long totalWrites(FakePlezi plezi, List<String> locations) {
    return locations.stream().mapToLong(l -> plezi.writeCount(email(l))).sum();
  }

  @Test
  void a_thousand_location_tag_sync_with_20_percent_failing_calls_loses_nothing_and_duplicates_only_lost_answers()
      throws Exception {
    try (Sandbox sandbox = Sandbox.builder().unknownValueMode(UnknownValueMode.REJECT_422).start()) {
      FakeGhl fg = sandbox.ghl();
      FakePlezi fp = sandbox.plezi();
      TAG_POOL.forEach(name -> {
        if (!fp.fieldOptions(fp.tagFieldKey()).contains(slug(name))) {
          fp.addFieldOption(fp.tagFieldKey(), slug(name));
        }
      });
      Random random = new Random(42);
      Map<String, String> pits = new ConcurrentHashMap<>();
      List<String> locations = new ArrayList<>();
      for (int i = 0; i < LOCATIONS; i++) {
        SeededLocation l = fg.addLocation("Client " + i);
        int n = 1 + random.nextInt(4);
        for (int t = 0; t < n; t++) {
          fg.addTag(l.id(), TAG_POOL.get(random.nextInt(TAG_POOL.size())));
        }
        pits.put(l.id(), fg.privateIntegrationToken(l.id()));
        locations.add(l.id());
      }
      failShare(fg.faults(), "/social-media-posting/.*", 0.20, List.of(
          Fault.tooManyRequests(Duration.ofSeconds(2)), Fault.status(500), Fault.status(502), Fault.status(503),
          Fault.connectionReset(), Fault.truncatedBody(), Fault.latency(Duration.ofMillis(5))));
      failShare(fp.faults(), ".*create_contact_after_webform.*", 0.20, List.of(
          Fault.tooManyRequests(Duration.ofSeconds(1)), Fault.status(500), Fault.status(503),
          Fault.connectionReset(), Fault.applyThenDrop(), Fault.truncatedBody(), Fault.latency(Duration.ofMillis(5))));

      Counting counts = new Counting();
      OkHttpClient ghlHttp = ResilientHttp.ghl().clock(sandbox.clock()).sleeper(d -> sandbox.clock().advance(d))
          .listener(counts).build();
      OkHttpClient pleziHttp = ResilientHttp.plezi().clock(sandbox.clock()).sleeper(d -> sandbox.clock().advance(d))
          .listener(counts).baseClient(ghlHttp).build();
      GhlClient ghl = GhlClient.builder().baseUrl(fg.baseUrl()).tokenSource(pits::get)
          .okHttpClient(ghlHttp).build();
      PleziClient plezi = PleziClient.builder().legacyBaseUrl(fp.legacyBaseUrl()).apiKey(fp.apiKey())
          .tenantCompany(fp.tenantCompany()).okHttpClient(pleziHttp).build();
      TagSync sync = new TagSync(ghl, plezi,
          new TagSyncSettings(fp.tagFieldKey(), fp.formId(), fp.contentWebFormId()), sandbox.clock());

      // Run 1: initial sync.
      AtomicLong upserts = new AtomicLong();
      long lostBefore = lostAnswers(fp);
      RunResult first = syncAll(sandbox, sync, locations, upserts);
      long lost1 = lostAnswers(fp) - lostBefore;
      long writes1 = totalWrites(fp, locations);
      assertEquals(LOCATIONS, first.synced(), "every location synced");
      assertEquals(Map.of(), assertEveryContactHoldsExactlyTheCurrentTags(fg, fp, locations));
      assertEquals(first.upserts() + lost1, writes1,
          "extra writes must equal writes whose answer was lost (applied, then dropped or cut)");

      // Tags change in 20 % of the locations (added, renamed, deleted), then run 2.
      for (int i = 0; i < LOCATIONS; i += 5) {
        String loc = locations.get(i);
        fg.addTag(loc, TAG_POOL.get(random.nextInt(TAG_POOL.size())));
      }
      // renames and deletes go through ids: fetch them through the fake's own listing order
      int renamed = 0;
      int deleted = 0;
      for (int i = 1; i < LOCATIONS; i += 10) {
        String loc = locations.get(i);
        List<Tag> tags = ghl.socialPlanner(loc).tags().stream().toList();
        if (tags.size() > 1) {
          fg.deleteTag(loc, tags.get(0).id());
          deleted++;
        }
        fg.renameTag(loc, tags.get(tags.size() - 1).id(), TAG_POOL.get(random.nextInt(TAG_POOL.size())));
        renamed++;
      }
      upserts.set(0);
      long lostBefore2 = lostAnswers(fp);
      RunResult second = syncAll(sandbox, sync, locations, upserts);
      long lost2 = lostAnswers(fp) - lostBefore2;
      long writes2 = totalWrites(fp, locations) - writes1;
      assertEquals(LOCATIONS, second.synced());
      Map<String, String> stale = assertEveryContactHoldsExactlyTheCurrentTags(fg, fp, locations);
      assertEquals(Map.of(), stale, "0 lost, 0 stale");
      assertEquals(second.upserts() + lost2, writes2);

      System.out.printf(Locale.ROOT, "fault suite: %d locations x 2 runs; GHL faults injected %d, Plezi faults injected %d;"
              + " run1 %s, run2 %s (renamed %d, deleted %d); writes %d + %d, intended %d + %d, duplicates from lost"
              + " answers %d + %d (APPLY_THEN_DROP %d, TRUNCATED_BODY %d); attempts GHL %d Plezi %d, retries %d,"
              + " throttled waits %d, circuit changes %d; lost 0, stale 0%n",
          LOCATIONS, fg.faults().injectedCount(), fp.faults().injectedCount(), first, second, renamed, deleted,
          writes1, writes2, first.upserts(), second.upserts(), lost1, lost2,
          fp.faults().injectedCount(Fault.Kind.APPLY_THEN_DROP), fp.faults().injectedCount(Fault.Kind.TRUNCATED_BODY),
          counts.ghlAttempts.get(), counts.pleziAttempts.get(), counts.retries.get(), counts.throttles.get(),
          counts.circuits.size());
      assertTrue(fg.faults().injectedCount() > 0.15 * counts.ghlAttempts.get(), "about 20 % of GHL calls faulted");
      assertTrue(fp.faults().injectedCount() > 0.15 * counts.pleziAttempts.get(), "about 20 % of Plezi calls faulted");
    }
  }

  private static long lostAnswers(FakePlezi fp) {
    return fp.faults().injectedCount(Fault.Kind.APPLY_THEN_DROP) + fp.faults().injectedCount(Fault.Kind.TRUNCATED_BODY);
  }

  @Test
  void a_sustained_sync_at_full_budget_against_highlevel_real_limits_receives_no_429() throws Exception {
    try (Sandbox sandbox = Sandbox.start()) {
      FakeGhl fg = sandbox.ghl();
      List<String> locations = new ArrayList<>();
      Map<String, String> pits = new ConcurrentHashMap<>();
      for (int i = 0; i < 4; i++) {
        SeededLocation l = fg.addLocation("Busy " + i);
        fg.addTag(l.id(), "Spring Sale");
        locations.add(l.id());
        pits.put(l.id(), fg.privateIntegrationToken(l.id()));
      }
      Counting counts = new Counting();
      OkHttpClient http = ResilientHttp.ghl().clock(sandbox.clock()).sleeper(d -> sandbox.clock().advance(d))
          .listener(counts).build();
      GhlClient ghl = GhlClient.builder().baseUrl(fg.baseUrl()).tokenSource(pits::get)
          .okHttpClient(http).build();
      ExecutorService pool = Executors.newFixedThreadPool(8);
      AtomicInteger calls = new AtomicInteger();
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        String loc = locations.get(t % locations.size());
        futures.add(pool.submit(() -> {
          for (int i = 0; i < 400; i++) {
            ghl.socialPlanner(loc).tags().list(TagQuery.builder().limit(10).build());
            calls.incrementAndGet();
          }
          return null;
        }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
      pool.shutdown();
      System.out.printf(Locale.ROOT, "sustained: %d calls on %d locations, 429 received %d (fake counted %d),"
              + " throttled waits %d%n", calls.get(), locations.size(), counts.ghl429.get(), fg.counter("rateLimited"),
          counts.throttles.get());
      assertEquals(3200, calls.get());
      assertEquals(0, counts.ghl429.get());
      assertEquals(0, fg.counter("rateLimited"));
      assertTrue(counts.throttles.get() > 0, "the sync ran at the limit, so it had to wait");
    }
  }
}
