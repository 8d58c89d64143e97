package io.github.ghlplezi.ghl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.github.ghlplezi.ghl.TokenSource;
import io.github.ghlplezi.ghl.model.Tag;
import io.github.ghlplezi.ghl.model.TagQuery;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Streams 1,000,000 tags from a loopback server that generates pages on the fly. Runs in its own
 * surefire execution with {@code -Xmx64m} (see the module pom): the stream must hold one page at a
 * time, never the whole location.
 */
class StreamingMemoryTest {

  static final int TOTAL = 1_000_000;
  static final String LOC = "memLoc";

  HttpServer server;
  final AtomicInteger requests = new AtomicInteger();

  static String id(long n) {
    String hex = Long.toHexString(n);
    return "000000000000000000000000".substring(hex.length()) + hex;
  }

  @BeforeEach
  void start() throws Exception {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/social-media-posting/" + LOC + "/tags", exchange -> {
      requests.incrementAndGet();
      int skip = 0;
      int limit = 10;
      for (String pair : exchange.getRequestURI().getRawQuery().split("&")) {
        String[] kv = pair.split("=", 2);
        if (kv[0].equals("skip")) {
          skip = Integer.parseInt(kv[1]);
        } else if (kv[0].equals("limit")) {
          limit = Integer.parseInt(kv[1]);
        }
      }
      int end = Math.min(TOTAL, skip + limit);
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.getResponseHeaders().add("X-RateLimit-Remaining", "99");
      exchange.sendResponseHeaders(200, 0);
      try (OutputStream os = exchange.getResponseBody();
           Writer w = new java.io.BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8), 64 * 1024)) {
        w.write("{\"success\":true,\"statusCode\":200,\"message\":\"Fetched Tags by Location ID\",\"results\":{\"tags\":[");
        for (int i = skip; i < end; i++) {
          if (i > skip) {
            w.write(',');
          }
          w.write("{\"_id\":\"" + id(i) + "\",\"tag\":\"Tag number " + i + "\",\"locationId\":\"" + LOC
              + "\",\"deleted\":false,\"createdAt\":\"2024-01-01T00:00:00.000Z\",\"updatedAt\":\"2024-01-02T00:00:00.000Z\"}");
        }
        w.write("],\"count\":" + TOTAL + "}}");
      }
    });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void streams_a_million_tags_in_constant_memory() {
    long maxHeap = Runtime.getRuntime().maxMemory();
    System.out.println("StreamingMemoryTest: max heap " + (maxHeap / (1024 * 1024)) + " MiB");
    GhlClient client = GhlClient.builder()
        .baseUrl("http://127.0.0.1:" + server.getAddress().getPort() + "/")
        .tokenSource(TokenSource.privateIntegrationToken("pit-memory"))
        .build();
    AtomicLong count = new AtomicLong();
    AtomicLong expected = new AtomicLong();
    long started = System.nanoTime();

    client.socialPlanner(LOC).tags().stream(TagQuery.builder().limit(TagQuery.MAX_LIMIT).build()).forEach((Tag t) -> {
      long n = expected.getAndIncrement();
      if (!t.id().equals(id(n))) {
        throw new AssertionError("tag " + n + " out of order: " + t.id());
      }
      count.incrementAndGet();
    });

    long ms = (System.nanoTime() - started) / 1_000_000;
    System.out.println("StreamingMemoryTest: " + count.get() + " tags in " + requests.get() + " requests, " + ms
        + " ms, max heap " + (maxHeap / (1024 * 1024)) + " MiB");
    assertEquals(TOTAL, count.get());
    assertEquals(TOTAL / TagQuery.MAX_LIMIT + 1, requests.get());
    if (Boolean.getBoolean("ghlplezi.streaming.requireSmallHeap")) {
      assertTrue(maxHeap <= 80L * 1024 * 1024, "expected the -Xmx64m execution, max heap is " + maxHeap);
    }
  }
}
