package io.github.ghlplezi.plezi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.ghlplezi.http.FailureKind;
import io.github.ghlplezi.http.ResponseTooLargeException;
import io.github.ghlplezi.plezi.model.WebformContact;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.zip.GZIPOutputStream;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * A hostile Plezi: redirects to another host, gzip bombs, slow drips. Served by JDK HTTP servers on
 * loopback: "127.0.0.1" is Plezi, "localhost" is the other host.
 */
class HostileServerTest {

  static final String KEY = "pk_live_hostile_0123456789";
  static final String PUBLIC = "pub-hostile";
  static final String SECRET = "sec-hostile-987654321";

  /** 64 MiB of JSON once inflated, about 64 KiB compressed. */
  static final byte[] BOMB = bomb(64 << 20);

  final List<HttpServer> servers = new CopyOnWriteArrayList<>();
  final List<String> otherHostRequests = new CopyOnWriteArrayList<>();

  @AfterEach
  void stop() {
    servers.forEach(s -> s.stop(0));
  }

  HttpServer serve(Consumer<HttpExchange> handler) throws IOException {
    HttpServer server = HttpServer.create(
        new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
    server.createContext("/", exchange -> {
      try (exchange) {
        handler.accept(exchange);
      }
    });
    server.start();
    servers.add(server);
    return server;
  }

  /** The other host: records every request with its credential headers, answers 200 {}. */
  int otherHost() throws IOException {
    return serve(exchange -> {
      otherHostRequests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI()
          + " key=" + exchange.getRequestHeaders().getFirst("X-API-Key")
          + " tenant=" + exchange.getRequestHeaders().getFirst("X-Tenant-Company")
          + " auth=" + exchange.getRequestHeaders().getFirst("X-AUTHORIZATION"));
      send(exchange, 200, "{\"data\":{\"script\":\"<script>\"}}".getBytes(StandardCharsets.UTF_8),
          false, true);
    }).getAddress().getPort();
  }

  static void send(HttpExchange exchange, int status, byte[] body, boolean gzip,
      boolean withLength) {
    try {
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      if (gzip) {
        exchange.getResponseHeaders().set("Content-Encoding", "gzip");
      }
      exchange.sendResponseHeaders(status, withLength ? body.length : 0);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    } catch (IOException e) {
      // the client hung up: expected when it refuses a body
    }
  }

  PleziClient.Builder client(int port) {
    String base = "http://127.0.0.1:" + port + "/api/v1/";
    return PleziClient.builder().legacyBaseUrl(base).brainBaseUrl(base)
        .apiKey(KEY).tenantCompany("Acme").publicKey(PUBLIC).secretKey(SECRET);
  }

  static WebformContact contact() {
    return WebformContact.builder().email("owner@example.com").formId("5d5188d4f420874ad39371d6")
        .contentWebFormId("6311128ae317a70f550b73fc").build();
  }

  @Test
  void a_redirect_to_another_host_receives_no_credential_from_any_call() throws IOException {
    int other = otherHost();
    for (int status : new int[] {301, 302, 303, 307, 308}) {
      int plezi = serve(exchange -> {
        exchange.getResponseHeaders().set("Location",
            "http://localhost:" + other + exchange.getRequestURI());
        send(exchange, status, new byte[0], false, false);
      }).getAddress().getPort();
      PleziClient client = client(plezi).build();
      List<Executable> calls = List.of(
          () -> client.contacts().upsertFromWebform(contact()),
          () -> client.contactLists().list(),
          () -> client.forms().stream().count(),
          client::analyticsScript,
          client::authenticateBrainKeys);

      for (Executable call : calls) {
        PleziRedirectException e = assertThrows(PleziRedirectException.class, call);

        assertEquals(status, e.status());
        assertEquals("localhost", e.targetHost().orElseThrow());
        assertEquals(FailureKind.PERMANENT, e.failureKind());
        assertTrue(e.getMessage().contains("HTTP " + status + " redirecting to host localhost"),
            e.getMessage());
      }
    }
    assertEquals(List.of(), otherHostRequests, "the other host received nothing");
  }

  @Test
  void gzip_bombs_are_refused_while_streaming_on_success_and_error_statuses() throws IOException {
    for (int status : new int[] {200, 201, 422, 500}) {
      for (boolean withLength : new boolean[] {true, false}) {
        int plezi = serve(exchange -> send(exchange, status, BOMB, true, withLength))
            .getAddress().getPort();
        PleziClient client = client(plezi).maxResponseBytes(1 << 20).build();
        String label = status + (withLength ? " with" : " without") + " Content-Length";

        PleziUnexpectedResponseException e = assertThrows(PleziUnexpectedResponseException.class,
            () -> client.contacts().upsertFromWebform(contact()), label);

        ResponseTooLargeException cause = assertInstanceOf(ResponseTooLargeException.class,
            e.getCause(), label);
        assertEquals(1 << 20, cause.limitBytes());
        assertEquals(FailureKind.PERMANENT, e.failureKind(), label);
        assertTrue(e.getMessage().contains("/api/v1/create_contact_after_webform"), e.getMessage());
      }
    }
  }

  @Test
  void the_default_body_cap_stops_a_bomb_far_below_its_inflated_size() throws IOException {
    int plezi = serve(exchange -> send(exchange, 200, BOMB, true, false)).getAddress().getPort();

    PleziUnexpectedResponseException e = assertThrows(PleziUnexpectedResponseException.class,
        () -> client(plezi).build().contactLists().list());

    assertEquals(4L << 20,
        assertInstanceOf(ResponseTooLargeException.class, e.getCause()).limitBytes());
  }

  @Test
  void a_declared_length_above_the_cap_is_refused_before_reading() throws IOException {
    byte[] big = new byte[2 << 20];
    int plezi = serve(exchange -> send(exchange, 200, big, false, true)).getAddress().getPort();

    PleziUnexpectedResponseException e = assertThrows(PleziUnexpectedResponseException.class,
        () -> client(plezi).maxResponseBytes(1 << 20).build().analyticsScript());

    assertInstanceOf(ResponseTooLargeException.class, e.getCause());
  }

  @Test
  void every_client_has_a_call_timeout_by_default_even_on_a_supplied_client() throws IOException {
    int plezi = serve(exchange -> send(exchange, 200, new byte[0], false, false))
        .getAddress().getPort();
    Function<PleziClient.Builder, OkHttpClient> http = b -> b.build().http();

    assertEquals(60_000, http.apply(client(plezi)).callTimeoutMillis());
    assertEquals(10_000, http.apply(client(plezi)).connectTimeoutMillis());
    assertEquals(30_000, http.apply(client(plezi)).readTimeoutMillis());
    assertEquals(60_000, http.apply(client(plezi).okHttpClient(new OkHttpClient()))
        .callTimeoutMillis(), "a supplied client without call timeout gets the default");
    assertEquals(5_000, http.apply(client(plezi).okHttpClient(new OkHttpClient.Builder()
        .callTimeout(Duration.ofSeconds(5)).build())).callTimeoutMillis(), "its own is kept");
    assertEquals(2_000, http.apply(client(plezi).callTimeout(Duration.ofSeconds(2)))
        .callTimeoutMillis());
    OkHttpClient derived = http.apply(client(plezi));
    assertEquals(false, derived.followRedirects());
    assertEquals(false, derived.followSslRedirects());
    assertEquals(false, derived.retryOnConnectionFailure());
  }

  @Test
  void a_response_dripping_one_byte_at_a_time_ends_at_the_call_timeout() throws IOException {
    int plezi = serve(exchange -> {
      try {
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        for (int i = 0; i < 100; i++) {
          out.write('{');
          out.flush();
          TimeUnit.MILLISECONDS.sleep(200);
        }
      } catch (IOException | InterruptedException e) {
        // the client gave up
      }
    }).getAddress().getPort();
    PleziClient client = client(plezi).callTimeout(Duration.ofSeconds(1)).build();
    long start = System.nanoTime();

    PleziApiException e = assertThrows(PleziApiException.class,
        () -> client.contacts().upsertFromWebform(contact()));

    long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    assertTrue(ms < 5_000, "ended after " + ms + " ms, not at the end of the drip");
    assertEquals(0, e.status());
  }

  static byte[] bomb(int inflatedBytes) {
    ByteArrayOutputStream compressed = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(compressed)) {
      gzip.write("{\"data\":{\"id\":\"1\",\"pad\":\"".getBytes(StandardCharsets.UTF_8));
      byte[] chunk = new byte[1 << 16];
      java.util.Arrays.fill(chunk, (byte) 'a');
      for (int written = 0; written < inflatedBytes; written += chunk.length) {
        gzip.write(chunk);
      }
      gzip.write("\"}}".getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return compressed.toByteArray();
  }
}
