package io.github.ghlplezi.sync.token;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Every secret handed out during this test JVM, for {@link ZzNoSecretInLogsTest}. */
final class IssuedTokens {
  private static final Set<String> ALL = ConcurrentHashMap.newKeySet();

  private IssuedTokens() {
  }

  static String record(String token) {
    if (token != null) {
      ALL.add(token);
    }
    return token;
  }

  static TokenGrant record(TokenGrant grant) {
    record(grant.accessToken());
    record(grant.refreshToken());
    return grant;
  }

  static Set<String> all() {
    return Set.copyOf(ALL);
  }
}
