package io.github.ghlplezi.testkit.internal;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** A response produced by a fake, before it is written (faults may alter how it is written). */
public final class HttpResponse {
  private final int status;
  private final Map<String, String> headers = new LinkedHashMap<>();
  private final byte[] body;

  public HttpResponse(int status, byte[] body) {
    this.status = status;
    this.body = body;
  }

  public static HttpResponse json(int status, Object body) {
    HttpResponse r = new HttpResponse(status, Json.bytes(body));
    r.header("Content-Type", "application/json; charset=utf-8");
    return r;
  }

  public static HttpResponse text(int status, String contentType, String body) {
    HttpResponse r = new HttpResponse(status, body.getBytes(StandardCharsets.UTF_8));
    r.header("Content-Type", contentType);
    return r;
  }

  public static HttpResponse empty(int status) {
    return new HttpResponse(status, new byte[0]);
  }

  public HttpResponse header(String name, String value) {
    headers.put(name, value);
    return this;
  }

  public int status() {
    return status;
  }

  public Map<String, String> headers() {
    return headers;
  }

  public byte[] body() {
    return body;
  }
}
