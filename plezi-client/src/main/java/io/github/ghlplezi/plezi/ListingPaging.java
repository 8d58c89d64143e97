package io.github.ghlplezi.plezi;

/**
 * Which paging parameters the legacy listings ({@code contacts}, {@code contact_lists}) take.
 * Only an integrator's abstraction ({@code limit}/{@code offset}) is documented; the brain API
 * numbers pages ({@code page}/{@code per_page}), so the legacy API may do the same.
 */
public enum ListingPaging {
  /** {@code limit=<n>&offset=<skip>}. The default. */
  LIMIT_OFFSET,
  /**
   * {@code page=<1-based>&per_page=<n>}; offsets must then be multiples of the page size, and a
   * server that caps {@code per_page} below the size asked is reported rather than silently
   * skipped over.
   */
  PAGE_PER_PAGE
}
