package io.github.ghlplezi.http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Removes secrets from text that came from a server (an error body, a vendor message) before it
 * goes into an exception message or a log line. Masks each known secret, in its plain and its
 * URL-encoded form, and anything shaped like a bearer credential whoever issued it: a JWT
 * ({@code eyJ….….…}) or the value after {@code Bearer}. Immutable and thread-safe.
 */
public final class Redactor {

  /** What replaces a secret. */
  public static final String MASK = "[REDACTED]";

  /** Secrets shorter than this are ignored: masking them would garble ordinary words. */
  public static final int MIN_SECRET_LENGTH = 6;

  private static final Redactor SHAPES_ONLY = new Redactor(List.of());

  private static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]{2,}\\.[A-Za-z0-9_-]{2,}\\.[A-Za-z0-9_-]*");
  // a credential after "Bearer": 8 or more token characters with at least one digit, so that
  // ordinary prose ("bearer token is invalid") stays readable
  private static final Pattern BEARER = Pattern.compile("(?i)\\b(bearer)(\\s+)(?=[\\w.~+/=-]*\\d)[\\w.~+/=-]{8,}");

  private final List<String> secrets;

  private Redactor(Collection<String> secrets) {
    Set<String> forms = new LinkedHashSet<>();
    for (String secret : secrets) {
      if (secret != null && secret.length() >= MIN_SECRET_LENGTH) {
        forms.add(secret);
        forms.add(URLEncoder.encode(secret, StandardCharsets.UTF_8));
      }
    }
    // longest first, so a secret that contains another one is masked whole
    this.secrets = forms.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
  }

  /**
   * @param secrets the values to mask (null, and values shorter than {@value #MIN_SECRET_LENGTH}
   *     characters, are ignored)
   * @return a redactor for these secrets and for credential-shaped text
   */
  public static Redactor of(Collection<String> secrets) {
    Objects.requireNonNull(secrets, "secrets");
    return secrets.isEmpty() ? SHAPES_ONLY : new Redactor(secrets);
  }

  /**
   * @param text text, may be {@code null}
   * @return the text with every secret and credential-shaped value replaced by {@value #MASK};
   *     {@code null} for {@code null}
   */
  public String redact(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    String out = text;
    for (String secret : secrets) {
      out = out.replace(secret, MASK);
    }
    out = JWT.matcher(out).replaceAll(MASK);
    return BEARER.matcher(out).replaceAll("$1$2" + MASK);
  }

  /**
   * Redacts, then shortens to at most {@code maxChars} characters (an ellipsis marks the cut).
   * Redacting first means a secret cut in half by the limit is still masked.
   *
   * @param text text, may be {@code null}
   * @param maxChars the longest result, at least 1
   * @return the redacted, clipped text; {@code null} for {@code null}
   */
  public String redactAndClip(String text, int maxChars) {
    return clip(redact(text), maxChars);
  }

  /**
   * @param text text, may be {@code null}
   * @param maxChars the longest result, at least 1
   * @return the text, cut to {@code maxChars} characters with a trailing {@code …} when longer
   */
  public static String clip(String text, int maxChars) {
    if (maxChars < 1) {
      throw new IllegalArgumentException("maxChars must be at least 1: " + maxChars);
    }
    if (text == null || text.length() <= maxChars) {
      return text;
    }
    int end = maxChars - 1;
    if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end) + "…";
  }
}
