package io.github.ghlplezi.notify.digest;

/**
 * One metric of one location: this week against last.
 *
 * @param metric the stored metric name
 * @param label how the digest names it
 * @param thisWeek the value of the digest's week
 * @param lastWeek the value of the week before
 */
public record MetricLine(String metric, String label, double thisWeek, double lastWeek) {

  /**
   * Whether a change in percent can be given.
   *
   * @return false when last week's value is 0
   */
  public boolean hasChange() {
    return lastWeek != 0;
  }

  /**
   * The change in percent.
   *
   * @return (this week - last week) * 100 / last week, 0 when {@link #hasChange()} is false
   */
  public double changePercent() {
    return hasChange() ? (thisWeek - lastWeek) * 100 / lastWeek : 0;
  }

  /**
   * The direction, for templates.
   *
   * @return {@code up}, {@code down}, {@code flat}, or {@code new} when last week was 0 and this week is not
   */
  public String trend() {
    if (thisWeek == lastWeek) {
      return "flat";
    }
    if (lastWeek == 0) {
      return "new";
    }
    return thisWeek > lastWeek ? "up" : "down";
  }
}
