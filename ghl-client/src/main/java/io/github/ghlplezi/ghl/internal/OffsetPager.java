package io.github.ghlplezi.ghl.internal;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Lazy offset paging ({@code skip}/{@code limit}) that holds one page at a time. The next page is
 * requested only when the previous one has been consumed; the end is an empty page (HighLevel's
 * {@code count} semantics and maximum page size are undocumented, so a short page is not trusted
 * as the last one). A server that answers the same page again for a larger offset is reported
 * instead of looping forever.
 *
 * @param <T> element type
 */
public final class OffsetPager<T> implements Iterator<T> {

  /** Fetches one page. */
  @FunctionalInterface
  public interface PageFetcher<T> {
    /**
     * @param skip elements to skip
     * @param limit page size
     * @return the page, never {@code null}
     */
    List<T> fetch(int skip, int limit);
  }

  /**
   * A page as fetched: the readable records and how many HighLevel sent (more when malformed
   * records were skipped; the next offset advances by what was sent).
   *
   * @param items the readable records
   * @param received how many records the answer held
   * @param <T> record type
   */
  public record Fetched<T>(List<T> items, int received) {
  }

  /**
   * Fetches one page, telling how many records it held.
   *
   * @param <T> record type
   */
  @FunctionalInterface
  public interface CountingFetcher<T> {
    /**
     * @param skip offset
     * @param limit page size
     * @return the page
     */
    Fetched<T> fetch(int skip, int limit);
  }

  private final CountingFetcher<T> fetcher;
  private final Function<T, String> idOf;
  private final int limit;
  private int nextSkip;
  private List<T> page = List.of();
  private int index;
  private boolean done;
  private String previousFirstId;

  private OffsetPager(CountingFetcher<T> fetcher, Function<T, String> idOf, int skip, int limit) {
    this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
    this.idOf = Objects.requireNonNull(idOf, "idOf");
    this.nextSkip = skip;
    this.limit = limit;
  }

  /**
   * @param fetcher loads a page
   * @param idOf extracts an element's id (to detect a server ignoring {@code skip})
   * @param skip first offset
   * @param limit page size
   * @param <T> element type
   * @return a sequential, ordered, lazy stream
   */
  public static <T> Stream<T> stream(PageFetcher<T> fetcher, Function<T, String> idOf, int skip, int limit) {
    Objects.requireNonNull(fetcher, "fetcher");
    return counting((s, l) -> {
      List<T> items = fetcher.fetch(s, l);
      return new Fetched<>(items == null ? List.of() : items, items == null ? 0 : items.size());
    }, idOf, skip, limit);
  }

  /**
   * Like {@link #stream(PageFetcher, Function, int, int)}, for pages that may have left out
   * unreadable records: the offset advances by what HighLevel sent, and a page whose records were
   * all unreadable does not end the stream.
   *
   * @param fetcher fetches one page
   * @param idOf the id of a record
   * @param skip first offset
   * @param limit page size
   * @param <T> record type
   * @return an ordered, sequential, lazy stream
   */
  public static <T> Stream<T> counting(CountingFetcher<T> fetcher, Function<T, String> idOf, int skip, int limit) {
    OffsetPager<T> pager = new OffsetPager<>(fetcher, idOf, skip, limit);
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(pager, Spliterator.ORDERED | Spliterator.NONNULL), false);
  }

  @Override
  public boolean hasNext() {
    while (!done && index >= page.size()) {
      page = List.of();
      Fetched<T> fetched = fetcher.fetch(nextSkip, limit);
      if (fetched.received() <= 0) {
        done = true;
        page = List.of();
        index = 0;
        return false;
      }
      List<T> next = fetched.items();
      if (next.isEmpty()) {
        nextSkip += fetched.received();
        index = 0;
        continue;
      }
      String firstId = idOf.apply(next.get(0));
      if (firstId != null && firstId.equals(previousFirstId)) {
        throw new IllegalStateException("HighLevel returned the same page for skip=" + nextSkip
            + " as for the previous offset; the server does not honour skip");
      }
      previousFirstId = firstId;
      nextSkip += fetched.received();
      page = next;
      index = 0;
    }
    return !done;
  }

  @Override
  public T next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return page.get(index++);
  }

  @Override
  public void forEachRemaining(Consumer<? super T> action) {
    while (hasNext()) {
      action.accept(next());
    }
  }
}
