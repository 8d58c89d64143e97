package io.github.ghlplezi.plezi;

import java.util.List;
import java.util.Optional;

/**
 * Plezi answered with a redirect (3xx). The client never follows redirects: the API key, the tenant
 * company, the brain secret and its signature are meant for Plezi's own host, and a redirect could
 * hand them to another. Permanent: the same request would be redirected again.
 */
public final class PleziRedirectException extends PleziApiException {

  private static final long serialVersionUID = 1L;

  /** The host the redirect pointed to, {@code null} when absent or unreadable. */
  private final String targetHost;

  PleziRedirectException(String message, int status, String targetHost, String requestId) {
    super(message, status, null, requestId, List.of(), null);
    this.targetHost = targetHost;
  }

  /** @return the host the {@code Location} header points to, when it has a usable one */
  public Optional<String> targetHost() {
    return Optional.ofNullable(targetHost);
  }
}
