package io.github.ghlplezi.connector.config;

import jakarta.validation.constraints.NotBlank;
import java.util.List;

/**
 * A segment rule; read and validated, not acted on yet.
 *
 * @param name the segment
 * @param tags the tag option slugs that put a contact in it
 */
public record SegmentRule(
    @ConfigDoc(value = "Segment name", notYetActive = true)
    @NotBlank String name,
    @ConfigDoc(value = "Option slugs that put a contact in the segment", notYetActive = true)
    List<@NotBlank String> tags) {
}
