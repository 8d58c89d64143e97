package io.github.ghlplezi.ghl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.github.ghlplezi.ghl.model.TagQuery;
import io.github.ghlplezi.http.BodyLimitInterceptor;
import io.github.ghlplezi.http.FailureKind;
import io.github.ghlplezi.http.ResponseTooLargeException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.zip.GZIPOutputStream;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A 500 whose gzip body inflates far beyond the body limit ends as a typed exception carrying the
 * status, the path template and the limit, whether or not the bomb announces its compressed length.
 * The client does not install the limit itself yet, so the test's OkHttpClient does.
 */
class OversizedErrorBodyTest {

  static final long LIMIT = 1024 * 1024;
  static final int INFLATED = 32 * 1024 * 1024;
  static HttpServer server;
  static byte[] bomb;

  @BeforeAll
  static void start() throws IOException {
    ByteArrayOutputStream compressed = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(compressed)) {
      byte[] chunk = new byte[64 * 1024];
      java.util.Arrays.fill(chunk, (byte) ' ');
      gzip.write('{');
      for (int written = 0; written < INFLATED; written += chunk.length) {
        gzip.write(chunk);
      }
    }
    bomb = compressed.toByteArray();
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      boolean chunked = exchange.getRequestURI().getPath().contains("chunked");
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.getResponseHeaders().add("Content-Encoding", "gzip");
      exchange.sendResponseHeaders(500, chunked ? 0 : bomb.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bomb);
      } catch (IOException clientHungUp) {
        // the client stops reading at the limit
      }
    });
    server.start();
  }

  @AfterAll
  static void stop() {
    server.stop(0);
  }

  @ParameterizedTest
  @ValueSource(strings = {"with-length", "chunked"})
  void a_gzip_bomb_on_a_500_ends_as_a_server_exception_naming_status_path_and_limit(String location) {
    OkHttpClient capped = new OkHttpClient.Builder().addInterceptor(new BodyLimitInterceptor(LIMIT)).build();
    GhlClient client = GhlClient.builder()
        .baseUrl("http://127.0.0.1:" + server.getAddress().getPort())
        .tokenSource(TokenSource.privateIntegrationToken("pit-bomb-0000"))
        .okHttpClient(capped)
        .build();

    GhlServerException e = assertThrows(GhlServerException.class,
        () -> client.socialPlanner(location).tags().list(TagQuery.builder().build()));

    assertEquals(500, e.status());
    assertEquals("/social-media-posting/{locationId}/tags", e.pathTemplate());
    assertTrue(e.getMessage().contains("body exceeds " + LIMIT + " bytes"), e.getMessage());
    assertInstanceOf(ResponseTooLargeException.class, e.getCause());
    assertEquals(FailureKind.TRANSIENT, e.failureKind());
  }
}
