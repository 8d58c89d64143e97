package io.github.ghlplezi.testkit;

import io.github.ghlplezi.testkit.internal.FakeServer;
import io.github.ghlplezi.testkit.internal.PleziService;
import io.github.ghlplezi.testkit.internal.SeedData;
import java.util.List;
import java.util.Optional;

/**
 * Handle on the fake Plezi: the legacy API ({@code app.plezi.co/api/v1}, API key + tenant) and the
 * brain API ({@code brain.plezi.co/api/v1}, HMAC). Obtained from {@link Sandbox#plezi()}.
 */
public final class FakePlezi {
  private final PleziService service;
  private final FakeServer legacy;
  private final FakeServer brain;
  private final Faults faults;

  FakePlezi(PleziService service, FakeServer legacy, FakeServer brain, Faults faults) {
    this.service = service;
    this.legacy = legacy;
    this.brain = brain;
    this.faults = faults;
  }

  PleziService service() {
    return service;
  }

  private SeedData.Plezi seed() {
    return service.seedData().plezi();
  }

  /** {@code http://127.0.0.1:<port>/api/v1/}, standing for {@code https://app.plezi.co/api/v1/}. */
  public String legacyBaseUrl() {
    return legacy.rootUrl() + "api/v1/";
  }

  /** {@code http://127.0.0.1:<port>/api/v1/}, standing for {@code https://brain.plezi.co/api/v1/}. */
  public String brainBaseUrl() {
    return brain.rootUrl() + "api/v1/";
  }

  /** The legacy {@code X-API-Key}. */
  public String apiKey() {
    return seed().apiKey();
  }

  /** The legacy {@code X-Tenant-Company}. */
  public String tenantCompany() {
    return seed().tenantCompany();
  }

  /** The 24-hex id of the seeded hidden form meant for the connector. */
  public String formId() {
    return seed().forms().get(0).formId();
  }

  /** The UUID of the published instance of {@link #formId()}. */
  public String contentWebFormId() {
    return seed().forms().get(0).contentWebFormId();
  }

  /** The key of the seeded multi-select field whose options are the slugs of all seeded GHL tags. */
  public String tagFieldKey() {
    return "plz_social_tags";
  }

  /** The options of a select or multi-select field (empty for unknown keys). */
  public List<String> fieldOptions(String key) {
    return service.fieldOptions(key);
  }

  /** Adds an option to a select field, as an admin would in Plezi's UI. */
  public void addFieldOption(String key, String option) {
    service.addOption(key, option);
  }

  /** The stored contact with this e-mail (case-insensitive). */
  public Optional<PleziContact> contact(String email) {
    return service.contact(email).map(c -> new PleziContact(c.email, service.fieldsSnapshot(c)));
  }

  /** Every stored contact, in creation order. */
  public List<PleziContact> contacts() {
    return service.contacts().stream()
        .map(c -> new PleziContact(c.email, service.fieldsSnapshot(c)))
        .toList();
  }

  /**
   * How many writes (webform submissions and contact creates/updates) were applied for this e-mail,
   * including writes whose response was lost to a fault: the number to compare with the number of
   * deliveries a client intended, to detect duplicates.
   */
  public long writeCount(String email) {
    return service.counter("writes:" + email.trim().toLowerCase(java.util.Locale.ROOT));
  }

  /** Fault rules applied to calls to both Plezi APIs. */
  public Faults faults() {
    return faults;
  }

  /** One counter: {@code requests}, {@code writes}, {@code contactsCreated}, {@code contactsUpdated}, {@code unauthorized}, ... */
  public long counter(String name) {
    return service.counter(name);
  }
}
