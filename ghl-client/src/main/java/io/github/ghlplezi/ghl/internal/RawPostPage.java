package io.github.ghlplezi.ghl.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.util.List;

/**
 * A page of posts as received, each record still unparsed, so that one malformed record cannot make the
 * page unreadable ({@link Calls#readEach}).
 *
 * @param posts the posts' JSON
 * @param count HighLevel's count, may be {@code null}
 */
public record RawPostPage(@JsonProperty("posts") List<TokenBuffer> posts, @JsonProperty("count") Long count) {
}
