package io.github.ghlplezi.notify.mail;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * How to reach an SMTP server. The password is asked for at each connection through a supplier
 * (so it can come from a vault and be rotated) and never appears in {@link #toString()}, a log line
 * or an exception message.
 *
 * @param host the server's host name
 * @param port the server's port (25, 465 or 587 usually)
 * @param security plain, STARTTLS or implicit TLS
 * @param username the login, empty when the server takes mail without authentication
 * @param password supplies the password when a username is set; each call may return a fresh array
 * @param from the sender address, e.g. {@code "ghl-plezi <digest@agency.example>"}
 * @param connectTimeout the longest wait for the connection
 * @param readTimeout the longest wait for each answer of the server, and for each write
 */
public record SmtpSettings(String host, int port, Security security, Optional<String> username,
    Supplier<char[]> password, String from, Duration connectTimeout, Duration readTimeout) {

  /** How the connection is protected. */
  public enum Security {
    /** No TLS (a relay on localhost or a test server). */
    NONE,
    /** Plain connection upgraded with STARTTLS, which is required (port 587 usually). */
    STARTTLS,
    /** TLS from the first byte (port 465 usually). */
    SSL
  }

  /**
   * Checks the settings.
   *
   * @param host the server's host name
   * @param port the server's port
   * @param security plain, STARTTLS or implicit TLS
   * @param username the login, empty for none
   * @param password supplies the password when a username is set
   * @param from the sender address
   * @param connectTimeout the longest wait for the connection
   * @param readTimeout the longest wait for each answer and write
   */
  public SmtpSettings {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(security, "security");
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(password, "password");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    Objects.requireNonNull(readTimeout, "readTimeout");
    if (host.isBlank()) {
      throw new IllegalArgumentException("host must not be blank");
    }
    if (port < 1 || port > 65_535) {
      throw new IllegalArgumentException("port must be between 1 and 65535: " + port);
    }
    if (connectTimeout.isNegative() || connectTimeout.isZero() || readTimeout.isNegative() || readTimeout.isZero()) {
      throw new IllegalArgumentException("timeouts must be positive");
    }
  }

  /**
   * A builder with no authentication, no TLS and 10-second timeouts.
   *
   * @param host the server's host name
   * @param port the server's port
   * @param from the sender address
   * @return the builder
   */
  public static Builder builder(String host, int port, String from) {
    return new Builder(host, port, from);
  }

  /**
   * The settings without the password.
   *
   * @return host, port, security, username, sender and timeouts
   */
  @Override
  public String toString() {
    return "SmtpSettings[host=" + host + ", port=" + port + ", security=" + security + ", username="
        + username.orElse("(none)") + ", from=" + from + ", connectTimeout=" + connectTimeout
        + ", readTimeout=" + readTimeout + "]";
  }

  /** Builds {@link SmtpSettings}. */
  public static final class Builder {

    private final String host;
    private final int port;
    private final String from;
    private Security security = Security.NONE;
    private Optional<String> username = Optional.empty();
    private Supplier<char[]> password = () -> new char[0];
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration readTimeout = Duration.ofSeconds(10);

    private Builder(String host, int port, String from) {
      this.host = host;
      this.port = port;
      this.from = from;
    }

    /**
     * Sets how the connection is protected.
     *
     * @param value plain, STARTTLS or implicit TLS
     * @return this builder
     */
    public Builder security(Security value) {
      this.security = value;
      return this;
    }

    /**
     * Authenticates with a login and a password supplied at each connection.
     *
     * @param user the login
     * @param secret supplies the password (for example from a vault); never logged
     * @return this builder
     */
    public Builder credentials(String user, Supplier<char[]> secret) {
      this.username = Optional.of(user);
      this.password = Objects.requireNonNull(secret, "secret");
      return this;
    }

    /**
     * Sets the connection timeout.
     *
     * @param value the longest wait for the connection
     * @return this builder
     */
    public Builder connectTimeout(Duration value) {
      this.connectTimeout = value;
      return this;
    }

    /**
     * Sets the read and write timeout.
     *
     * @param value the longest wait for each answer of the server, and for each write
     * @return this builder
     */
    public Builder readTimeout(Duration value) {
      this.readTimeout = value;
      return this;
    }

    /**
     * Builds the settings.
     *
     * @return the checked settings
     */
    public SmtpSettings build() {
      return new SmtpSettings(host, port, security, username, password, from, connectTimeout, readTimeout);
    }
  }
}
