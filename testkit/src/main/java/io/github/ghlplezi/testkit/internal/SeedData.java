package io.github.ghlplezi.testkit.internal;

import java.time.Instant;
import java.util.List;

/**
 * Everything the fakes start with. Built deterministically from a seed or read from JSON.
 *
 * <p>The records holding a credential (client secret, PIT, API key, brain secret key) override
 * {@code toString()} so a printed seed never shows one.
 */
public record SeedData(
    long seed,
    Company company,
    OAuthApp app,
    List<Location> locations,
    Plezi plezi) {

  public record Company(String id, String name, String userId) {}

  public record OAuthApp(String appId, String clientId, String clientSecret, String versionId, String redirectUri) {
    @Override
    public String toString() {
      return "OAuthApp[appId=" + appId + ", clientId=" + clientId + ", clientSecret=[REDACTED], versionId="
          + versionId + ", redirectUri=" + redirectUri + "]";
    }
  }

  public record Location(
      String id, String name, String pit, List<Tag> tags, List<Account> accounts) {
    @Override
    public String toString() {
      return "Location[id=" + id + ", name=" + name + ", pit=[REDACTED], tags=" + tags + ", accounts=" + accounts + "]";
    }
  }

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
      List<Workflow> workflows) {
    @Override
    public String toString() {
      return "Plezi[apiKey=[REDACTED], tenantCompany=" + tenantCompany + ", brainPublicKey=" + brainPublicKey
          + ", brainSecretKey=[REDACTED], forms=" + forms + ", fields=" + fields + ", lists=" + lists
          + ", workflows=" + workflows + "]";
    }
  }

  public record Form(String formId, String contentWebFormId, String title, Instant createdAt) {}

  /** type: text, number, date, select, multi_select. */
  public record Field(String key, String label, String type, List<String> options) {}

  /** A smart list: contacts whose {@code fieldKey} has {@code value} (any value when null); or a static list when fieldKey is null. */
  public record ContactList(String id, String name, String fieldKey, String value, Instant createdAt) {}

  /** A workflow triggered by entering a list; mode current, next or both. */
  public record Workflow(String id, String name, String listId, String mode) {}
}
