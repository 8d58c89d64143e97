package io.github.ghlplezi.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class CallLoggingInterceptorTest {

  private static final String LOGGER = "io.github.ghlplezi.http.test.calls";

  private HttpServer server;
  private ListAppender<ILoggingEvent> appender;
  private Logger logger;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      int status = exchange.getRequestURI().getPath().endsWith("/missing") ? 404 : 200;
      exchange.sendResponseHeaders(status, -1);
      exchange.close();
    });
    server.start();
    logger = (Logger) LoggerFactory.getLogger(LOGGER);
    logger.setLevel(Level.DEBUG);
    appender = new ListAppender<>();
    appender.start();
    logger.addAppender(appender);
  }

  @AfterEach
  void stop() {
    logger.detachAppender(appender);
    server.stop(0);
  }

  private OkHttpClient client() {
    return new OkHttpClient.Builder()
        .addNetworkInterceptor(new CallLoggingInterceptor(LOGGER))
        .retryOnConnectionFailure(false)
        .build();
  }

  private String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  @Test
  void one_line_per_exchange_with_the_path_template_the_status_and_the_location() throws IOException {
    RequestMetadata meta = new RequestMetadata(
        "get-tags-location-id", "/social-media-posting/{locationId}/tags", "loc-7", true);
    Request request = meta.attachTo(new Request.Builder()
            .url(url("/social-media-posting/loc-7/tags?searchText=private-query-value"))
            .header("Authorization", "Bearer secret-token-value"))
        .build();
    try (Response response = client().newCall(request).execute()) {
      assertEquals(200, response.code());
    }
    List<ILoggingEvent> events = appender.list;
    assertEquals(1, events.size());
    String line = events.get(0).getFormattedMessage();
    assertTrue(line.startsWith("GET /social-media-posting/{locationId}/tags [get-tags-location-id] 200 in "),
        line);
    assertFalse(line.contains("private-query-value"), line);
    assertFalse(line.contains("secret-token-value"), line);
    assertEquals("loc-7", events.get(0).getMDCPropertyMap().get(CallLoggingInterceptor.MDC_LOCATION));
  }

  @Test
  void a_request_without_metadata_is_logged_by_its_path_and_a_failure_by_its_kind() throws IOException {
    try (Response response = client().newCall(new Request.Builder().url(url("/a/missing?q=1")).build())
        .execute()) {
      assertEquals(404, response.code());
    }
    server.stop(0);
    assertThrows(IOException.class,
        () -> client().newCall(new Request.Builder().url(url("/gone")).build()).execute());
    List<String> lines = appender.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    assertEquals(1, lines.size(), "a connection that never opened reaches no network interceptor");
    assertTrue(lines.get(0).startsWith("GET /a/missing [-] 404 in "), lines.get(0));
  }

  @Test
  void nothing_is_written_when_debug_is_off() throws IOException {
    logger.setLevel(Level.INFO);
    try (Response response = client().newCall(new Request.Builder().url(url("/a")).build())
        .execute()) {
      assertEquals(200, response.code());
    }
    assertTrue(appender.list.isEmpty());
  }
}
