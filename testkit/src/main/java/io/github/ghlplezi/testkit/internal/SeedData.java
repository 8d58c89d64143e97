package io.github.ghlplezi.testkit.internal;

import java.time.Instant;
import java.util.List;

/** Everything the fakes start with. Built deterministically from a seed or read from JSON. */
public record SeedData(
    long seed,
    Company company,
    OAuthApp app,
    List<Location> locations,
    Plezi plezi) {

  public record Company(String id, String name, String userId) {}

  public record OAuthApp(String appId, String clientId, String clientSecret, String versionId, String redirectUri) {}

  public record Location(
      String id, String name, String pit, List<Tag> tags, List<Account> accounts) {}

  public record Tag(String id, String name, String createdBy, Instant createdAt) {}

  public record Account(
      String id,
      String oauthId,
      String profileId,
      String name,
      String platform,
      String type,
      Instant expire) {}

  public record Plezi(
      String apiKey,
      String tenantCompany,
      String brainPublicKey,
      String brainSecretKey,
      List<Form> forms,
      List<Field> fields,
      List<ContactList> lists,
      List<Workflow> workflows) {}

  public record Form(String formId, String contentWebFormId, String title, Instant createdAt) {}

  /** type: text, number, date, select, multi_select. */
  public record Field(String key, String label, String type, List<String> options) {}

  /** A smart list: contacts whose {@code fieldKey} has {@code value} (any value when null); or a static list when fieldKey is null. */
  public record ContactList(String id, String name, String fieldKey, String value, Instant createdAt) {}

  /** A workflow triggered by entering a list; mode current, next or both. */
  public record Workflow(String id, String name, String listId, String mode) {}
}
