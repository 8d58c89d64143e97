package io.github.ghlplezi.testkit.internal;

import io.github.ghlplezi.testkit.TagCountMode;
import java.time.Duration;

/** Switches of the GHL fake (see Sandbox.Builder for meanings and defaults). */
public record GhlSettings(
    TagCountMode tagCountMode,
    int tagDefaultLimit,
    int tagMaxLimit,
    boolean statisticsChangeAsString,
    int burstMax,
    Duration burstInterval,
    int dailyMax,
    boolean retryAfterOn429,
    Duration pitOverlap,
    Duration codeLifetime,
    String invalidTokenMessage,
    int locationTokenStatus) {

  public static GhlSettings defaults() {
    return new GhlSettings(
        TagCountMode.TOTAL,
        10,
        100,
        false,
        100,
        Duration.ofSeconds(10),
        200_000,
        true,
        Duration.ofDays(7),
        Duration.ofMinutes(10),
        "Invalid token: access token is invalid",
        200);
  }
}
