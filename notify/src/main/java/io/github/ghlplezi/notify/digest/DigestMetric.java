package io.github.ghlplezi.notify.digest;

import java.util.List;
import java.util.Objects;

/**
 * A statistics metric shown in the digest, this week against last.
 *
 * @param metric the stored metric name ({@code impressions}, {@code likes}, {@code followers}, {@code posts})
 * @param label how the digest names it
 * @param aggregation how a week's daily values become one number
 */
public record DigestMetric(String metric, String label, Aggregation aggregation) {

  /** How a week's daily values become one number (all accounts and platforms of the location together). */
  public enum Aggregation {
    /** The sum of the days (impressions, likes, posts). */
    SUM,
    /** Each account's last value of the week, summed over accounts (levels such as followers). */
    LAST
  }

  /**
   * Checks the fields.
   *
   * @param metric the stored metric name
   * @param label how the digest names it
   * @param aggregation how a week's daily values become one number
   */
  public DigestMetric {
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(aggregation, "aggregation");
  }

  /**
   * Impressions, engagement (likes), posts and followers: every metric the statistics stream stores.
   *
   * @return the default metrics, in the order shown
   */
  public static List<DigestMetric> defaults() {
    return List.of(new DigestMetric("impressions", "Impressions", Aggregation.SUM),
        new DigestMetric("likes", "Engagement (likes)", Aggregation.SUM),
        new DigestMetric("posts", "Posts", Aggregation.SUM),
        new DigestMetric("followers", "Followers", Aggregation.LAST));
  }
}
