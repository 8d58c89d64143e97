package io.github.ghlplezi.ghl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.github.ghlplezi.ghl.auth.OAuthClient;
import io.github.ghlplezi.ghl.model.TagQuery;
import io.github.ghlplezi.ghl.model.UserType;
import io.github.ghlplezi.http.FailureKind;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two loopback servers: HighLevel on 127.0.0.1 answers with redirects to another host
 * ({@code localhost}, another port), which records everything it receives and answers 401.
 */
class RedirectsAndTimeoutsTest {

  private static final String LOC = "Lx1EI6YIgQYMQi0ytFXv";
  private static final String SECRET = "client-secret-value-7f3a";
  private static final String REFRESH = "refresh-token-value-91bc";

  private HttpServer ghl;
  private HttpServer other;
  private final List<String> otherReceived = new CopyOnWriteArrayList<>();
  private volatile int redirectStatus = 307;

  @BeforeEach
  void start() throws IOException {
    other = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    other.createContext("/", ex -> {
      otherReceived.add(ex.getRequestMethod() + " " + ex.getRequestURI() + " "
          + ex.getRequestHeaders().getFirst("Authorization") + " "
          + new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
      ex.sendResponseHeaders(401, -1);
      ex.close();
    });
    other.start();
    ghl = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    ghl.createContext("/", ex -> {
      ex.getRequestBody().readAllBytes();
      ex.getResponseHeaders().add("Location", "http://localhost:" + other.getAddress().getPort()
          + ex.getRequestURI().getPath() + "?leak=query-secret");
      ex.sendResponseHeaders(redirectStatus, -1);
      ex.close();
    });
    ghl.start();
  }

  @AfterEach
  void stop() {
    ghl.stop(0);
    other.stop(0);
  }

  private String ghlUrl() {
    return "http://127.0.0.1:" + ghl.getAddress().getPort();
  }

  private static final class CountingSource implements TokenSource {
    final AtomicInteger invalidations = new AtomicInteger();

    @Override
    public String accessToken(String locationId) {
      return "pit-redirect-test-token";
    }

    @Override
    public void invalidate(String locationId, String rejectedAccessToken) {
      invalidations.incrementAndGet();
    }
  }

  @Test
  void an_api_call_redirected_to_another_host_sends_nothing_there_invalidates_no_token_and_names_status_and_host() {
    for (int status : new int[] {301, 302, 307, 308}) {
      redirectStatus = status;
      CountingSource tokens = new CountingSource();
      GhlClient client = GhlClient.builder().baseUrl(ghlUrl()).tokenSource(tokens).build();

      GhlRedirectException e = assertThrows(GhlRedirectException.class,
          () -> client.socialPlanner(LOC).tags().list(TagQuery.builder().build()));

      assertEquals(status, e.status());
      assertEquals("localhost", e.targetHost().orElseThrow());
      assertEquals(FailureKind.PERMANENT, e.failureKind());
      assertTrue(e.getMessage().contains("localhost") && e.getMessage().contains(Integer.toString(status)),
          e.getMessage());
      assertFalse(e.getMessage().contains("query-secret"), e.getMessage());
      assertEquals(0, tokens.invalidations.get(), "no token may be invalidated because of another host");
    }
    assertEquals(List.of(), otherReceived);
  }

  @Test
  void a_token_request_redirected_with_307_or_308_never_reposts_the_client_secret_or_refresh_token_elsewhere() {
    for (int status : new int[] {307, 308}) {
      redirectStatus = status;
      OAuthClient oauth = OAuthClient.builder().baseUrl(ghlUrl())
          .clientId("6578278e879ad2646715ba9c-abc123").clientSecret(SECRET).build();

      GhlRedirectException refresh = assertThrows(GhlRedirectException.class,
          () -> oauth.refresh(REFRESH, UserType.LOCATION));
      GhlRedirectException exchange = assertThrows(GhlRedirectException.class,
          () -> oauth.exchangeCode("code-value"));

      assertEquals(status, refresh.status());
      assertEquals(status, exchange.status());
      assertEquals("/oauth/token", refresh.pathTemplate());
      assertFalse(refresh.getMessage().contains(SECRET) || refresh.getMessage().contains(REFRESH));
    }
    assertEquals(List.of(), otherReceived);
  }

  @Test
  void the_settings_have_documented_default_timeouts_and_body_limit() {
    GhlSettings d = GhlSettings.defaults();
    assertEquals(Duration.ofSeconds(10), d.connectTimeout());
    assertEquals(Duration.ofSeconds(30), d.readTimeout());
    assertEquals(Duration.ofSeconds(60), d.callTimeout());
    assertEquals(4L * 1024 * 1024, d.maxResponseBytes());
    GhlClient client = GhlClient.builder().tokenSource(TokenSource.privateIntegrationToken("pit")).build();
    assertEquals(Duration.ofSeconds(60), client.settings().callTimeout());
  }

  @Test
  void the_call_timeout_stops_a_response_dripping_one_byte_at_a_time_for_both_clients() throws Exception {
    try (ServerSocket drip = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      Thread server = new Thread(() -> serveDrips(drip));
      server.setDaemon(true);
      server.start();
      GhlSettings settings = GhlSettings.builder().baseUrl("http://127.0.0.1:" + drip.getLocalPort())
          .readTimeout(Duration.ofSeconds(30)).callTimeout(Duration.ofMillis(800)).build();
      GhlClient client = GhlClient.builder().settings(settings)
          .tokenSource(TokenSource.privateIntegrationToken("pit-drip")).build();
      OAuthClient oauth = OAuthClient.builder().settings(client.settings())
          .clientId("app-client").clientSecret(SECRET).build();

      // without a call timeout each call would wait 20,000 s for the announced body
      assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
        assertThrows(GhlTransportException.class, () -> client.socialPlanner(LOC).tags().list(TagQuery.builder().build()));
        assertThrows(GhlTransportException.class, () -> oauth.refresh(REFRESH, UserType.LOCATION));
      });
    }
  }

  /** Answers every connection with headers and then one body byte every 200 ms, forever. */
  private static void serveDrips(ServerSocket drip) {
    while (!drip.isClosed()) {
      try {
        Socket s = drip.accept();
        Thread t = new Thread(() -> {
          try (s; OutputStream out = s.getOutputStream()) {
            s.getInputStream().read(new byte[8192]);
            out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            while (true) {
              out.write(' ');
              out.flush();
              Thread.sleep(200);
            }
          } catch (IOException | InterruptedException ignored) {
            // the client gave up
          }
        });
        t.setDaemon(true);
        t.start();
      } catch (IOException closed) {
        return;
      }
    }
  }
}
