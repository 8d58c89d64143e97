package io.github.ghlplezi.connector.config;

import jakarta.validation.constraints.Pattern;

/**
 * Plezi fields written when a location's tags change (a Plezi workflow can start on them).
 *
 * @param dateField the date field set to the run's date
 * @param valueField the text field set to a fingerprint of the change
 */
public record TriggerConfig(
    @ConfigDoc("Plezi date field set to the run's date (UTC) when tags change")
    @Pattern(regexp = "\\S+", message = "must not be blank") String dateField,
    @ConfigDoc("Plezi text field set to a fingerprint of the change")
    @Pattern(regexp = "\\S+", message = "must not be blank") String valueField) {
}
