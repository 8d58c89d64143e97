package io.github.ghlplezi.sync.run;

import io.github.ghlplezi.sync.SyncFailure;
import io.github.ghlplezi.sync.fetch.StatisticsReading.SkippedAccount;
import io.github.ghlplezi.sync.stats.StatGap;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** What the statistics stream did for one location: {@link Read} or {@link Failed}. */
public sealed interface StatisticsOutcome {

  /** @return the HighLevel location id */
  String locationId();

  /**
   * The window was read and stored.
   *
   * @param locationId the location
   * @param firstDay the first day of the window
   * @param lastDay the last day of the window
   * @param points how many values were stored (replacing those of the same key)
   * @param gap the days before the window that no read covered, recorded as a gap
   * @param skipped the accounts not read (expired, unsupported)
   * @param requests how many statistics requests the read took
   */
  record Read(String locationId, LocalDate firstDay, LocalDate lastDay, int points, Optional<StatGap> gap,
      List<SkippedAccount> skipped, int requests) implements StatisticsOutcome {

    /**
     * Copies the list.
     *
     * @param locationId the location
     * @param firstDay the first day of the window
     * @param lastDay the last day of the window
     * @param points how many values were stored (replacing those of the same key)
     * @param gap the days before the window that no read covered, recorded as a gap
     * @param skipped the accounts not read (expired, unsupported)
     * @param requests how many statistics requests the read took
     */
    public Read {
      Objects.requireNonNull(locationId, "locationId");
      skipped = List.copyOf(skipped);
    }
  }

  /**
   * Nothing was stored for the location; the next run reads the window again.
   *
   * @param locationId the location
   * @param failure the stage ({@code FETCH} or {@code RECORD}), kind and message
   */
  record Failed(String locationId, SyncFailure failure) implements StatisticsOutcome {
  }
}
