package io.github.ghlplezi.ghl.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.util.List;

/**
 * A page of tags as received, each tag still unparsed, so that one malformed tag cannot make the
 * page unreadable ({@link Calls#readEach}).
 *
 * @param tags the tags' JSON
 * @param count HighLevel's total, may be {@code null}
 */
public record RawTagPage(@JsonProperty("tags") List<TokenBuffer> tags, @JsonProperty("count") Long count) {
}
