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

/**
 * Serves a {@link WebhookIntake} over the JDK's HTTP server: {@code POST} on one path, body at most
 * {@value #MAX_BODY_BYTES} bytes, the intake's status as the answer.
 */
public final class WebhookEndpoint implements AutoCloseable {

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
    HttpServer server = HttpServer.create(new InetSocketAddress(port), 64);
    ExecutorService executor = Executors.newFixedThreadPool(4);
    server.setExecutor(executor);
    server.createContext(path, exchange -> serve(intake, path, exchange));
    server.start();
    return new WebhookEndpoint(server, executor, path);
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
        // A store failure: 500 makes HighLevel retry later, the id is not yet marked seen for good.
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
