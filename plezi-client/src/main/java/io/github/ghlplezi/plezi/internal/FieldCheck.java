package io.github.ghlplezi.plezi.internal;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The checkable shape of one contact field.
 *
 * @param key the field key
 * @param options the option slugs (select and multi-select fields), else empty
 * @param text the text of a text field, else null
 */
public record FieldCheck(
    @Pattern(regexp = Rules.FIELD_KEY, message = "must be a field key: lower-case letters, digits and"
        + " underscores, starting with a letter (e.g. plz_social_tags)")
    String key,
    List<@Pattern(regexp = Rules.SLUG, message = "must be an option slug: lower-case letters and"
        + " digits joined by single hyphens (e.g. spring-sale)") String> options,
    @Size(max = 65_535, message = "must be at most 65535 characters") String text) {
}
