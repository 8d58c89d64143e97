package io.github.ghlplezi.testkit.internal;

import java.time.Instant;
import java.util.Base64;
import java.util.Random;
import java.util.UUID;

/** Deterministic identifiers shaped like the vendors' ones. Thread-safe. */
public final class Ids {
  private static final String ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  private static final String LOWER = "abcdefghijklmnopqrstuvwxyz0123456789";
  private final Random random;

  public Ids(long seed) {
    this.random = new Random(seed);
  }

  /** A MongoDB ObjectId-like 24-hex id whose first 4 bytes are {@code at} in epoch seconds. */
  public synchronized String objectId(Instant at) {
    StringBuilder sb = new StringBuilder(24);
    sb.append(String.format("%08x", at.getEpochSecond() & 0xffffffffL));
    for (int i = 0; i < 8; i++) {
      sb.append(String.format("%02x", random.nextInt(256)));
    }
    return sb.toString();
  }

  /** A GHL-style 20-character alphanumeric id (locations, companies, users). */
  public synchronized String ghlId() {
    return chars(ALNUM, 20);
  }

  public synchronized String lowerAlnum(int n) {
    return chars(LOWER, n);
  }

  public synchronized String hex(int n) {
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append(Character.forDigit(random.nextInt(16), 16));
    }
    return sb.toString();
  }

  public synchronized String digits(int n) {
    StringBuilder sb = new StringBuilder(n);
    sb.append((char) ('1' + random.nextInt(9)));
    for (int i = 1; i < n; i++) {
      sb.append((char) ('0' + random.nextInt(10)));
    }
    return sb.toString();
  }

  public synchronized UUID uuid() {
    long msb = (random.nextLong() & ~0xF000L) | 0x4000L;
    long lsb = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(msb, lsb);
  }

  public synchronized byte[] bytes(int n) {
    byte[] b = new byte[n];
    random.nextBytes(b);
    return b;
  }

  /** base64url without padding. */
  public static String b64url(byte[] bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private String chars(String alphabet, int n) {
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return sb.toString();
  }
}
