package io.github.ghlplezi.sync.fetch;

import io.github.ghlplezi.ghl.GhlClient;
import io.github.ghlplezi.ghl.SocialPlanner;
import io.github.ghlplezi.ghl.model.AccountType;
import io.github.ghlplezi.ghl.model.PlatformSeries;
import io.github.ghlplezi.ghl.model.SocialAccount;
import io.github.ghlplezi.ghl.model.SocialPlatform;
import io.github.ghlplezi.ghl.model.SocialStatistics;
import io.github.ghlplezi.ghl.model.StatisticsRequest;
import io.github.ghlplezi.sync.fetch.StatisticsReading.DailyValue;
import io.github.ghlplezi.sync.fetch.StatisticsReading.SkipReason;
import io.github.ghlplezi.sync.fetch.StatisticsReading.SkippedAccount;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The statistics fetch adapter: the only statistics class that calls ghl-client. Lists a location's
 * accounts, leaves out expired and unsupported ones, and reads the others' window in requests of at
 * most one account per platform (HighLevel sums a request's accounts per platform) and at most 100
 * profile ids. Stored metrics ({@link #HIGHLEVEL_METRICS}): {@code impressions}, {@code likes},
 * {@code followers} (HighLevel's per-platform daily series) and {@code posts}. HighLevel reports no
 * clicks. Values arrive as JSON numbers or as numeric strings ({@code "-73.53"}); both are read.
 */
public final class GhlStatisticsSource implements StatisticsSource {

  /** The days HighLevel's default window holds. */
  public static final int WINDOW_DAYS = 7;

  private final GhlClient ghl;

  /** @param ghl the HighLevel client; give it the resilient HTTP stack in production */
  public GhlStatisticsSource(GhlClient ghl) {
    this.ghl = Objects.requireNonNull(ghl, "ghl");
  }

  @Override
  public List<String> metrics() {
    return HIGHLEVEL_METRICS;
  }

  @Override
  public StatisticsReading read(String locationId, LocalDate today) {
    LocalDate first = today.minusDays(WINDOW_DAYS);
    LocalDate last = today.minusDays(1);
    SocialPlanner planner = ghl.socialPlanner(locationId);
    List<StatisticsBatches.Member> members = new ArrayList<>();
    List<SkippedAccount> skipped = new ArrayList<>();
    for (SocialAccount a : planner.accounts().list().accounts()) {
      String platform = a.platform().map(SocialPlatform::value).orElse("unknown");
      SkipReason reason = skipReason(a);
      if (reason == null) {
        members.add(new StatisticsBatches.Member(a.id(), a.profileId().orElseThrow(), platform));
      } else {
        skipped.add(new SkippedAccount(a.id(), platform, reason));
      }
    }
    List<DailyValue> values = new ArrayList<>();
    List<List<StatisticsBatches.Member>> batches = StatisticsBatches.plan(members);
    for (List<StatisticsBatches.Member> batch : batches) {
      SocialStatistics stats = planner.statistics().get(StatisticsRequest.builder()
          .profileIds(batch.stream().map(StatisticsBatches.Member::profileId).toList()).build());
      checkWindow(stats.dayRange(), first, last);
      for (StatisticsBatches.Member m : batch) {
        add(values, m, "impressions", stats.platformTotals().impressions(), first);
        add(values, m, "likes", stats.platformTotals().likes(), first);
        add(values, m, "followers", stats.platformTotals().followers(), first);
        List<Double> posts = stats.postPerformance().posts().get(m.platform());
        if (posts != null) {
          addSeries(values, m, "posts", posts, first);
        }
      }
    }
    return new StatisticsReading(first, last, values, skipped, batches.size());
  }

  private static SkipReason skipReason(SocialAccount a) {
    if (a.expired()) {
      return SkipReason.EXPIRED;
    }
    if (a.profileId().isEmpty()) {
      return SkipReason.NO_PROFILE_ID;
    }
    SocialPlatform p = a.platform().orElse(null);
    AccountType t = a.type().orElse(null);
    if ((SocialPlatform.LINKEDIN.equals(p) && !AccountType.PAGE.equals(t))
        || (SocialPlatform.TIKTOK.equals(p) && !AccountType.BUSINESS.equals(t))) {
      return SkipReason.UNSUPPORTED;
    }
    return null;
  }

  /** HighLevel labels its buckets by weekday only; the last one must be the day before the read. */
  private static void checkWindow(List<String> dayRange, LocalDate first, LocalDate last) {
    String expected = last.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    if (dayRange.size() != WINDOW_DAYS || !expected.equalsIgnoreCase(dayRange.get(dayRange.size() - 1))) {
      throw new IllegalStateException("HighLevel's statistics window " + dayRange + " does not end on "
          + expected + " " + last + " (" + first + " to " + last + " expected); the clocks disagree");
    }
  }

  private static void add(List<DailyValue> out, StatisticsBatches.Member m, String metric,
      Map<String, PlatformSeries> byPlatform, LocalDate first) {
    PlatformSeries series = byPlatform.get(m.platform());
    if (series != null) {
      addSeries(out, m, metric, series.series(), first);
    }
  }

  private static void addSeries(List<DailyValue> out, StatisticsBatches.Member m, String metric,
      List<Double> series, LocalDate first) {
    for (int i = 0; i < series.size() && i < WINDOW_DAYS; i++) {
      Double v = series.get(i);
      if (v != null) {
        out.add(new DailyValue(m.accountId(), m.platform(), metric, first.plusDays(i), v));
      }
    }
  }
}
