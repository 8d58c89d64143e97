package io.github.ghlplezi.ghl.model;

import io.github.ghlplezi.ghl.GhlInvalidArgumentException;
import io.github.ghlplezi.ghl.internal.Validate;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The search of {@code POST /social-media-posting/{locationId}/posts/list} ({@code SearchPostDTO}):
 * a date window (required, {@code fromDate} before {@code toDate}), a filter, optional accounts
 * and post type, and offset paging ({@code skip}/{@code limit}, sent as strings).
 */
@Value.Immutable
public interface PostQuery {

  /** The page size HighLevel documents as its default. */
  int DEFAULT_LIMIT = 10;
  /** The largest page size the client sends. */
  int MAX_LIMIT = 1000;

  /** @return which posts to return; {@code all} by default */
  @Value.Default
  default PostListFilter filter() {
    return PostListFilter.ALL;
  }

  /** @return account ids to restrict the search to (sent comma-separated); empty for all */
  List<String> accountIds();

  /** @return the start of the date window */
  Instant fromDate();

  /** @return the end of the date window */
  Instant toDate();

  /** @return whether HighLevel adds the user of each post */
  @Value.Default
  default boolean includeUsers() {
    return false;
  }

  /** @return post, story or reel; all types when empty */
  Optional<PostType> postType();

  /** @return how many posts to skip; 0 by default */
  @Value.Default
  default int skip() {
    return 0;
  }

  /** @return the page size, 1 to {@value #MAX_LIMIT}; {@value #DEFAULT_LIMIT} by default */
  @Value.Default
  default int limit() {
    return DEFAULT_LIMIT;
  }

  /** Checks the window and paging. */
  @Value.Check
  default void check() {
    if (!toDate().isAfter(fromDate())) {
      throw new GhlInvalidArgumentException("toDate", "must be after fromDate");
    }
    Validate.offsetPage(limit(), skip(), MAX_LIMIT);
    accountIds().forEach(id -> Validate.id("accountIds", id));
  }

  /** @return a builder for this type */
  static ImmutablePostQuery.Builder builder() {
    return ImmutablePostQuery.builder();
  }
}
