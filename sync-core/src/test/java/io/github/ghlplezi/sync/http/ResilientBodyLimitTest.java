package io.github.ghlplezi.sync.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.sun.net.httpserver.HttpServer;
import io.github.ghlplezi.http.ResponseTooLargeException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/** The retry step buffers bodies, so ResilientHttp caps them itself, counted after gunzip. */
class ResilientBodyLimitTest {

  @Test
  void a_gzip_body_inflating_past_the_limit_fails_typed_once_instead_of_being_buffered() throws IOException {
    AtomicInteger served = new AtomicInteger();
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      served.incrementAndGet();
      exchange.getResponseHeaders().add("Content-Encoding", "gzip");
      exchange.sendResponseHeaders(200, 0);
      try (OutputStream out = new GZIPOutputStream(exchange.getResponseBody())) {
        byte[] zeros = new byte[64 * 1024];
        for (int i = 0; i < 128; i++) { // 8 MiB once inflated, a few KiB on the wire
          out.write(zeros);
        }
      } catch (IOException closedByClient) {
        // the client stops reading at the limit
      }
    });
    server.start();
    ManualTime time = new ManualTime();
    OkHttpClient client = ResilientHttp.ghl().clock(time).sleeper(time).maxResponseBytes(1024 * 1024).build();
    String url = "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort() + "/tags";
    try {
      ResponseTooLargeException e = assertThrows(ResponseTooLargeException.class,
          () -> client.newCall(RetryInterceptorTest.tagged(url, "loc1", true).build()).execute().close());
      assertEquals(1024 * 1024, e.limitBytes());
      assertEquals(1, served.get(), "a body too large is permanent: not fetched again");
    } finally {
      server.stop(0);
    }
  }
}
