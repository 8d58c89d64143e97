package io.github.ghlplezi.testkit.internal;

import io.github.ghlplezi.testkit.UnknownValueMode;
import java.time.Duration;

/** Switches of the Plezi fake (see Sandbox.Builder for meanings and defaults). */
public record PleziSettings(
    UnknownValueMode unknownValueMode,
    int legacyAuthStatus,
    int unknownFormStatus,
    Duration brainTimestampWindow,
    String brainSigningHost,
    boolean postContactsUpsert) {

  public static PleziSettings defaults() {
    return new PleziSettings(UnknownValueMode.IGNORE, 401, 404, Duration.ofMinutes(5), "brain.plezi.co", true);
  }
}
