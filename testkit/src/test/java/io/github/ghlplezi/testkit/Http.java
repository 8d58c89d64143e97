package io.github.ghlplezi.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/** Minimal JDK HTTP helper for tests: the testkit is exercised over the wire only. */
final class Http {
  static final ObjectMapper MAPPER = new ObjectMapper();
  static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();

  private final String base;
  private final Map<String, String> headers = new LinkedHashMap<>();

  private Http(String base) {
    this.base = base;
  }

  static Http at(String base) {
    return new Http(base);
  }

  /** GHL defaults: Version 2021-07-28 and a bearer token. */
  static Http ghl(String base, String token) {
    return at(base).header("Version", "2021-07-28").header("Authorization", "Bearer " + token)
        .header("Accept", "application/json");
  }

  Http header(String name, String value) {
    Http copy = new Http(base);
    copy.headers.putAll(headers);
    if (value == null) {
      copy.headers.remove(name);
    } else {
      copy.headers.put(name, value);
    }
    return copy;
  }

  Http without(String name) {
    return header(name, null);
  }

  Response get(String path) {
    return send(builder(path).GET());
  }

  Response postJson(String path, String json) {
    return send(builder(path).setHeader("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  Response postForm(String path, Map<String, String> form) {
    return send(builder(path).setHeader("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form(form))));
  }

  static String form(Map<String, String> form) {
    StringJoiner j = new StringJoiner("&");
    form.forEach((k, v) -> j.add(enc(k) + "=" + enc(v)));
    return j.toString();
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private HttpRequest.Builder builder(String path) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10));
    headers.forEach(b::header);
    return b;
  }

  Response send(HttpRequest.Builder b) {
    try {
      HttpResponse<String> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
      return new Response(r);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static final class Response {
    final HttpResponse<String> raw;

    Response(HttpResponse<String> raw) {
      this.raw = raw;
    }

    int status() {
      return raw.statusCode();
    }

    String body() {
      return raw.body();
    }

    String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }

    JsonNode json() {
      try {
        return MAPPER.readTree(raw.body());
      } catch (IOException e) {
        throw new UncheckedIOException("not JSON: " + raw.body(), e);
      }
    }

    @Override
    public String toString() {
      return status() + " " + body();
    }
  }
}
