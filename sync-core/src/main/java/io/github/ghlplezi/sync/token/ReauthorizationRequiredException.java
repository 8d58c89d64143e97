package io.github.ghlplezi.sync.token;

/**
 * No usable token exists for an id and none can be obtained without a human (see {@link #reason()}).
 * Thrown without calling HighLevel again until the store receives a new token (or, for {@link
 * ReauthorizationReason#LOCATION_INACTIVE}, until the configured back-off has passed).
 */
public final class ReauthorizationRequiredException extends TokenException {
  private static final long serialVersionUID = 1L;

  private final transient ReauthorizationRequired event;

  /**
   * From the event that describes it.
   *
   * @param event what died and why
   */
  public ReauthorizationRequiredException(ReauthorizationRequired event) {
    super(describe(event));
    this.event = event;
  }

  private static String describe(ReauthorizationRequired e) {
    String what = switch (e.reason()) {
      case REFRESH_TOKEN_REJECTED ->
          "HighLevel rejected the refresh token (used, revoked or app uninstalled): reinstall the app";
      case REFRESH_OUTCOME_UNKNOWN ->
          "the refresh failed without a usable answer, so its refresh token may be spent: reinstall the app";
      case LOCATION_INACTIVE -> "HighLevel says the location is not active: re-activate it";
      case STATIC_TOKEN_REJECTED ->
          "HighLevel rejected the Private Integration Token: rotate it and store the new one";
      case NO_TOKEN -> "no token is stored: install the app or store a token";
    };
    return "Re-authorization required for " + e.userType() + " " + e.id()
        + " (store version " + e.storeVersion() + "): " + what;
  }

  /**
   * The event.
   *
   * @return the event: the id, its user type, the reason and when it happened
   */
  public ReauthorizationRequired event() {
    return event;
  }

  /**
   * Why.
   *
   * @return the reason, as {@code event().reason()}
   */
  public ReauthorizationReason reason() {
    return event.reason();
  }
}
