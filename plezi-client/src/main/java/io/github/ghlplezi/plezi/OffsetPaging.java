package io.github.ghlplezi.plezi;

import io.github.ghlplezi.http.RequestMetadata;
import io.github.ghlplezi.plezi.PleziProtocol.ListingPaging;
import io.github.ghlplezi.plezi.internal.Decoded;
import io.github.ghlplezi.plezi.internal.LegacyApi;
import io.github.ghlplezi.plezi.internal.Wire;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Lazy limit/offset auto-paging. The next offset is the previous one plus the items received (a
 * server that caps the page size is followed correctly). Paging stops at an empty page, when the
 * stated total is reached, or, when no total is stated, at a short page. A server that ignores the
 * offset is detected (two identical consecutive pages) and reported instead of being read forever.
 */
final class OffsetPaging {

  /** One fetched page. */
  record Page<T>(List<T> items, Optional<Long> total) {
  }

  /** Fetches the page at ({@code limit}, {@code offset}). */
  interface Fetcher<T> {
    Page<T> fetch(int limit, int offset);
  }

  private OffsetPaging() {
  }

  static boolean isLast(int size, int limit, int offset, Optional<Long> total) {
    return size == 0 || total.map(t -> offset + (long) size >= t).orElse(size < limit);
  }

  /**
   * Calls the API for one page in the configured style.
   *
   * @throws PleziRequestInvalidException when pages are numbered and the offset is not a multiple
   *     of the limit
   */
  static retrofit2.Call<Decoded<Wire.Listing>> call(LegacyApi api, ListingPaging style,
      String path, int limit, int offset, String operation, RequestMetadata meta) {
    if (style == ListingPaging.LIMIT_OFFSET) {
      return api.list(path, limit, offset, null, null, meta);
    }
    if (offset % limit != 0) {
      throw new PleziRequestInvalidException(operation, List.of(
          new PleziRequestInvalidException.Violation("offset", "must be a multiple of the limit ("
              + limit + ") when pages are numbered (got " + offset + ")")));
    }
    return api.list(path, null, null, offset / limit + 1, limit, meta);
  }

  static <T> Stream<T> stream(String operation, int limit, Fetcher<T> fetcher,
      Function<T, String> id) {
    return stream(operation, limit, ListingPaging.LIMIT_OFFSET, fetcher, id);
  }

  static <T> Stream<T> stream(String operation, int limit, ListingPaging style, Fetcher<T> fetcher,
      Function<T, String> id) {
    Spliterator<T> spliterator = new Spliterators.AbstractSpliterator<T>(Long.MAX_VALUE,
        Spliterator.ORDERED | Spliterator.NONNULL) {
      private final Deque<T> buffer = new ArrayDeque<>();
      private int offset;
      private boolean done;
      private List<String> previousIds = List.of();

      @Override
      public boolean tryAdvance(Consumer<? super T> action) {
        while (buffer.isEmpty() && !done) {
          Page<T> page = fetcher.fetch(limit, offset);
          List<String> ids = page.items().stream().map(id).collect(java.util.stream.Collectors.toList());
          if (!ids.isEmpty() && ids.equals(previousIds)) {
            throw new PleziApiException("Plezi " + operation + " returned the same page at offsets "
                + (offset - ids.size()) + " and " + offset
                + "; the offset parameter seems to be ignored", 200, null, null, List.of(), null);
          }
          previousIds = ids;
          buffer.addAll(page.items());
          done = isLast(page.items().size(), limit, offset, page.total());
          if (style == ListingPaging.PAGE_PER_PAGE && !done && page.items().size() < limit) {
            throw new PleziApiException("Plezi " + operation + " returned " + page.items().size()
                + " items for per_page=" + limit + " before the end; the server caps the page size,"
                + " use a smaller one", 200, null, null, List.of(), null);
          }
          offset = Math.addExact(offset, style == ListingPaging.PAGE_PER_PAGE ? limit
              : page.items().size());
        }
        if (buffer.isEmpty()) {
          return false;
        }
        action.accept(buffer.poll());
        return true;
      }
    };
    return StreamSupport.stream(spliterator, false);
  }
}
