package io.github.ghlplezi.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ghlplezi.ghl.GhlClient;
import io.github.ghlplezi.ghl.TokenSource;
import io.github.ghlplezi.ghl.model.Tag;
import io.github.ghlplezi.plezi.PleziClient;
import io.github.ghlplezi.http.FailureKind;
import io.github.ghlplezi.testkit.FakeGhl;
import io.github.ghlplezi.testkit.FakePlezi;
import io.github.ghlplezi.testkit.Sandbox;
import io.github.ghlplezi.testkit.SandboxExtension;
import io.github.ghlplezi.testkit.SeededLocation;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SandboxExtension.class)
class TagSyncTest {

  private final Sandbox sandbox;
  private FakeGhl fakeGhl;
  private FakePlezi fakePlezi;
  private List<SeededLocation> locations;

  TagSyncTest(Sandbox sandbox) {
    this.sandbox = sandbox;
  }

  @BeforeEach
  void setUp() {
    fakeGhl = sandbox.ghl();
    fakePlezi = sandbox.plezi();
    locations = fakeGhl.locations();
  }

  private TagSync tagSync(TokenSource tokens, String pleziApiKey) {
    GhlClient ghl = GhlClient.builder().baseUrl(fakeGhl.baseUrl()).tokenSource(tokens).build();
    PleziClient plezi = PleziClient.builder()
        .legacyBaseUrl(fakePlezi.legacyBaseUrl())
        .apiKey(pleziApiKey)
        .tenantCompany(fakePlezi.tenantCompany())
        .build();
    TagSyncSettings settings = new TagSyncSettings(
        fakePlezi.tagFieldKey(), fakePlezi.formId(), fakePlezi.contentWebFormId());
    return new TagSync(ghl, plezi, settings, Clock.systemUTC());
  }

  private TagSync tagSync() {
    return tagSync(fakeGhl::privateIntegrationToken, fakePlezi.apiKey());
  }

  private static String emailOf(SeededLocation location, String test) {
    return test + "." + location.id().toLowerCase() + "@tagsync.example";
  }

  private List<String> expectedSlugs(String locationId) {
    return fakeGhl.activeTagNames(locationId).stream().map(OptionSlugs::of).distinct().toList();
  }

  private List<String> heldByContact(String email) {
    return fakePlezi.contact(email).orElseThrow(() -> new AssertionError("no Plezi contact " + email))
        .fields().get(fakePlezi.tagFieldKey());
  }

  @Test
  void every_location_s_current_tags_land_in_its_contact_s_multi_select_field() {
    List<LocationMapping> mappings = locations.stream()
        .map(location -> new LocationMapping(location.id(), emailOf(location, "all")))
        .toList();

    SyncReport report = tagSync().run(mappings);

    assertTrue(report.allSucceeded(), () -> "report: " + report);
    assertEquals(locations.size(), report.results().size());
    for (LocationSyncResult result : report.results()) {
      LocationSyncResult.Synced synced = assertInstanceOf(LocationSyncResult.Synced.class, result);
      String locationId = synced.mapping().locationId();
      assertEquals(expectedSlugs(locationId), synced.optionsWritten());
      assertEquals(fakeGhl.activeTagNames(locationId).size(), synced.tagsRead());
      assertTrue(synced.contactCreated());
      assertEquals(expectedSlugs(locationId), heldByContact(synced.mapping().contactEmail()));
    }
  }

  @Test
  void a_second_run_replaces_the_field_with_renamed_added_and_without_deleted_tags() {
    SeededLocation location = locations.get(0);
    LocationMapping mapping = new LocationMapping(location.id(), emailOf(location, "changes"));
    TagSync sync = tagSync();
    assertTrue(sync.run(List.of(mapping)).allSucceeded());

    String added = fakeGhl.addTag(location.id(), "Black Friday 2026");
    String renamed = fakeGhl.addTag(location.id(), "Old Name");
    fakeGhl.renameTag(location.id(), renamed, "Brand New Name");
    String deleted = fakeGhl.addTag(location.id(), "Short Lived");
    fakeGhl.deleteTag(location.id(), deleted);
    // Plezi has no API for field options: an admin adds them in Plezi's UI.
    for (String option : List.of("black-friday-2026", "brand-new-name", "old-name", "short-lived")) {
      fakePlezi.addFieldOption(fakePlezi.tagFieldKey(), option);
    }

    LocationSyncResult second = sync.syncOne(mapping);

    LocationSyncResult.Synced synced = assertInstanceOf(LocationSyncResult.Synced.class, second);
    assertFalse(synced.contactCreated(), "the contact exists after the first run");
    List<String> held = heldByContact(mapping.contactEmail());
    assertEquals(expectedSlugs(location.id()), held);
    assertTrue(held.contains("black-friday-2026"), () -> "held: " + held);
    assertTrue(held.contains("brand-new-name"), () -> "held: " + held);
    assertFalse(held.contains("old-name"), () -> "held: " + held);
    assertFalse(held.contains("short-lived"), () -> "held: " + held);
    assertFalse(added.isBlank());
  }

  @Test
  void a_location_whose_token_is_refused_fails_at_fetch_while_the_others_are_synced() {
    SeededLocation refused = locations.get(0);
    SeededLocation fine = locations.get(1);
    TokenSource tokens = locationId -> locationId.equals(refused.id())
        ? fakeGhl.privateIntegrationToken(fine.id())   // a real token, but for another location
        : fakeGhl.privateIntegrationToken(locationId);

    SyncReport report = tagSync(tokens, fakePlezi.apiKey()).run(List.of(
        new LocationMapping(refused.id(), emailOf(refused, "refused")),
        new LocationMapping(fine.id(), emailOf(fine, "refused"))));

    assertEquals(1, report.failed());
    LocationSyncResult.Failed failed = assertInstanceOf(LocationSyncResult.Failed.class, report.results().get(0));
    assertEquals(SyncFailure.Stage.FETCH, failed.failure().stage());
    assertEquals(403, failed.failure().status());
    assertEquals(FailureKind.PERMANENT, failed.failure().kind());
    assertTrue(failed.failure().requestId().isPresent(), "HighLevel's trace id is kept for support");
    assertTrue(fakePlezi.contact(emailOf(refused, "refused")).isEmpty(), "nothing is written for a failed fetch");
    assertInstanceOf(LocationSyncResult.Synced.class, report.results().get(1));
    assertEquals(expectedSlugs(fine.id()), heldByContact(emailOf(fine, "refused")));
  }

  @Test
  void a_wrong_plezi_key_fails_at_delivery_and_the_message_does_not_reveal_the_key() {
    SeededLocation location = locations.get(2);
    String wrongKey = "wrong-key-" + System.nanoTime();

    SyncReport report = tagSync(fakeGhl::privateIntegrationToken, wrongKey)
        .run(List.of(new LocationMapping(location.id(), emailOf(location, "wrongkey"))));

    assertFalse(report.allSucceeded());
    LocationSyncResult.Failed failed = assertInstanceOf(LocationSyncResult.Failed.class, report.results().get(0));
    assertEquals(SyncFailure.Stage.DELIVER, failed.failure().stage());
    assertFalse(failed.failure().kind().isRetriable(), "a refused key does not fix itself");
    assertFalse(failed.failure().message().contains(wrongKey), failed.failure().message());
    assertTrue(fakePlezi.contact(emailOf(location, "wrongkey")).isEmpty());
  }

  @Test
  void mappings_naming_a_location_twice_are_refused_before_any_call() {
    SeededLocation location = locations.get(0);
    List<LocationMapping> twice = List.of(
        new LocationMapping(location.id(), emailOf(location, "twice-a")),
        new LocationMapping(location.id(), emailOf(location, "twice-b")));

    // Every HighLevel call asks the token source first: counting its calls shows whether one was attempted.
    java.util.concurrent.atomic.AtomicInteger tokenRequests = new java.util.concurrent.atomic.AtomicInteger();
    TokenSource counting = locationId -> {
      tokenRequests.incrementAndGet();
      return fakeGhl.privateIntegrationToken(locationId);
    };

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> tagSync(counting, fakePlezi.apiKey()).run(twice));

    assertTrue(e.getMessage().contains("locationId"), e.getMessage());
    assertEquals(0, tokenRequests.get(), "no HighLevel call was attempted");
    assertTrue(fakePlezi.contact(emailOf(location, "twice-a")).isEmpty());
    assertEquals(0, fakePlezi.writeCount(emailOf(location, "twice-a")), "no Plezi write was attempted");
  }

  @Test
  void a_tag_without_a_plezi_option_is_sent_but_plezi_keeps_only_the_known_options() {
    SeededLocation location = locations.get(1);
    LocationMapping mapping = new LocationMapping(location.id(), emailOf(location, "unknown"));
    String tagId = fakeGhl.addTag(location.id(), "No Option Yet");
    try {
      LocationSyncResult result = tagSync().syncOne(mapping);

      LocationSyncResult.Synced synced = assertInstanceOf(LocationSyncResult.Synced.class, result);
      assertTrue(synced.optionsWritten().contains("no-option-yet"), () -> "sent: " + synced.optionsWritten());
      List<String> held = heldByContact(mapping.contactEmail());
      assertFalse(held.contains("no-option-yet"), () -> "held: " + held);
      assertEquals(expectedSlugs(location.id()).stream().filter(s -> !s.equals("no-option-yet")).toList(), held);
    } finally {
      fakeGhl.deleteTag(location.id(), tagId);
    }
  }

  @Test
  void deleting_every_tag_of_a_location_empties_the_contact_s_field() {
    try (Sandbox own = Sandbox.start()) {
      FakeGhl ghl = own.ghl();
      SeededLocation location = ghl.locations().get(0);
      LocationMapping mapping = new LocationMapping(location.id(), "emptied@tagsync.example");
      GhlClient ghlClient = GhlClient.builder().baseUrl(ghl.baseUrl()).tokenSource(ghl::privateIntegrationToken).build();
      TagSync sync = new TagSync(
          ghlClient,
          PleziClient.builder().legacyBaseUrl(own.plezi().legacyBaseUrl())
              .apiKey(own.plezi().apiKey()).tenantCompany(own.plezi().tenantCompany()).build(),
          new TagSyncSettings(own.plezi().tagFieldKey(), own.plezi().formId(), own.plezi().contentWebFormId()),
          Clock.systemUTC());
      assertInstanceOf(LocationSyncResult.Synced.class, sync.syncOne(mapping));
      assertFalse(own.plezi().contact(mapping.contactEmail()).orElseThrow()
          .fields().get(own.plezi().tagFieldKey()).isEmpty());
      for (Tag tag : ghlClient.socialPlanner(location.id()).tags().stream().toList()) {
        ghl.deleteTag(location.id(), tag.id());
      }

      LocationSyncResult.Synced synced = assertInstanceOf(LocationSyncResult.Synced.class, sync.syncOne(mapping));

      assertEquals(List.of(), synced.optionsWritten());
      List<String> held = own.plezi().contact(mapping.contactEmail()).orElseThrow()
          .fields().getOrDefault(own.plezi().tagFieldKey(), List.of());
      assertEquals(List.of(), held, "a stale tag would stay in Plezi's smart lists");
    }
  }
}
