package io.github.ghlplezi.connector.webhook;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves a {@link WebhookIntake} over the JDK's HTTP server: {@code POST} on one path, body at most
 * {@value #MAX_BODY_BYTES} bytes, the intake's status as the answer. In OAuth mode the same server
 * also answers the consent redirect ({@code GET <callback path>?code=...}): the code is exchanged and
 * the token stored, the code never echoed or logged.
 */
public final class WebhookEndpoint implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(WebhookEndpoint.class);

  /** The largest body accepted; HighLevel's events are a few KiB. */
  public static final int MAX_BODY_BYTES = 1024 * 1024;

  private final HttpServer server;
  private final ExecutorService executor;
  private final String path;

  private WebhookEndpoint(HttpServer server, ExecutorService executor, String path) {
    this.server = server;
    this.executor = executor;
    this.path = path;
  }

  /**
   * Starts serving.
   *
   * @param intake the intake
   * @param port the TCP port (0: any free port)
   * @param path the request path
   * @return the running endpoint
   * @throws IOException when the port cannot be bound
   */
  public static WebhookEndpoint start(WebhookIntake intake, int port, String path) throws IOException {
    return start(intake, port, path, null, null);
  }

  /** Exchanges the code of a consent redirect and stores its token. */
  @FunctionalInterface
  public interface ConsentCallback {
    /**
     * @param code the authorization code
     * @return what was stored, for the person who consented (no token, no code)
     */
    String exchange(String code);
  }

  /**
   * Starts serving webhooks and, when {@code callback} is given, the OAuth consent redirect.
   *
   * @param intake the intake
   * @param port the TCP port (0: any free port)
   * @param path the webhook path
   * @param callbackPath the consent redirect's path, or {@code null}
   * @param callback exchanges a consent code, or {@code null}
   * @return the running endpoint
   * @throws IOException when the port cannot be bound
   */
  public static WebhookEndpoint start(WebhookIntake intake, int port, String path, String callbackPath,
      ConsentCallback callback) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(port), 64);
    ExecutorService executor = Executors.newFixedThreadPool(4);
    server.setExecutor(executor);
    server.createContext(path, exchange -> serve(intake, path, exchange));
    if (callback != null) {
      server.createContext(callbackPath, exchange -> consent(callback, callbackPath, exchange));
    }
    server.start();
    return new WebhookEndpoint(server, executor, path);
  }

  private static void consent(ConsentCallback callback, String path, HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!"GET".equals(exchange.getRequestMethod()) || !path.equals(exchange.getRequestURI().getPath())) {
        exchange.sendResponseHeaders(exchange.getRequestMethod().equals("GET") ? 404 : 405, -1);
        return;
      }
      String code = null;
      String query = exchange.getRequestURI().getRawQuery();
      for (String pair : query == null ? new String[0] : query.split("&")) {
        if (pair.startsWith("code=")) {
          code = java.net.URLDecoder.decode(pair.substring(5), java.nio.charset.StandardCharsets.UTF_8);
        }
      }
      int status;
      String text;
      if (code == null || code.isBlank()) {
        status = 400;
        text = "no authorization code in the redirect";
      } else {
        try {
          text = callback.exchange(code);
          status = 200;
        } catch (ConsentRefusedException e) {
          LOG.warn("consent refused: {}", e.getMessage());
          status = 403;
          text = e.getMessage();
        } catch (RuntimeException e) {
          LOG.warn("consent code not exchanged: {}", e.getClass().getSimpleName());
          status = 502;
          text = "the authorization code could not be exchanged; install the app again";
        }
      }
      byte[] body = (text + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("content-type", "text/plain; charset=utf-8");
      exchange.sendResponseHeaders(status, body.length);
      exchange.getResponseBody().write(body);
    }
  }

  /** @return the URL HighLevel posts to (on the loopback address) */
  public URI uri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  private static void serve(WebhookIntake intake, String path, HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!"POST".equals(exchange.getRequestMethod()) || !path.equals(exchange.getRequestURI().getPath())) {
        exchange.sendResponseHeaders(exchange.getRequestMethod().equals("POST") ? 404 : 405, -1);
        return;
      }
      byte[] body;
      try (InputStream in = exchange.getRequestBody()) {
        body = in.readNBytes(MAX_BODY_BYTES + 1);
      }
      if (body.length > MAX_BODY_BYTES) {
        exchange.sendResponseHeaders(413, -1);
        return;
      }
      Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
      exchange.getRequestHeaders().forEach((name, values) -> {
        if (!values.isEmpty()) {
          headers.put(name.toLowerCase(Locale.ROOT), values.get(0));
        }
      });
      int status;
      try {
        status = intake.handle(body, headers).httpStatus();
      } catch (RuntimeException e) {
        // A store or HighLevel failure: nothing was recorded; 500 makes HighLevel deliver it again.
        LOG.warn("webhook not processed, answered 500 for a redelivery: {}: {}", e.getClass().getSimpleName(),
            e.getMessage());
        status = 500;
      }
      exchange.sendResponseHeaders(status, -1);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
