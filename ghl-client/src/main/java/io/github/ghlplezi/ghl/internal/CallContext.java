package io.github.ghlplezi.ghl.internal;

/**
 * Per-request facts the interceptors need, attached to the OkHttp request as a Retrofit
 * {@code @Tag}.
 *
 * @param locationId the location the request is for, {@code null} for agency and OAuth calls
 * @param explicitToken a bearer token given by the caller (agency token), {@code null} to ask the
 *     token source; never printed
 * @param authenticated whether an {@code Authorization} header is sent at all
 */
public record CallContext(String locationId, String explicitToken, boolean authenticated) {

  /**
   * @param locationId the location
   * @return a context whose token comes from the client's token source
   */
  public static CallContext location(String locationId) {
    return new CallContext(locationId, null, true);
  }

  /**
   * @param token the bearer token to send
   * @param locationId the location, may be {@code null}
   * @return a context with a caller-supplied token
   */
  public static CallContext explicit(String token, String locationId) {
    return new CallContext(locationId, token, true);
  }

  /** @return a context for unauthenticated calls (the OAuth token endpoint) */
  public static CallContext anonymous() {
    return new CallContext(null, null, false);
  }

  @Override
  public String toString() {
    return "CallContext[locationId=" + locationId + ", explicitToken="
        + (explicitToken == null ? "none" : "<redacted>") + ", authenticated=" + authenticated + "]";
  }
}
