package io.github.ghlplezi.ghl.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Clock;
import java.util.Base64;
import java.util.Map;

/** One signing key and its verifier: deliveries signed the way HighLevel signs them. */
final class SignedDeliveries {

  private final KeyPair key;

  SignedDeliveries(String algorithm) throws GeneralSecurityException {
    KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm);
    if (algorithm.equals("RSA")) {
      generator.initialize(2048);
    }
    this.key = generator.generateKeyPair();
  }

  String publicKeyPem() {
    return "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder().encodeToString(key.getPublic().getEncoded())
        + "\n-----END PUBLIC KEY-----\n";
  }

  WebhookVerifier.Builder ed25519Verifier(Clock clock) {
    return WebhookVerifier.builder().ed25519PublicKeyPem(publicKeyPem()).clock(clock);
  }

  String sign(String signatureAlgorithm, byte[] body) throws GeneralSecurityException {
    Signature s = Signature.getInstance(signatureAlgorithm);
    s.initSign(key.getPrivate());
    s.update(body);
    return Base64.getEncoder().encodeToString(s.sign());
  }

  /** {@code json} signed with Ed25519 in {@code x-ghl-signature}, handed to {@code verifier}. */
  WebhookVerification deliver(WebhookVerifier verifier, String json) throws GeneralSecurityException {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    return verifier.verify(body, Map.of(WebhookVerifier.ED25519_HEADER, sign("Ed25519", body)));
  }
}
