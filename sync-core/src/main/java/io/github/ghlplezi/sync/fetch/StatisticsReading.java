package io.github.ghlplezi.sync.fetch;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What one read of a location's statistics window returned.
 *
 * @param firstDay the first day of the window
 * @param lastDay the last day of the window (the day before the read)
 * @param values one value per account, platform, metric and day
 * @param skipped the accounts not read, with the reason
 * @param requests how many statistics requests the read took
 */
public record StatisticsReading(LocalDate firstDay, LocalDate lastDay, List<DailyValue> values,
    List<SkippedAccount> skipped, int requests) {

  /**
   * Copies the lists and checks the window.
   *
   * @param firstDay the first day of the window
   * @param lastDay the last day of the window (the day before the read)
   * @param values one value per account, platform, metric and day
   * @param skipped the accounts not read, with the reason
   * @param requests how many statistics requests the read took
   */
  public StatisticsReading {
    Objects.requireNonNull(firstDay, "firstDay");
    Objects.requireNonNull(lastDay, "lastDay");
    if (lastDay.isBefore(firstDay)) {
      throw new IllegalArgumentException("lastDay " + lastDay + " is before firstDay " + firstDay);
    }
    values = List.copyOf(values);
    skipped = List.copyOf(skipped);
  }

  /**
   * One daily value of one account.
   *
   * @param accountId the HighLevel account id (stable across reconnections of the same profile)
   * @param platform e.g. {@code facebook}
   * @param metric e.g. {@code impressions}
   * @param day the day (UTC)
   * @param value the value HighLevel reported
   */
  public record DailyValue(String accountId, String platform, String metric, LocalDate day, double value) {

    /**
     * Checks the fields.
     *
     * @param accountId the HighLevel account id (stable across reconnections of the same profile)
     * @param platform e.g. {@code facebook}
     * @param metric e.g. {@code impressions}
     * @param day the day (UTC)
     * @param value the value HighLevel reported
     */
    public DailyValue {
      Objects.requireNonNull(accountId, "accountId");
      Objects.requireNonNull(platform, "platform");
      Objects.requireNonNull(metric, "metric");
      Objects.requireNonNull(day, "day");
      if (!Double.isFinite(value)) {
        throw new IllegalArgumentException("value of " + metric + " on " + day + " is not a finite number");
      }
    }
  }

  /**
   * An account whose statistics were not read.
   *
   * @param accountId the HighLevel account id
   * @param platform its platform, or {@code unknown}
   * @param reason why
   */
  public record SkippedAccount(String accountId, String platform, SkipReason reason) {
  }

  /** Why an account's statistics were not read. */
  public enum SkipReason {
    /** Its connection expired: it must be reconnected in HighLevel. */
    EXPIRED,
    /** HighLevel reports no statistics for it (LinkedIn profiles, TikTok personal accounts). */
    UNSUPPORTED,
    /** HighLevel listed it without a profile id. */
    NO_PROFILE_ID
  }
}
