package io.github.ghlplezi.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ghlplezi.ghl.GhlClient;
import io.github.ghlplezi.ghl.TokenSource;
import io.github.ghlplezi.plezi.PleziClient;
import io.github.ghlplezi.sync.LocationMapping;
import io.github.ghlplezi.sync.SyncReport;
import io.github.ghlplezi.sync.TagSync;
import io.github.ghlplezi.sync.TagSyncSettings;
import io.github.ghlplezi.testkit.FakeGhl;
import io.github.ghlplezi.testkit.FakePlezi;
import io.github.ghlplezi.testkit.Sandbox;
import io.github.ghlplezi.testkit.SandboxExtension;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

// The testkit README's JUnit example, verbatim between the markers (ReadmeSnippetsTest checks it).
// README:begin
@ExtendWith(SandboxExtension.class)          // one Sandbox per test class, closed after it
class SyncTagsTest {
  @Test
  void syncs_a_new_tag_into_the_plezi_contact(Sandbox sandbox) {   // also injectable: FakeGhl, FakePlezi, TestClock
    FakeGhl ghl = sandbox.ghl();
    FakePlezi plezi = sandbox.plezi();
    String loc = ghl.locations().get(0).id();
    ghl.addTag(loc, "Spring Sale!");

    GhlClient ghlClient = GhlClient.builder().baseUrl(ghl.baseUrl())
        .tokenSource(TokenSource.privateIntegrationToken(ghl.privateIntegrationToken(loc))).build();
    PleziClient pleziClient = PleziClient.builder().legacyBaseUrl(plezi.legacyBaseUrl())
        .apiKey(plezi.apiKey()).tenantCompany(plezi.tenantCompany()).build();
    TagSyncSettings settings = new TagSyncSettings(plezi.tagFieldKey(), plezi.formId(), plezi.contentWebFormId());
    SyncReport report = new TagSync(ghlClient, pleziClient, settings, sandbox.clock())
        .run(List.of(new LocationMapping(loc, "owner@example.com")));

    assertTrue(report.allSucceeded(), report.toString());
    assertTrue(plezi.contact("owner@example.com").isPresent());
    assertEquals(1, report.succeeded());
  }
}
// README:end
