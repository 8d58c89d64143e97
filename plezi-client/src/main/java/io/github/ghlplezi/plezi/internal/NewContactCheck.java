package io.github.ghlplezi.plezi.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import java.util.Map;

/**
 * The checkable shape of a contact creation.
 *
 * @param email the e-mail
 * @param fields custom fields by key
 */
public record NewContactCheck(
    @NotBlank(message = "must not be blank")
    @Email(regexp = Rules.BLANK_OR + Rules.EMAIL, message = "must be a well-formed e-mail address")
    String email,
    Map<String, @Valid FieldCheck> fields) {
}
