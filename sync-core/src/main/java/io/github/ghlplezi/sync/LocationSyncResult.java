package io.github.ghlplezi.sync;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * What a sync did for one configured location.
 *
 * <p>On Java 21 and later, consume it with a pattern {@code switch}: the compiler then flags a
 * forgotten case. On Java 17, {@link #match(Function, Function)} gives the same guarantee.
 */
public sealed interface LocationSyncResult permits LocationSyncResult.Synced, LocationSyncResult.Failed {

  /**
   * The configured pair this result is about.
   *
   * @return the location and contact this result belongs to
   */
  LocationMapping mapping();

  /**
   * Applies the function that fits this result.
   *
   * @param onSynced applied to a {@link Synced} result
   * @param onFailed applied to a {@link Failed} result
   * @param <R> the type of the answer
   * @return what the applied function returned
   */
  default <R> R match(Function<? super Synced, ? extends R> onSynced, Function<? super Failed, ? extends R> onFailed) {
    if (this instanceof Synced synced) {
      return onSynced.apply(synced);
    }
    return onFailed.apply((Failed) this);
  }

  /**
   * The location's tags were read and written to the contact.
   *
   * @param mapping the configured pair
   * @param tagsRead how many tags HighLevel returned for the location (deleted ones included)
   * @param optionsWritten the option slugs the contact's field now holds, in order
   * @param contactCreated true when Plezi created the contact, false when it updated it
   */
  record Synced(LocationMapping mapping, int tagsRead, List<String> optionsWritten, boolean contactCreated)
      implements LocationSyncResult {

    /**
     * Copies the list and checks the arguments.
     *
     * @param mapping the configured pair
     * @param tagsRead how many tags HighLevel returned for the location (deleted ones included)
     * @param optionsWritten the option slugs the contact's field now holds, in order
     * @param contactCreated true when Plezi created the contact, false when it updated it
     */
    public Synced {
      Objects.requireNonNull(mapping, "mapping");
      optionsWritten = List.copyOf(optionsWritten);
      if (tagsRead < 0) {
        throw new IllegalArgumentException("tagsRead must not be negative");
      }
    }
  }

  /**
   * Nothing was written for the location, or the write was not confirmed.
   *
   * @param mapping the configured pair
   * @param failure where and why it failed
   */
  record Failed(LocationMapping mapping, SyncFailure failure) implements LocationSyncResult {

    /**
     * Checks the arguments.
     *
     * @param mapping the configured pair
     * @param failure where and why it failed
     */
    public Failed {
      Objects.requireNonNull(mapping, "mapping");
      Objects.requireNonNull(failure, "failure");
    }
  }
}
