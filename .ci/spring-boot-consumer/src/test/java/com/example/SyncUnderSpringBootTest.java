package com.example;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ghlplezi.ghl.GhlClient;
import io.github.ghlplezi.ghl.TokenSource;
import io.github.ghlplezi.plezi.PleziClient;
import io.github.ghlplezi.sync.LocationMapping;
import io.github.ghlplezi.sync.SyncReport;
import io.github.ghlplezi.sync.TagSync;
import io.github.ghlplezi.sync.TagSyncSettings;
import io.github.ghlplezi.sync.http.ResilientHttp;
import io.github.ghlplezi.testkit.FakeGhl;
import io.github.ghlplezi.testkit.FakePlezi;
import io.github.ghlplezi.testkit.Sandbox;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One sync through the resilient OkHttp stack, on the versions Spring Boot's parent chose. */
class SyncUnderSpringBootTest {

  @Test
  void one_sync_succeeds_on_spring_boot_managed_versions() {
    try (Sandbox sandbox = Sandbox.start()) {
      FakeGhl ghl = sandbox.ghl();
      FakePlezi plezi = sandbox.plezi();
      String loc = ghl.locations().get(0).id();
      ghl.addTag(loc, "Spring Sale!");
      GhlClient ghlClient = GhlClient.builder().baseUrl(ghl.baseUrl())
          .okHttpClient(ResilientHttp.ghl().build())
          .tokenSource(TokenSource.privateIntegrationToken(ghl.privateIntegrationToken(loc))).build();
      PleziClient pleziClient = PleziClient.builder().legacyBaseUrl(plezi.legacyBaseUrl())
          .okHttpClient(ResilientHttp.plezi().build())
          .apiKey(plezi.apiKey()).tenantCompany(plezi.tenantCompany()).build();
      SyncReport report = new TagSync(ghlClient, pleziClient,
          new TagSyncSettings(plezi.tagFieldKey(), plezi.formId(), plezi.contentWebFormId()), Clock.systemUTC())
          .run(List.of(new LocationMapping(loc, "owner@example.com")));
      assertTrue(report.allSucceeded(), report.toString());
      assertTrue(plezi.contact("owner@example.com").isPresent());
    }
  }
}
