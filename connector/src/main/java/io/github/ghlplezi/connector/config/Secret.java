package io.github.ghlplezi.connector.config;

import java.util.Objects;

/**
 * A credential read from the environment or a file named in the configuration
 * ({@code ${env:GHL_PIT_ONE}} or {@code file:/run/secrets/plezi-api-key}). Its value is never
 * printed: {@link #toString()} names only where it came from.
 */
public final class Secret {

  private final String reference;
  private final String value;

  Secret(String reference, String value) {
    this.reference = Objects.requireNonNull(reference, "reference");
    this.value = Objects.requireNonNull(value, "value");
  }

  /** @return the secret value; hand it to a client, never to a log */
  public String reveal() {
    return value;
  }

  /** @return where the value came from, for example {@code env:GHL_PIT_ONE} */
  public String reference() {
    return reference;
  }

  @Override
  public String toString() {
    return "Secret[" + reference + "]";
  }
}
