package io.github.ghlplezi.ghl.model;

import io.github.ghlplezi.ghl.internal.Validate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Query parameters of {@code GET /social-media-posting/{locationId}/tags}: an optional search text
 * and offset paging. HighLevel types {@code limit} and {@code skip} as strings and documents no
 * default or maximum; the client sends them as decimal strings and refuses page sizes outside 1 to
 * {@value #MAX_LIMIT}.
 */
@Value.Immutable
public interface TagQuery {

  /** The default page size. */
  int DEFAULT_LIMIT = 100;
  /** The largest page size the client sends. */
  int MAX_LIMIT = 1000;

  /** @return text the tag names must contain (HighLevel's {@code searchText}) */
  Optional<String> searchText();

  /** @return the page size, 1 to {@value #MAX_LIMIT}; {@value #DEFAULT_LIMIT} by default */
  @Value.Default
  default int limit() {
    return DEFAULT_LIMIT;
  }

  /** @return how many tags to skip; 0 by default */
  @Value.Default
  default int skip() {
    return 0;
  }

  /** Checks the page size and offset. */
  @Value.Check
  default void check() {
    Validate.offsetPage(limit(), skip(), MAX_LIMIT);
    searchText().ifPresent(t -> Validate.text("searchText", t));
  }

  /** @return a builder for this type */
  static ImmutableTagQuery.Builder builder() {
    return ImmutableTagQuery.builder();
  }
}
