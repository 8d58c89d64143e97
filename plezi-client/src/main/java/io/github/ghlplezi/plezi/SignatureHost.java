package io.github.ghlplezi.plezi;

/** How the host line of the brain API's string to sign is taken from the request URL. */
public enum SignatureHost {
  /**
   * As in the {@code Host} header: the host name, plus {@code :port} when the port is not the
   * scheme's default. For {@code https://brain.plezi.co/...} this is {@code brain.plezi.co}. The
   * default.
   */
  HOST_HEADER,
  /** The host name only, never a port. */
  HOST_ONLY
}
