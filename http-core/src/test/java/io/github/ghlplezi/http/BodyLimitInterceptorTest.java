package io.github.ghlplezi.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.zip.GZIPOutputStream;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BodyLimitInterceptorTest {

  private static final int LIMIT = 64 * 1024;
  /** 64 MiB of zeros, about 64 KiB once gzipped. */
  private static final byte[] BOMB = gzip(64 * 1024 * 1024);

  private HttpServer server;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/bomb-chunked", exchange -> {
      exchange.getResponseHeaders().add("Content-Encoding", "gzip");
      exchange.sendResponseHeaders(200, 0);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(BOMB);
      } catch (IOException clientGaveUp) {
        // expected: the client stops reading at the limit
      }
    });
    server.createContext("/declared-large", exchange -> {
      exchange.sendResponseHeaders(500, LIMIT + 1);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(new byte[LIMIT + 1]);
      } catch (IOException clientGaveUp) {
        // expected
      }
    });
    server.createContext("/exact", exchange -> {
      exchange.sendResponseHeaders(200, 0);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(new byte[LIMIT]);
      }
    });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private Response call(String path) throws IOException {
    OkHttpClient client = new OkHttpClient.Builder()
        .addInterceptor(new BodyLimitInterceptor(LIMIT))
        .build();
    return client.newCall(new Request.Builder()
        .url("http://127.0.0.1:" + server.getAddress().getPort() + path).build()).execute();
  }

  @Test
  void a_chunked_gzip_bomb_is_refused_once_its_decoded_bytes_pass_the_limit() throws IOException {
    try (Response response = call("/bomb-chunked")) {
      ResponseTooLargeException e =
          assertThrows(ResponseTooLargeException.class, () -> response.body().bytes());
      assertEquals(LIMIT, e.limitBytes());
      assertTrue(e.getMessage().contains("/bomb-chunked"), e.getMessage());
      assertEquals(200, e.status());
      assertEquals(FailureKind.PERMANENT, Failures.classify(e));
    }
  }

  @Test
  void a_declared_length_above_the_limit_is_refused_before_reading_even_on_an_error_status() {
    ResponseTooLargeException e = assertThrows(ResponseTooLargeException.class, () -> call("/declared-large").close());
    assertEquals(500, e.status());
  }

  @Test
  void a_body_of_exactly_the_limit_is_read_whole() throws IOException {
    try (Response response = call("/exact")) {
      assertEquals(LIMIT, response.body().bytes().length);
    }
  }

  @Test
  void a_limit_below_one_byte_is_refused() {
    assertThrows(IllegalArgumentException.class, () -> new BodyLimitInterceptor(0));
  }

  private static byte[] gzip(int zeros) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
      byte[] chunk = new byte[1 << 16];
      for (int written = 0; written < zeros; written += chunk.length) {
        gz.write(chunk);
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return bytes.toByteArray();
  }
}
