package io.github.ghlplezi.ghl.webhook;

/**
 * The outcome of {@link WebhookVerifier#verify(byte[], java.util.function.Function)}, which the
 * caller must handle: process a {@link Verified} event, acknowledge a {@link Duplicate} without
 * processing it again, and refuse a {@link Rejected} delivery (for example with HTTP 401).
 */
public sealed interface WebhookVerification {

  /**
   * The signature is valid, the timestamp inside the window and the delivery new.
   *
   * @param event the event
   * @param scheme the signature that was checked
   */
  record Verified(WebhookEvent event, SignatureScheme scheme) implements WebhookVerification {
  }

  /**
   * The signature is valid but this {@code webhookId} was already accepted: HighLevel (or an
   * attacker replaying a captured delivery) sent it again.
   *
   * @param event the repeated event
   */
  record Duplicate(WebhookEvent event) implements WebhookVerification {
  }

  /**
   * The delivery must not be trusted.
   *
   * @param reason why
   * @param detail a human-readable explanation (never contains key material)
   */
  record Rejected(Reason reason, String detail) implements WebhookVerification {
  }

  /** Why a delivery was rejected. */
  enum Reason {
    /** Neither {@code x-ghl-signature} nor {@code x-wh-signature} was present (or both were {@code N/A}). */
    MISSING_SIGNATURE,
    /** Signatures were present but none for which a key is configured. */
    NO_KEY_FOR_SIGNATURE,
    /**
     * The signature header is not canonical standard base64 of exactly the scheme's length (64
     * bytes for Ed25519, the key's modulus length for RSA), or is given twice with different values.
     */
    MALFORMED_SIGNATURE,
    /** The signature does not match the raw body. */
    BAD_SIGNATURE,
    /** The body is not a JSON object, or its {@code webhookId} is not a string of 1 to 256 characters. */
    MALFORMED_BODY,
    /** {@code timestamp} is present but not an ISO-8601 instant string ({@code ""}, a number, an array...). */
    MALFORMED_TIMESTAMP,
    /** {@code timestamp} lies outside the accepted window (or is missing when required). */
    STALE_TIMESTAMP,
    /**
     * The delivery carries neither {@code timestamp} nor {@code webhookId}, so nothing stops a
     * replay (see {@link WebhookVerifier.Builder#unsafeAllowDeliveriesWithoutTimestampOrId(boolean)}).
     */
    MISSING_REPLAY_PROTECTION,
    /** {@code appId} is not the configured app. */
    WRONG_APP
  }
}
