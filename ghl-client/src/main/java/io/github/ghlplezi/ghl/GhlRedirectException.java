package io.github.ghlplezi.ghl;

import java.util.Optional;

/**
 * HighLevel (or something in between) answered with a redirect, which the client never follows:
 * following it would send the bearer token, or the client secret and refresh token of
 * {@code /oauth/token}, to wherever the redirect points. Permanent: repeating the call gets the
 * same answer. The message names the status and the target host, never the target's path or
 * query.
 */
public final class GhlRedirectException extends GhlApiException {

  private static final long serialVersionUID = 1L;

  /** The host the redirect pointed to, {@code null} when absent or unreadable. */
  private final String targetHost;

  /**
   * @param details status, operation and a message naming the target host
   * @param targetHost the host of the {@code Location} header, {@code null} when absent or
   *     unreadable
   */
  public GhlRedirectException(GhlErrorDetails details, String targetHost) {
    super(details, null);
    this.targetHost = targetHost;
  }

  /** @return the host the redirect pointed to, empty when the answer named none */
  public Optional<String> targetHost() {
    return Optional.ofNullable(targetHost);
  }
}
