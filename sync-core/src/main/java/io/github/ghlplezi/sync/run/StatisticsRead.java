package io.github.ghlplezi.sync.run;

import io.github.ghlplezi.sync.fetch.StatisticsReading.SkippedAccount;
import io.github.ghlplezi.sync.stats.StatGap;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the statistics stream read for one location in a run (stored, or in a dry run only planned).
 *
 * @param firstDay the first day of the window
 * @param lastDay the last day of the window
 * @param points how many values the window held (stored, replacing those of the same key)
 * @param gap the days before the window that no read covered, recorded as a gap
 * @param skipped the accounts not read (expired, unsupported)
 * @param requests how many statistics requests the read took
 * @param aggregates the configured aggregates computed after the read, by name (absent: undefined)
 */
public record StatisticsRead(LocalDate firstDay, LocalDate lastDay, int points, Optional<StatGap> gap,
    List<SkippedAccount> skipped, int requests, Map<String, Double> aggregates) {

  /**
   * Copies the collections and checks the arguments.
   *
   * @param firstDay the first day of the window
   * @param lastDay the last day of the window
   * @param points how many values the window held (stored, replacing those of the same key)
   * @param gap the days before the window that no read covered, recorded as a gap
   * @param skipped the accounts not read (expired, unsupported)
   * @param requests how many statistics requests the read took
   * @param aggregates the configured aggregates computed after the read, by name (absent: undefined)
   */
  public StatisticsRead {
    Objects.requireNonNull(firstDay, "firstDay");
    Objects.requireNonNull(lastDay, "lastDay");
    Objects.requireNonNull(gap, "gap");
    skipped = List.copyOf(skipped);
    aggregates = Collections.unmodifiableMap(new LinkedHashMap<>(aggregates));
  }

  /**
   * One line for a report: the window, the values, the gap and the skipped accounts.
   *
   * @return the description
   */
  public String describe() {
    StringBuilder out = new StringBuilder().append(firstDay).append("..").append(lastDay).append(": ")
        .append(points).append(" values in ").append(requests).append(requests == 1 ? " request" : " requests");
    gap.ifPresent(g -> out.append(", gap of ").append(g.days()).append(" days (").append(g.firstDay()).append("..")
        .append(g.lastDay()).append(')'));
    skipped.forEach(s -> out.append(", skipped ").append(s.accountId()).append(" (").append(s.platform()).append(' ')
        .append(s.reason()).append(')'));
    return out.toString();
  }
}
