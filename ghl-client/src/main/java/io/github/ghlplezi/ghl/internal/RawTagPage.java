package io.github.ghlplezi.ghl.internal;

import com.fasterxml.jackson.databind.util.TokenBuffer;
import io.github.ghlplezi.ghl.model.Tag;
import java.util.List;

/**
 * A page of tags as received ({@link TagPageConverter}): either every tag read, or, when one was
 * malformed, each tag still unparsed, so that one malformed tag cannot make the page unreadable
 * ({@link Calls#readEach}).
 *
 * @param tags every tag of the page, read; {@code null} when the page has to be read tag by tag
 * @param records the tags' JSON when {@code tags} is {@code null}, else empty; may be {@code null}
 * @param count HighLevel's total, may be {@code null}
 */
public record RawTagPage(List<Tag> tags, List<TokenBuffer> records, Long count) {

  /** A page without tags. */
  public static final RawTagPage EMPTY = new RawTagPage(List.of(), List.of(), null);
}
