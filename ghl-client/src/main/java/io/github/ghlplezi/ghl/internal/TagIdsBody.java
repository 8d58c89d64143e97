package io.github.ghlplezi.ghl.internal;

import java.util.List;

/**
 * The body of {@code POST .../tags/details} ({@code UpdateTagDTO}).
 *
 * @param tagIds the ids to look up
 */
public record TagIdsBody(List<String> tagIds) {
}
