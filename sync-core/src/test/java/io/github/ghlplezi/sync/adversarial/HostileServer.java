package io.github.ghlplezi.sync.adversarial;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;

/**
 * A loopback HTTP server that answers every request with what its {@link Script} says and records
 * every request it receives (method, path and query, headers, body), so a test can prove what
 * reached it and what did not.
 */
final class HostileServer implements AutoCloseable {

  /** What the server sends back for one request. */
  @FunctionalInterface
  interface Script {
    Answer answer(Received request, int index);
  }

  /**
   * One answer: status, headers and body bytes. {@code chunked} leaves Content-Length out.
   */
  record Answer(int status, Map<String, String> headers, byte[] body, boolean chunked) {

    static Answer json(int status, String json) {
      return new Answer(status, Map.of("Content-Type", "application/json"), json.getBytes(StandardCharsets.UTF_8), false);
    }

    static Answer of(int status, String contentType, String body) {
      return new Answer(status, Map.of("Content-Type", contentType), body.getBytes(StandardCharsets.UTF_8), false);
    }

    Answer withHeader(String name, String value) {
      Map<String, String> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
      h.putAll(headers);
      h.put(name, value);
      return new Answer(status, h, body, chunked);
    }
  }

  /** One received request. */
  record Received(String method, String pathAndQuery, Map<String, List<String>> headers, byte[] body) {

    String bodyText() {
      return new String(body, StandardCharsets.UTF_8);
    }

    /** Every header line and the body as one text, for substring checks. */
    String everything() {
      StringBuilder b = new StringBuilder(method).append(' ').append(pathAndQuery).append('\n');
      headers.forEach((k, v) -> b.append(k).append(": ").append(String.join(",", v)).append('\n'));
      return b.append('\n').append(bodyText()).toString();
    }

    boolean hasHeader(String name) {
      return headers.keySet().stream().anyMatch(name::equalsIgnoreCase);
    }
  }

  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "hostile-server");
    t.setDaemon(true);
    return t;
  });
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private volatile Script script;

  private HostileServer(String bindAddress, Script script) {
    this.script = script;
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getByName(bindAddress), 0), 64);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/", this::handle);
    server.setExecutor(executor);
    server.start();
  }

  /** A server on 127.0.0.1. */
  static HostileServer start(Script script) {
    return new HostileServer("127.0.0.1", script);
  }

  /**
   * A server on 127.0.0.2: another host name than {@link #start}'s, as a redirect to another
   * origin sees it.
   */
  static HostileServer startOtherHost(Script script) {
    return new HostileServer("127.0.0.2", script);
  }

  void script(Script next) {
    this.script = next;
  }

  /** @return the root URL, ending with {@code /} */
  String url() {
    return "http://" + server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort() + "/";
  }

  List<Received> received() {
    return new ArrayList<>(received);
  }

  int count() {
    return received.size();
  }

  void reset() {
    received.clear();
  }

  private void handle(HttpExchange exchange) throws IOException {
    byte[] body;
    try (InputStream in = exchange.getRequestBody()) {
      body = in.readAllBytes();
    }
    Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    exchange.getRequestHeaders().forEach((k, v) -> headers.put(k, List.copyOf(v)));
    String query = exchange.getRequestURI().getRawQuery();
    Received r = new Received(exchange.getRequestMethod(),
        exchange.getRequestURI().getRawPath() + (query == null ? "" : "?" + query), headers, body);
    int index = received.size();
    received.add(r);
    Answer a;
    try {
      a = script.answer(r, index);
    } catch (RuntimeException e) {
      a = Answer.of(500, "text/plain", "script failed: " + e);
    }
    a.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
    boolean noBody = a.body().length == 0 && !a.chunked();
    try {
      exchange.sendResponseHeaders(a.status(), a.chunked() ? 0 : noBody ? -1 : a.body().length);
      if (!noBody) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(a.body());
        }
      }
    } catch (IOException clientWentAway) {
      // the client gave up reading (a cap or a timeout did its job)
    } finally {
      exchange.close();
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
