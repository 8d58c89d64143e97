package io.github.ghlplezi.plezi.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/** Lazy auto-paging: a page is fetched only when the stream needs its first element. */
public final class Paging {

  /**
   * One fetched page.
   *
   * @param items its items
   * @param last whether it is the last page
   * @param <T> the item type
   */
  public record Chunk<T>(List<T> items, boolean last) {
  }

  private Paging() {
  }

  /**
   * @param fetch fetches the page with the given index (0, 1, 2...)
   * @param <T> the item type
   * @return every item of every page, in order; pages are fetched on demand
   */
  public static <T> Stream<T> stream(IntFunction<Chunk<T>> fetch) {
    Spliterator<T> spliterator = new Spliterators.AbstractSpliterator<T>(Long.MAX_VALUE,
        Spliterator.ORDERED | Spliterator.NONNULL) {
      private final Deque<T> buffer = new ArrayDeque<>();
      private int next;
      private boolean done;

      @Override
      public boolean tryAdvance(Consumer<? super T> action) {
        while (buffer.isEmpty() && !done) {
          Chunk<T> chunk = fetch.apply(next++);
          buffer.addAll(chunk.items());
          done = chunk.last() || chunk.items().isEmpty();
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
