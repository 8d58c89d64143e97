package io.github.ghlplezi.sync.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.ghlplezi.ghl.GhlClient;
import io.github.ghlplezi.ghl.TokenSource;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The rate budget and the logs must charge each HighLevel call to the location it is made for. */
class LocationAttributionTest {

  private static final String LOCATION = "ve9EPM428h8vShlRW1KT";

  private WireMockServer server;
  private final List<String> locations = new CopyOnWriteArrayList<>();
  private GhlClient client;

  @BeforeEach
  void start() {
    server = new WireMockServer(options().dynamicPort());
    server.start();
    server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"success\":true,\"statusCode\":200,\"message\":\"ok\",\"results\":{}}")));
    HttpEventListener recorder = new HttpEventListener() {
      @Override
      public void onRequest(RequestEvent event) {
        locations.add(String.valueOf(event.locationId()));
      }
    };
    client = GhlClient.builder()
        .baseUrl(server.baseUrl())
        .tokenSource(TokenSource.privateIntegrationToken("pit-attribution-test"))
        .okHttpClient(ResilientHttp.ghl().listener(recorder).build())
        .build();
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  @Test
  void an_oauth_sub_path_of_social_planner_is_charged_to_its_location_not_to_the_word_oauth() {
    client.socialPlanner(LOCATION).facebook().accounts("6673d4f7a1b2c3d4e5f60718");

    assertEquals(List.of(LOCATION), locations);
  }

  @Test
  void a_plain_social_planner_call_is_charged_to_its_location() {
    client.socialPlanner(LOCATION).accounts().list();

    assertEquals(List.of(LOCATION), locations);
  }
}
