package io.github.ghlplezi.plezi.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * The checkable shape of a limit/offset page request.
 *
 * @param limit the page size
 * @param offset the number of items to skip
 */
public record PageCheck(
    @Min(value = 1, message = "must be at least 1")
    @Max(value = 1000, message = "must be at most 1000") int limit,
    @Min(value = 0, message = "must not be negative") int offset) {
}
