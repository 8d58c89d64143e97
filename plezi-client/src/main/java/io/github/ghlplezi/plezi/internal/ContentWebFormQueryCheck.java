package io.github.ghlplezi.plezi.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

/**
 * The checkable shape of a {@code content_web_forms} page request.
 *
 * @param page the page, from 1
 * @param perPage the page size
 * @param sortBy the sort attribute
 */
public record ContentWebFormQueryCheck(
    @Min(value = 1, message = "must be at least 1") int page,
    @Min(value = 1, message = "must be at least 1")
    @Max(value = 100, message = "must be at most 100") int perPage,
    @Pattern(regexp = "^[a-z][a-z_]*$", message = "must be an attribute name such as title or created_at")
    String sortBy) {
}
