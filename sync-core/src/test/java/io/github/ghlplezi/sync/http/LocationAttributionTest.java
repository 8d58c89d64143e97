package io.github.ghlplezi.sync.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.IOException;
import java.time.Duration;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The rate budget and the events charge each HighLevel call to the location of its request tag. */
class LocationAttributionTest {

  private WireMockServer server;
  private final ManualTime time = new ManualTime();
  private final RecordingListener events = new RecordingListener();
  private OkHttpClient http;

  @BeforeEach
  void start() {
    server = new WireMockServer(options().dynamicPort());
    server.start();
    server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)));
    http = ResilientHttp.ghl().clock(time).sleeper(time).listener(events)
        .ghlRateLimits(GhlRateLimits.defaults().withBurst(1, Duration.ofSeconds(10))).build();
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  private void send(Request.Builder request) throws IOException {
    try (Response r = http.newCall(request.build()).execute()) {
      assertEquals(200, r.code());
    }
  }

  @Test
  void a_tagged_call_is_charged_to_the_tag_location_whatever_its_url_says() throws IOException {
    send(RetryInterceptorTest.tagged(server.baseUrl() + "/social-media-posting/oauth/facebook/accounts/x", "locA", true));
    send(RetryInterceptorTest.tagged(server.baseUrl() + "/social-media-posting/oauth/facebook/accounts/x", "locB", true));

    assertEquals("locA", events.requests.get(0).locationId());
    assertEquals("locB", events.requests.get(1).locationId());
    assertTrue(events.throttles.isEmpty(), "two locations, two budgets: " + events.throttles);
  }

  @Test
  void untagged_calls_share_one_unattributed_budget_even_when_their_urls_name_locations() throws IOException {
    send(new Request.Builder().url(server.baseUrl() + "/social-media-posting/locA/tags"));
    send(new Request.Builder().url(server.baseUrl() + "/social-media-posting/locB/tags?locationId=locB"));

    assertEquals(1, events.throttles.size());
    assertEquals("unattributed", events.throttles.get(0).budgetKey());
    assertEquals(null, events.requests.get(1).locationId());
  }
}
