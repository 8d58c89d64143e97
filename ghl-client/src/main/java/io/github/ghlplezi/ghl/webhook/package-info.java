/**
 * Verification of HighLevel webhook deliveries (Ed25519 {@code x-ghl-signature}, RSA-SHA256
 * {@code x-wh-signature}) over the raw body, with a replay guard, and the typed events.
 */
package io.github.ghlplezi.ghl.webhook;
