package io.github.ghlplezi.ghl.model;

import io.github.ghlplezi.ghl.internal.Validate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Query parameters of {@code GET /social-media-posting/{locationId}/categories}: an optional search
 * text and offset paging, sent as strings.
 */
@Value.Immutable
public interface CategoryQuery {

  /** The default page size. */
  int DEFAULT_LIMIT = 100;
  /** The largest page size the client sends. */
  int MAX_LIMIT = 1000;

  /** @return text the category names must contain */
  Optional<String> searchText();

  /** @return the page size, 1 to {@value #MAX_LIMIT} */
  @Value.Default
  default int limit() {
    return DEFAULT_LIMIT;
  }

  /** @return how many categories to skip */
  @Value.Default
  default int skip() {
    return 0;
  }

  /** Checks the paging. */
  @Value.Check
  default void check() {
    Validate.offsetPage(limit(), skip(), MAX_LIMIT);
    searchText().ifPresent(t -> Validate.text("searchText", t));
  }

  /** @return a builder for this type */
  static ImmutableCategoryQuery.Builder builder() {
    return ImmutableCategoryQuery.builder();
  }
}
