package io.github.ghlplezi.plezi.model;

import org.immutables.value.Value;

/**
 * Which page of {@code content_web_forms} to read, and in which order. Defaults: page 1, 20 per
 * page, sorted by {@code title} ascending (as Plezi's WordPress plugin asks).
 */
@Value.Immutable
public abstract class ContentWebFormQuery {

  /** Sort by title. */
  public static final String SORT_BY_TITLE = "title";

  /** Sort by creation time. */
  public static final String SORT_BY_CREATED_AT = "created_at";

  ContentWebFormQuery() {
  }

  /** @return the page, from 1 ({@code page}) */
  @Value.Default
  public int page() {
    return 1;
  }

  /** @return the page size ({@code per_page}), 1 to 100 */
  @Value.Default
  public int perPage() {
    return 20;
  }

  /** @return the sort attribute ({@code sort_by}): {@code title}, {@code created_at}, ... */
  @Value.Default
  public String sortBy() {
    return SORT_BY_TITLE;
  }

  /** @return the sort direction ({@code sort_dir}) */
  @Value.Default
  public SortDirection sortDirection() {
    return SortDirection.ASC;
  }

  /** @return the defaults */
  public static ContentWebFormQuery defaults() {
    return builder().build();
  }

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder of {@link ContentWebFormQuery}. */
  public static final class Builder extends ImmutableContentWebFormQuery.Builder {
    Builder() {
    }
  }
}
