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

  /**
   * {@code http://127.0.0.1:<port>/api/v1/}, standing for {@code https://app.plezi.co/api/v1/}.
   *
   * @return the legacy API base URL
   */
  public String legacyBaseUrl() {
    return legacy.rootUrl() + "api/v1/";
  }

  /**
   * {@code http://127.0.0.1:<port>/api/v1/}, standing for {@code https://brain.plezi.co/api/v1/}.
   *
   * @return the brain API base URL
   */
  public String brainBaseUrl() {
    return brain.rootUrl() + "api/v1/";
  }

  /**
   * The legacy {@code X-API-Key}.
   *
   * @return the API key
   */
  public String apiKey() {
    return seed().apiKey();
  }

  /**
   * The legacy {@code X-Tenant-Company}.
   *
   * @return the tenant company
   */
  public String tenantCompany() {
    return seed().tenantCompany();
  }

  /**
   * The 24-hex id of the seeded hidden form meant for the connector.
   *
   * @return the form id
   */
  public String formId() {
    return seed().forms().get(0).formId();
  }

  /**
   * The UUID of the published instance of {@link #formId()}.
   *
   * @return the content web form id
   */
  public String contentWebFormId() {
    return seed().forms().get(0).contentWebFormId();
  }

  /**
   * The key of the seeded multi-select field whose options are the slugs of all seeded GHL tags.
   *
   * @return the field key
   */
  public String tagFieldKey() {
    return "plz_social_tags";
  }

  /**
   * The options of a select or multi-select field (empty for unknown keys).
   *
   * @param key a field key
   * @return the option slugs, in order
   */
  public List<String> fieldOptions(String key) {
    return service.fieldOptions(key);
  }

  /**
   * Adds an option to a select field, as an admin would in Plezi's UI.
   *
   * @param key a select or multi-select field key
   * @param option the new option's slug
   */
  public void addFieldOption(String key, String option) {
    service.addOption(key, option);
  }

  /**
   * The stored contact with this e-mail (case-insensitive).
   *
   * @param email the e-mail address
   * @return the contact, empty when none
   */
  public Optional<PleziContact> contact(String email) {
    return service.contact(email).map(c -> new PleziContact(c.email, service.fieldsSnapshot(c)));
  }

  /**
   * Every stored contact, in creation order.
   *
   * @return the contacts
   */
  public List<PleziContact> contacts() {
    return service.contacts().stream()
        .map(c -> new PleziContact(c.email, service.fieldsSnapshot(c)))
        .toList();
  }

  /**
   * How many writes (webform submissions and contact creates/updates) were applied for this e-mail,
   * including writes whose response was lost to a fault: the number to compare with the number of
   * deliveries a client intended, to detect duplicates.
   *
   * @param email the e-mail address
   * @return the number of applied writes
   */
  public long writeCount(String email) {
    return service.counter("writes:" + email.trim().toLowerCase(java.util.Locale.ROOT));
  }

  // ------------------------------------------------------------------ brain API credentials

  /**
   * The brain API public key ({@code client_id}, the {@code id} of {@code X-AUTHORIZATION}).
   *
   * @return the public key
   */
  public String brainPublicKey() {
    return seed().brainPublicKey();
  }

  /**
   * The brain API secret key (HMAC key).
   *
   * @return the secret key
   */
  public String brainSecretKey() {
    return seed().brainSecretKey();
  }

  /**
   * The host name expected in the brain string to sign, besides the Host header actually sent;
   * default {@code brain.plezi.co}.
   *
   * @return the host name
   */
  public String brainSigningHost() {
    return service.settingsBrainHost();
  }

  // ------------------------------------------------------------------ derived state

  /**
   * Root of the testkit-only inspection endpoint (no auth): {@code GET contacts/<email>},
   * {@code lists}, {@code workflows}, {@code fields} under it.
   *
   * @return the inspection root URL
   */
  public String inspectionBaseUrl() {
    return legacy.rootUrl() + "__testkit/";
  }

  /**
   * Every contact list (smart and static), in seed order.
   *
   * @return the lists
   */
  public List<PleziList> lists() {
    synchronized (service.lock()) {
      return service.automation().lists().values().stream()
          .map(l -> new PleziList(l.id, l.name, l.smart(), l.rule()))
          .toList();
    }
  }

  /**
   * The list with this name.
   *
   * @param name the list's name
   * @return the list, empty when none has that name
   */
  public Optional<PleziList> list(String name) {
    return lists().stream().filter(l -> l.name().equals(name)).findFirst();
  }

  /**
   * Every workflow, in seed order.
   *
   * @return the workflows
   */
  public List<PleziWorkflow> workflows() {
    synchronized (service.lock()) {
      return service.automation().workflows().values().stream()
          .map(w -> new PleziWorkflow(w.id, w.name, w.listId, w.mode))
          .toList();
    }
  }

  /**
   * The workflow with this name.
   *
   * @param name the workflow's name
   * @return the workflow, empty when none has that name
   */
  public Optional<PleziWorkflow> workflow(String name) {
    return workflows().stream().filter(w -> w.name().equals(name)).findFirst();
  }

  /**
   * E-mails currently in a list (after any pending re-evaluation whose delay has passed).
   *
   * @param listId the list's id
   * @return the members' e-mails
   */
  public List<String> listMembers(String listId) {
    synchronized (service.lock()) {
      var l = service.automation().lists().get(listId);
      if (l == null) {
        throw new IllegalArgumentException("unknown list: " + listId);
      }
      return List.copyOf(l.members);
    }
  }

  /**
   * E-mails that ever entered a workflow, in order of entry.
   *
   * @param workflowId the workflow's id
   * @return the e-mails
   */
  public List<String> workflowEntrants(String workflowId) {
    synchronized (service.lock()) {
      var w = service.automation().workflows().get(workflowId);
      if (w == null) {
        throw new IllegalArgumentException("unknown workflow: " + workflowId);
      }
      return List.copyOf(w.entered);
    }
  }

  /**
   * Whether the contact ever entered the workflow.
   *
   * @param email the e-mail address
   * @param workflowId the workflow's id
   * @return whether it ever entered
   */
  public boolean hasEnteredWorkflow(String email, String workflowId) {
    return workflowEntrants(workflowId).contains(email.trim().toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * The contact passes the workflow's exit node; it will never enter that workflow again.
   *
   * @param workflowId the workflow's id
   * @param email the contact's e-mail
   */
  public void exitWorkflow(String workflowId, String email) {
    synchronized (service.lock()) {
      service.automation().exitWorkflow(workflowId, email.trim().toLowerCase(java.util.Locale.ROOT));
    }
  }

  /**
   * Adds a contact to a static list, as a CSV import in Plezi's UI would.
   *
   * @param listId the static list's id
   * @param email the contact's e-mail
   */
  public void importIntoStaticList(String listId, String email) {
    synchronized (service.lock()) {
      service.automation().importIntoStaticList(listId, email.trim().toLowerCase(java.util.Locale.ROOT));
    }
  }

  /**
   * Delay (on the sandbox clock) before smart lists see a contact change; default zero.
   *
   * @param delay the delay
   */
  public void setSmartListDelay(java.time.Duration delay) {
    if (delay.isNegative()) {
      throw new IllegalArgumentException("delay must not be negative");
    }
    service.automation().setDelay(delay);
  }

  /**
   * Fault rules applied to calls to both Plezi APIs.
   *
   * @return the fault rules; add rules to make calls fail
   */
  public Faults faults() {
    return faults;
  }

  /**
   * One counter: {@code requests}, {@code writes}, {@code contactsCreated}, {@code contactsUpdated}, {@code unauthorized}, ...
   *
   * @param name the counter's name
   * @return its value, 0 when never incremented
   */
  public long counter(String name) {
    return service.counter(name);
  }
}
