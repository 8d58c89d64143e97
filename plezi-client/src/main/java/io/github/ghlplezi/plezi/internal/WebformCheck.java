package io.github.ghlplezi.plezi.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Map;

/**
 * The checkable shape (a blank value gets one "must not be blank", not a second pattern violation) of a web-form upsert.
 *
 * @param email the e-mail
 * @param formId the form id
 * @param contentWebFormId the content web form id
 * @param subscriptions newsletter ids
 * @param fields custom fields by key
 */
public record WebformCheck(
    @NotBlank(message = "must not be blank")
    @Email(regexp = Rules.BLANK_OR + Rules.EMAIL, message = "must be a well-formed e-mail address") String email,
    @NotBlank(message = "must not be blank")
    @Pattern(regexp = Rules.BLANK_OR + Rules.HEX24, message = "must be 24 hexadecimal digits")
    String formId,
    @NotBlank(message = "must not be blank")
    @Pattern(regexp = Rules.BLANK_OR + Rules.HEX24_OR_UUID, message = "must be 24 hexadecimal digits or a UUID")
    String contentWebFormId,
    List<@Pattern(regexp = Rules.HEX24, message = "must be 24 hexadecimal digits") String> subscriptions,
    Map<String, @Valid FieldCheck> fields) {
}
