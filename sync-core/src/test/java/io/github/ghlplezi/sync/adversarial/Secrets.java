package io.github.ghlplezi.sync.adversarial;

import io.github.ghlplezi.sync.token.CapturingAppender;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The secret tracker: every secret the adversarial suite hands to the SDK is made here and
 * remembered, so a test can prove none of them is in a log line, an exception message or a
 * {@code toString}.
 */
final class Secrets {

  private static final SecureRandom RANDOM = new SecureRandom();
  /** secret -> its kind ({@code pit}, {@code client-secret}, ...). */
  private static final Map<String, String> ISSUED = new ConcurrentHashMap<>();

  private Secrets() {
  }

  /**
   * A fresh secret of a kind (letters and digits only, so it survives URL and form encoding
   * unchanged and a leak is found by plain substring search).
   */
  static String issue(String kind) {
    byte[] b = new byte[18];
    RANDOM.nextBytes(b);
    String secret = "Adv" + kind.replaceAll("[^A-Za-z]", "") + HexFormat.of().formatHex(b);
    ISSUED.put(secret, kind);
    return secret;
  }

  /** Random key bytes, tracked in hex and in both base64 alphabets. */
  static byte[] issueKey(String kind, int length) {
    byte[] key = new byte[length];
    RANDOM.nextBytes(key);
    ISSUED.put(HexFormat.of().formatHex(key), kind + " (hex)");
    ISSUED.put(Base64.getEncoder().withoutPadding().encodeToString(key), kind + " (base64)");
    ISSUED.put(Base64.getUrlEncoder().withoutPadding().encodeToString(key), kind + " (base64url)");
    return key;
  }

  /** Tracks a secret issued by someone else (a server under test). */
  static String track(String secret, String kind) {
    if (secret != null && secret.length() >= 8) {
      ISSUED.put(secret, kind);
    }
    return secret;
  }

  static Set<String> all() {
    return Set.copyOf(ISSUED.keySet());
  }

  static int issuedCount() {
    return ISSUED.size();
  }

  /** @return the kinds of every tracked secret found in {@code text} */
  static List<String> foundIn(String text) {
    List<String> found = new ArrayList<>();
    if (text == null) {
      return found;
    }
    ISSUED.forEach((secret, kind) -> {
      if (text.contains(secret)) {
        found.add(kind);
      }
    });
    return found;
  }

  /** Every message (and class name) of a throwable's cause and suppressed chain, as one text. */
  static String chain(Throwable t) {
    StringBuilder b = new StringBuilder();
    appendChain(t, b, 0);
    return b.toString();
  }

  private static void appendChain(Throwable t, StringBuilder b, int depth) {
    for (Throwable c = t; c != null && depth < 32; c = c.getCause(), depth++) {
      b.append(c.getClass().getName()).append(": ").append(c.getMessage()).append(" | ")
          .append(c.getLocalizedMessage()).append(" | ").append(c).append('\n');
      for (Throwable s : c.getSuppressed()) {
        appendChain(s, b, depth + 1);
      }
    }
  }

  /**
   * @return every log line of this JVM so far (the root logger is at DEBUG in logback-test.xml and
   *     sends everything to the capturing appender)
   */
  static List<String> logLines() {
    return CapturingAppender.lines();
  }
}
