package io.github.ghlplezi.connector.config;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;

/**
 * Alert thresholds; read and validated, not acted on yet.
 *
 * @param engagementDropPercent the engagement drop that raises an alert
 */
public record ThresholdsConfig(
    @ConfigDoc(value = "Engagement drop (percent, 0-100) that raises an alert", notYetActive = true)
    @DecimalMin("0") @DecimalMax("100") Double engagementDropPercent) {
}
