package io.github.ghlplezi.sync.token;

import io.github.ghlplezi.ghl.model.UserType;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Set;

/** Test helpers: random token strings (recorded, so the log-leak test can look for them). */
final class Tokens {
  private static final SecureRandom RANDOM = new SecureRandom();

  /** A fixed test key (child JVMs build the same one). */
  static final KeyProvider KEYS = KeyProvider.of("test-1", EncryptedFileTokenStore.aesKey(new byte[32]));

  private Tokens() {
  }

  static String random(String prefix) {
    byte[] b = new byte[16];
    RANDOM.nextBytes(b);
    return IssuedTokens.record(prefix + "-" + HexFormat.of().formatHex(b));
  }

  static StoredToken oauth(String id, Instant now, Duration lifetime) {
    return new StoredToken(id, UserType.LOCATION, random("at"), now.plus(lifetime), random("rt"),
        Set.of("socialplanner/tag.readonly"), 0, now);
  }
}
