package io.github.ghlplezi.sync.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

class MicrometerHttpMetricsTest {

  @Test
  void records_attempts_by_outcome_and_retries_by_reason() throws IOException {
    WireMockServer wm = new WireMockServer(options().dynamicPort());
    wm.start();
    try {
      wm.stubFor(get(urlPathEqualTo("/social-media-posting/loc1/tags")).inScenario("s").whenScenarioStateIs(STARTED)
          .willReturn(aResponse().withStatus(503)).willSetStateTo("ok"));
      wm.stubFor(get(urlPathEqualTo("/social-media-posting/loc1/tags")).inScenario("s").whenScenarioStateIs("ok")
          .willReturn(aResponse().withStatus(200)));
      ManualTime time = new ManualTime();
      SimpleMeterRegistry registry = new SimpleMeterRegistry();
      OkHttpClient client = ResilientHttp.ghl().clock(time).sleeper(time)
          .listener(new MicrometerHttpMetrics(registry)).build();
      try (Response r = client.newCall(new Request.Builder()
          .url(wm.baseUrl() + "/social-media-posting/loc1/tags").build()).execute()) {
        assertEquals(200, r.code());
      }
      assertEquals(1, registry.get("ghlplezi.http.requests").tag("api", "ghl").tag("outcome", "5xx").timer().count());
      assertEquals(1, registry.get("ghlplezi.http.requests").tag("api", "ghl").tag("outcome", "2xx").timer().count());
      assertEquals(1.0, registry.get("ghlplezi.http.retries").tag("reason", "5xx").counter().count());
    } finally {
      wm.stop();
    }
  }
}
