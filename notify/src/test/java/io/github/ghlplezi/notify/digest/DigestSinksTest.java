package io.github.ghlplezi.notify.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.github.ghlplezi.sync.alert.SignedWebhook;
import io.github.ghlplezi.sync.store.InMemoryStatisticsStore;
import io.github.ghlplezi.sync.store.InMemorySyncStore;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DigestSinksTest {

  private static final DigestWeek WEEK = DigestWeek.parse("2026-W47");
  private static final String SECRET = "digest-webhook-secret-0123456789";

  private RenderedDigest rendered;
  private HttpServer server;
  private final Map<String, String> received = new ConcurrentHashMap<>();
  private final AtomicInteger status = new AtomicInteger(204);

  @BeforeEach
  void render() throws Exception {
    InMemoryStatisticsStore stats = new InMemoryStatisticsStore();
    InMemorySyncStore events = new InMemorySyncStore();
    Fixtures.fill(stats, events, List.of("loc-a", "loc-b"), WEEK.sunday(), 14);
    DigestRecipient recipient = DigestRecipient.builder("team/one", "team@agency.example")
        .location("loc-a", "Client One").location("loc-b", "Client Two").build();
    rendered = new DigestRenderer().render(new DigestAssembler(stats, events)
        .assemble(recipient, WEEK, Instant.parse("2026-11-23T08:00:00Z")));
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/hooks/digest", exchange -> {
      received.put("body", new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
      received.put("timestamp", exchange.getRequestHeaders().getFirst(SignedWebhook.TIMESTAMP_HEADER));
      received.put("signature", exchange.getRequestHeaders().getFirst(SignedWebhook.SIGNATURE_HEADER));
      received.put("delivery", exchange.getRequestHeaders().getFirst(SignedWebhook.DELIVERY_HEADER));
      exchange.sendResponseHeaders(status.get(), -1);
      exchange.close();
    });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void the_file_sink_writes_a_preview_a_browser_shows_with_its_charts(@TempDir Path dir) throws Exception {
    new FileDigestSink(dir).deliver(rendered);
    Path folder = dir.resolve("team_one").resolve("2026-W47");
    Document html = Jsoup.parse(Files.readString(folder.resolve("digest.html")));
    assertEquals(List.of("chart-1.png", "chart-2.png"), html.select("img").eachAttr("src"));
    for (String png : List.of("chart-1.png", "chart-2.png")) {
      assertNotNull(ImageIO.read(folder.resolve(png).toFile()), png + " decodes");
    }
    assertEquals(rendered.text(), Files.readString(folder.resolve("digest.txt")));
    assertEquals(rendered.subject() + "\n", Files.readString(folder.resolve("subject.txt")));
    try (var files = Files.list(folder)) {
      assertTrue(files.noneMatch(f -> f.toString().endsWith(".tmp")));
    }
  }

  @Test
  void the_webhook_sink_posts_a_summary_whose_signature_verifies() throws Exception {
    new WebhookDigestSink(webhook()).deliver(rendered);
    String body = received.get("body");
    assertTrue(SignedWebhook.verify(SECRET.getBytes(StandardCharsets.UTF_8), received.get("timestamp"),
        received.get("signature"), body, Instant.now()), "HMAC-SHA256 over timestamp.body with the shared secret");
    assertFalse(SignedWebhook.verify("another-secret-0123456789abcdef".getBytes(StandardCharsets.UTF_8),
        received.get("timestamp"), received.get("signature"), body, Instant.now()));
    assertEquals("digest:team/one:2026-W47", received.get("delivery"));
    JsonNode json = new ObjectMapper().readTree(body);
    assertEquals("weekly_digest", json.get("type").asText());
    assertEquals("2026-W47", json.get("week").asText());
    assertEquals(2, json.get("locations").size());
    JsonNode likes = json.get("locations").get(0).get("metrics").get("likes");
    assertEquals(203, likes.get("thisWeek").asDouble());
    assertEquals(31.8, likes.get("changePercent").asDouble());
    assertFalse(body.contains("team@agency.example"), "no e-mail address in the summary");
  }

  @Test
  void a_webhook_answering_503_is_retriable_and_400_is_not() throws Exception {
    WebhookDigestSink sink = new WebhookDigestSink(webhook());
    status.set(503);
    assertTrue(assertThrows(DigestDeliveryException.class, () -> sink.deliver(rendered)).retriable());
    status.set(400);
    assertFalse(assertThrows(DigestDeliveryException.class, () -> sink.deliver(rendered)).retriable());
  }

  private SignedWebhook webhook() {
    return SignedWebhook.builder("http://127.0.0.1:" + server.getAddress().getPort() + "/hooks/digest")
        .secret(SECRET).build();
  }
}
