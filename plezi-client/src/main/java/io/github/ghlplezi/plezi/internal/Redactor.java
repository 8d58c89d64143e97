package io.github.ghlplezi.plezi.internal;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** Removes secrets from text that came from a server before it goes into a message or log. */
public final class Redactor {

  private static final String MASK = "[REDACTED]";

  private final List<String> secrets;

  /** @param secrets the secrets to remove (blank or very short values are ignored) */
  public Redactor(List<String> secrets) {
    this.secrets = secrets.stream().filter(Objects::nonNull).filter(s -> s.length() >= 4)
        .collect(Collectors.toUnmodifiableList());
  }

  /** @param text text or null @return the text with every secret masked */
  public String redact(String text) {
    if (text == null) {
      return null;
    }
    String out = text;
    for (String secret : secrets) {
      out = out.replace(secret, MASK);
    }
    return out;
  }
}
