package io.github.ghlplezi.sync.run;

import io.github.ghlplezi.sync.LocationMapping;
import io.github.ghlplezi.sync.SyncFailure;
import io.github.ghlplezi.sync.deliver.FieldWrite;
import io.github.ghlplezi.sync.tags.CatalogChange;
import io.github.ghlplezi.sync.tags.MissingOption;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The sealed outcome of one location in a run. On Java 21+ consume it with a pattern {@code switch};
 * on Java 17 {@link #match(Function, Function, Function)} gives the same guarantee.
 */
public sealed interface LocationOutcome
    permits LocationOutcome.Synced, LocationOutcome.Planned, LocationOutcome.Failed {

  /**
   * The configured pair this outcome is about.
   *
   * @return the location and contact of this outcome
   */
  LocationMapping mapping();

  /**
   * Applies the function that fits this outcome.
   *
   * @param <R> the result type
   * @param onSynced called for a {@link Synced} outcome
   * @param onPlanned called for a {@link Planned} outcome
   * @param onFailed called for a {@link Failed} outcome
   * @return what the called function returned
   */
  default <R> R match(Function<? super Synced, ? extends R> onSynced, Function<? super Planned, ? extends R> onPlanned,
      Function<? super Failed, ? extends R> onFailed) {
    if (this instanceof Synced synced) {
      return onSynced.apply(synced);
    }
    if (this instanceof Planned planned) {
      return onPlanned.apply(planned);
    }
    return onFailed.apply((Failed) this);
  }

  /**
   * Plezi holds the location's values (written and confirmed now, or already per the ledger) and the
   * catalog advanced.
   *
   * @param mapping the pair
   * @param changes the catalog changes this run recorded
   * @param written the fields sent and confirmed; empty when nothing had to be sent
   * @param resent true when the write repeated an earlier write whose answer was lost
   * @param missing tags not sent because the field has no option for them
   * @param rejected option values Plezi refused in this run (the others were delivered)
   * @param statistics what the statistics stream read and stored; empty without that stream
   */
  record Synced(LocationMapping mapping, List<CatalogChange> changes, List<FieldWrite> written, boolean resent,
      List<MissingOption> missing, List<String> rejected, Optional<StatisticsRead> statistics)
      implements LocationOutcome {

    /**
     * Copies the lists.
     *
     * @param mapping the pair
     * @param changes the catalog changes this run recorded
     * @param written the fields sent and confirmed; empty when nothing had to be sent
     * @param resent true when the write repeated an earlier write whose answer was lost
     * @param missing tags not sent because the field has no option for them
     * @param rejected option values Plezi refused in this run (the others were delivered)
     * @param statistics what the statistics stream read and stored; empty without that stream
     */
    public Synced {
      Objects.requireNonNull(mapping, "mapping");
      changes = List.copyOf(changes);
      written = List.copyOf(written);
      missing = List.copyOf(missing);
      rejected = List.copyOf(rejected);
      Objects.requireNonNull(statistics, "statistics");
    }

    /**
     * An outcome of an engine without the statistics stream.
     *
     * @param mapping the pair
     * @param changes the catalog changes this run recorded
     * @param written the fields sent and confirmed; empty when nothing had to be sent
     * @param resent true when the write repeated an earlier write whose answer was lost
     * @param missing tags not sent because the field has no option for them
     * @param rejected option values Plezi refused in this run (the others were delivered)
     */
    public Synced(LocationMapping mapping, List<CatalogChange> changes, List<FieldWrite> written, boolean resent,
        List<MissingOption> missing, List<String> rejected) {
      this(mapping, changes, written, resent, missing, rejected, Optional.empty());
    }
  }

  /**
   * A dry run's plan: what a run would record and write; nothing was written.
   *
   * @param mapping the pair
   * @param changes the catalog changes a run would record
   * @param wouldWrite the fields a run would send (empty: Plezi already holds them)
   * @param missing tags that would not be sent for lack of an option
   * @param statistics what the statistics stream read (nothing was stored); empty without that stream
   */
  record Planned(LocationMapping mapping, List<CatalogChange> changes, List<FieldWrite> wouldWrite,
      List<MissingOption> missing, Optional<StatisticsRead> statistics) implements LocationOutcome {

    /**
     * Copies the lists.
     *
     * @param mapping the pair
     * @param changes the catalog changes a run would record
     * @param wouldWrite the fields a run would send (empty: Plezi already holds them)
     * @param missing tags that would not be sent for lack of an option
     * @param statistics what the statistics stream read (nothing was stored); empty without that stream
     */
    public Planned {
      Objects.requireNonNull(mapping, "mapping");
      changes = List.copyOf(changes);
      wouldWrite = List.copyOf(wouldWrite);
      missing = List.copyOf(missing);
      Objects.requireNonNull(statistics, "statistics");
    }

    /**
     * A plan of an engine without the statistics stream.
     *
     * @param mapping the pair
     * @param changes the catalog changes a run would record
     * @param wouldWrite the fields a run would send (empty: Plezi already holds them)
     * @param missing tags that would not be sent for lack of an option
     */
    public Planned(LocationMapping mapping, List<CatalogChange> changes, List<FieldWrite> wouldWrite,
        List<MissingOption> missing) {
      this(mapping, changes, wouldWrite, missing, Optional.empty());
    }
  }

  /**
   * Nothing was confirmed; the catalog did not advance, so the next run retries the same change.
   *
   * @param mapping the pair
   * @param failure where and why; {@code failure.kind().isRetriable()} false means a dead letter was kept
   */
  record Failed(LocationMapping mapping, SyncFailure failure) implements LocationOutcome {

    /**
     * Checks the arguments.
     *
     * @param mapping the pair
     * @param failure where and why; {@code failure.kind().isRetriable()} false means a dead letter was kept
     */
    public Failed {
      Objects.requireNonNull(mapping, "mapping");
      Objects.requireNonNull(failure, "failure");
    }
  }
}
