package io.github.ghlplezi.testkit.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An incoming request, fully read. Header names are lower case.
 *
 * <p>{@code toString()} shows header names and the body size only: header values and bodies carry
 * bearer tokens, API keys, signatures, client secrets and refresh tokens.
 */
public record HttpRequest(
    String method,
    String path,
    String rawQuery,
    Map<String, List<String>> query,
    Map<String, List<String>> headers,
    byte[] body,
    String host) {

  public Optional<String> header(String name) {
    List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  public Optional<String> queryParam(String name) {
    List<String> values = query.get(name);
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  public boolean isFormEncoded() {
    return header("content-type")
        .map(v -> v.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded"))
        .orElse(false);
  }

  public boolean isJson() {
    return header("content-type")
        .map(v -> v.toLowerCase(Locale.ROOT).contains("json"))
        .orElse(false);
  }

  /** Form parameters from an urlencoded body. */
  public Map<String, List<String>> form() {
    return Forms.parse(bodyText());
  }

  @Override
  public String toString() {
    return "HttpRequest[" + method + " " + path + (rawQuery == null || rawQuery.isEmpty() ? "" : "?<query>")
        + ", headers=" + headers.keySet() + ", body=" + (body == null ? 0 : body.length) + " bytes, host=" + host + "]";
  }
}
