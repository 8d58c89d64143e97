package io.github.ghlplezi.ghl.model;

import io.github.ghlplezi.ghl.internal.Validate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Paging and filters of the CSV read operations (get-upload-status, get-csv-post). {@code
 * includeUsers} and {@code userId} apply to get-upload-status only.
 */
@Value.Immutable
public interface CsvQuery {

  /** The largest page size the client sends. */
  int MAX_LIMIT = 1000;

  /** @return how many entries to skip */
  @Value.Default
  default int skip() {
    return 0;
  }

  /** @return the page size, 1 to {@value #MAX_LIMIT}; 10 by default */
  @Value.Default
  default int limit() {
    return 10;
  }

  /** @return whether user details are included (get-upload-status) */
  Optional<Boolean> includeUsers();

  /** @return restrict to imports of this user (get-upload-status) */
  Optional<String> userId();

  /** Checks the paging. */
  @Value.Check
  default void check() {
    Validate.offsetPage(limit(), skip(), MAX_LIMIT);
    userId().ifPresent(v -> Validate.id("userId", v));
  }

  /** @return a builder for this type */
  static ImmutableCsvQuery.Builder builder() {
    return ImmutableCsvQuery.builder();
  }
}
