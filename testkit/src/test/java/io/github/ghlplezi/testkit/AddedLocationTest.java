package io.github.ghlplezi.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

class AddedLocationTest {

  @Test
  void an_added_location_serves_its_tags_to_its_own_pit() throws Exception {
    try (Sandbox sandbox = Sandbox.start()) {
      SeededLocation loc = sandbox.ghl().addLocation("Extra Bakery");
      sandbox.ghl().addTag(loc.id(), "Spring Sale");
      assertEquals(List.of("Spring Sale"), sandbox.ghl().activeTagNames(loc.id()));
      assertTrue(sandbox.ghl().locations().contains(loc));
      HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
              URI.create(sandbox.ghl().baseUrl() + "social-media-posting/" + loc.id() + "/tags"))
          .header("Authorization", "Bearer " + sandbox.ghl().privateIntegrationToken(loc.id()))
          .header("Version", "2021-07-28").header("Accept", "application/json").build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(200, r.statusCode(), r.body());
      assertTrue(r.body().contains("Spring Sale"), r.body());
    }
  }
}
