package io.github.ghlplezi.testkit.internal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.ghlplezi.testkit.Fault;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A loopback HTTP server running one fake, with fault injection around its handler. */
public final class FakeServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(FakeServer.class);

  static {
    // The JDK server writes headers and body in separate packets; without TCP_NODELAY, Nagle plus
    // delayed ACKs add ~40 ms to every call. Read once when the JDK server classes initialise.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  /** Thrown inside the exchange to make the JDK server drop the connection. */
  private static final class DropConnection extends RuntimeException {
    private static final long serialVersionUID = 1L;

    DropConnection() {
      super("fault injected: connection dropped", null, false, false);
    }
  }

  private final String name;
  private final HttpServer server;
  private final ExecutorService executor;

  /**
   * @param handler the fake
   * @param faults picks a fault for (method, path), may answer empty
   * @param faultStatus builds the vendor's error response for a STATUS fault (status, fault)
   */
  public FakeServer(
      String name,
      int port,
      Function<HttpRequest, HttpResponse> handler,
      BiFunction<String, String, Optional<Fault>> faults,
      BiFunction<Integer, Fault, HttpResponse> faultStatus)
      throws IOException {
    this.name = name;
    AtomicInteger threads = new AtomicInteger();
    this.executor =
        new ThreadPoolExecutor(
            2,
            256,
            30,
            TimeUnit.SECONDS,
            new SynchronousQueue<>(),
            r -> {
              Thread t = new Thread(r, "testkit-" + name + "-" + threads.incrementAndGet());
              t.setDaemon(true);
              return t;
            },
            new ThreadPoolExecutor.CallerRunsPolicy());
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 128);
    server.setExecutor(executor);
    server.createContext("/", exchange -> serve(exchange, handler, faults, faultStatus));
    server.start();
  }

  public int port() {
    return server.getAddress().getPort();
  }

  public String rootUrl() {
    return "http://127.0.0.1:" + port() + "/";
  }

  private void serve(
      HttpExchange exchange,
      Function<HttpRequest, HttpResponse> handler,
      BiFunction<String, String, Optional<Fault>> faults,
      BiFunction<Integer, Fault, HttpResponse> faultStatus)
      throws IOException {
    try (exchange) {
      HttpRequest request = read(exchange);
      Optional<Fault> fault = faults.apply(request.method(), request.path());
      HttpResponse response;
      if (fault.isPresent()) {
        Fault f = fault.get();
        switch (f.kind()) {
          case LATENCY:
            sleep(f.duration().toMillis());
            response = handle(handler, request);
            write(exchange, response);
            return;
          case STATUS:
            write(exchange, faultStatus.apply(f.status(), f));
            return;
          case CONNECTION_RESET:
            throw new DropConnection();
          case APPLY_THEN_DROP:
            handle(handler, request);
            throw new DropConnection();
          case TRUNCATED_BODY:
            response = handle(handler, request);
            writeTruncated(exchange, response);
            throw new DropConnection();
          case SLOW_BODY:
            response = handle(handler, request);
            writeSlowly(exchange, response, f.duration().toMillis());
            return;
          default:
            throw new IllegalStateException(f.kind().name());
        }
      }
      write(exchange, handle(handler, request));
    } catch (DropConnection e) {
      throw e;
    } catch (RuntimeException e) {
      LOG.warn("{} fake failed on {} {}", name, exchange.getRequestMethod(), exchange.getRequestURI().getPath(), e);
      throw e;
    }
  }

  private static HttpResponse handle(Function<HttpRequest, HttpResponse> handler, HttpRequest request) {
    HttpResponse response = handler.apply(request);
    if (response == null) {
      throw new IllegalStateException("handler returned null for " + request.path());
    }
    return response;
  }

  private static HttpRequest read(HttpExchange exchange) throws IOException {
    byte[] body;
    try (InputStream in = exchange.getRequestBody()) {
      body = in.readAllBytes();
    }
    Map<String, List<String>> headers = new LinkedHashMap<>();
    exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), new ArrayList<>(v)));
    String rawQuery = exchange.getRequestURI().getRawQuery();
    String host = exchange.getRequestHeaders().getFirst("Host");
    return new HttpRequest(
        exchange.getRequestMethod().toUpperCase(Locale.ROOT),
        exchange.getRequestURI().getPath(),
        rawQuery == null ? "" : rawQuery,
        Forms.parse(rawQuery),
        headers,
        body,
        host == null ? "" : host);
  }

  private static void sendHeaders(HttpExchange exchange, HttpResponse response) throws IOException {
    response.headers().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
    byte[] body = response.body();
    boolean noBody = body.length == 0 || "HEAD".equals(exchange.getRequestMethod());
    exchange.sendResponseHeaders(response.status(), noBody ? -1 : body.length);
  }

  private static void write(HttpExchange exchange, HttpResponse response) throws IOException {
    sendHeaders(exchange, response);
    if (response.body().length > 0 && !"HEAD".equals(exchange.getRequestMethod())) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(response.body());
      }
    }
  }

  private static void writeTruncated(HttpExchange exchange, HttpResponse response) throws IOException {
    byte[] body = response.body();
    if (body.length < 2) {
      throw new DropConnection();
    }
    sendHeaders(exchange, response);
    OutputStream out = exchange.getResponseBody();
    out.write(body, 0, body.length / 2);
    out.flush();
  }

  private static void writeSlowly(HttpExchange exchange, HttpResponse response, long totalMillis)
      throws IOException {
    byte[] body = response.body();
    sendHeaders(exchange, response);
    if (body.length == 0) {
      return;
    }
    int pieces = Math.min(10, body.length);
    int size = (body.length + pieces - 1) / pieces;
    try (OutputStream out = exchange.getResponseBody()) {
      for (int off = 0; off < body.length; off += size) {
        out.write(body, off, Math.min(size, body.length - off));
        out.flush();
        sleep(totalMillis / pieces);
      }
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
