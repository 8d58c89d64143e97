package io.github.ghlplezi.ghl.webhook;

/** How a delivery was signed. */
public enum SignatureScheme {
  /** {@code x-ghl-signature}: Ed25519 over the raw body (current; preferred). */
  ED25519("x-ghl-signature"),
  /** {@code x-wh-signature}: RSA PKCS#1 v1.5 with SHA-256 over the raw body (legacy). */
  RSA_SHA256("x-wh-signature");

  private final String header;

  SignatureScheme(String header) {
    this.header = header;
  }

  /** @return the header carrying the base64 signature */
  public String header() {
    return header;
  }
}
