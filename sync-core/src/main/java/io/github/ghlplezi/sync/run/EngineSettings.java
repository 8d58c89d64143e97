package io.github.ghlplezi.sync.run;

import io.github.ghlplezi.sync.tags.OptionRules;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the engine writes and how hard it works. Change a value with its {@code withX} method.
 *
 * @param options the tag field and its options ({@link OptionRules}); empty for an engine without the tag stream
 * @param triggerDateField a Plezi date field set to the run's date when a location's tags change
 * @param triggerValueField a Plezi text field set to a fingerprint of the change when tags change
 * @param parallelism how many locations run at once (each location runs on one thread at a time)
 * @param retention how long events, and replayed dead letters, are kept by {@link SyncEngine#applyRetention()}
 * @param maxRejectedRounds how many times one write is repeated without values Plezi refused
 */
public record EngineSettings(Optional<OptionRules> options, Optional<String> triggerDateField, Optional<String> triggerValueField,
    int parallelism, Duration retention, int maxRejectedRounds) {

  /** Default {@link #parallelism()}. */
  public static final int DEFAULT_PARALLELISM = 4;
  /** Largest {@link #parallelism()}: more threads would only wait on Plezi's shared budget. */
  public static final int MAX_PARALLELISM = 64;

  private static final Pattern FIELD_KEY = Pattern.compile("^[a-z][a-z0-9_]*$");

  /**
   * Validates every part; the message names the offending one.
   *
   * @param options the tag field and its options ({@link OptionRules}); empty for an engine without the tag stream
   * @param triggerDateField a Plezi date field set to the run's date when a location's tags change
   * @param triggerValueField a Plezi text field set to a fingerprint of the change when tags change
   * @param parallelism how many locations run at once (each location runs on one thread at a time)
   * @param retention how long events, and replayed dead letters, are kept by {@link SyncEngine#applyRetention()}
   * @param maxRejectedRounds how many times one write is repeated without values Plezi refused
   */
  public EngineSettings {
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(triggerDateField, "triggerDateField");
    Objects.requireNonNull(triggerValueField, "triggerValueField");
    Objects.requireNonNull(retention, "retention");
    triggerDateField.ifPresent(k -> requireKey("triggerDateField", k));
    triggerValueField.ifPresent(k -> requireKey("triggerValueField", k));
    if (parallelism < 1 || parallelism > MAX_PARALLELISM) {
      throw new IllegalArgumentException("parallelism must be within 1.." + MAX_PARALLELISM + ": " + parallelism);
    }
    if (retention.isNegative() || retention.isZero()) {
      throw new IllegalArgumentException("retention must be positive: " + retention);
    }
    if (maxRejectedRounds < 1) {
      throw new IllegalArgumentException("maxRejectedRounds must be at least 1: " + maxRejectedRounds);
    }
  }

  private static void requireKey(String name, String key) {
    if (!FIELD_KEY.matcher(key).matches()) {
      throw new IllegalArgumentException(name + " must be a lower-case Plezi field key: '" + key + "'");
    }
  }

  /**
   * Defaults: no trigger field, parallelism 4, retention 90 days, 20 rounds.
   *
   * @param options the tag field and its options
   * @return the default settings for that field
   */
  public static EngineSettings of(OptionRules options) {
    return new EngineSettings(Optional.of(options), Optional.empty(), Optional.empty(), DEFAULT_PARALLELISM,
        Duration.ofDays(90), 20);
  }

  /**
   * Defaults for an engine without the tag stream (statistics only): no tag field, no trigger field,
   * parallelism 4, retention 90 days, 20 rounds.
   *
   * @return the default settings without a tag field
   */
  public static EngineSettings defaults() {
    return new EngineSettings(Optional.empty(), Optional.empty(), Optional.empty(), DEFAULT_PARALLELISM,
        Duration.ofDays(90), 20);
  }

  /**
   * These settings with trigger fields (either may be null for none).
   *
   * @param dateField the Plezi date field, or {@code null}
   * @param valueField the Plezi text field, or {@code null}
   * @return the copy
   */
  public EngineSettings withTriggerFields(String dateField, String valueField) {
    return new EngineSettings(options, Optional.ofNullable(dateField), Optional.ofNullable(valueField), parallelism,
        retention, maxRejectedRounds);
  }

  /**
   * These settings with another parallelism.
   *
   * @param locationsAtOnce how many locations run at once; at least 1
   * @return the copy
   */
  public EngineSettings withParallelism(int locationsAtOnce) {
    return new EngineSettings(options, triggerDateField, triggerValueField, locationsAtOnce, retention,
        maxRejectedRounds);
  }

  /**
   * These settings with another retention.
   *
   * @param kept how long events and replayed dead letters are kept
   * @return the copy
   */
  public EngineSettings withRetention(Duration kept) {
    return new EngineSettings(options, triggerDateField, triggerValueField, parallelism, kept, maxRejectedRounds);
  }
}
