package io.github.ghlplezi.connector.config;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;

/**
 * Engine tuning.
 *
 * @param parallelism locations synced at once
 * @param retention how long events are kept
 */
public record EngineConfig(
    @ConfigDoc(value = "Locations synced at once (1-64)", defaultValue = "4")
    @Min(1) @Max(64) Integer parallelism,
    @ConfigDoc(value = "Age after which events and replayed dead letters are deleted (ISO-8601)", defaultValue = "P90D")
    Duration retention) {

  /** Fills defaults. */
  public EngineConfig {
    parallelism = parallelism == null ? 4 : parallelism;
    retention = retention == null ? Duration.ofDays(90) : retention;
  }

  static EngineConfig defaults() {
    return new EngineConfig(null, null);
  }

  /** @return whether retention is at least a day */
  @AssertTrue(message = "`retention` must be at least P1D")
  public boolean isRetentionLongEnough() {
    return retention.compareTo(Duration.ofDays(1)) >= 0;
  }
}
