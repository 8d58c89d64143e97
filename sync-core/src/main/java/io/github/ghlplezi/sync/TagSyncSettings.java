package io.github.ghlplezi.sync;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where a tag sync writes in Plezi.
 *
 * @param tagFieldKey the key of the multi-select contact field that holds the tags, e.g. {@code plz_social_tags}
 * @param formId the Plezi form the contact upsert is filed under (24 hexadecimal characters)
 * @param contentWebFormId the published instance of that form
 */
public record TagSyncSettings(String tagFieldKey, String formId, String contentWebFormId) {

  private static final Pattern FIELD_KEY = Pattern.compile("^[a-z][a-z0-9_]*$");
  private static final Pattern FORM_ID = Pattern.compile("^[0-9a-f]{24}$");

  /**
   * Validates every part; the message names the offending field.
   *
   * @param tagFieldKey the key of the multi-select contact field that holds the tags, e.g. {@code plz_social_tags}
   * @param formId the Plezi form the contact upsert is filed under (24 hexadecimal characters)
   * @param contentWebFormId the published instance of that form
   */
  public TagSyncSettings {
    Objects.requireNonNull(tagFieldKey, "tagFieldKey");
    Objects.requireNonNull(formId, "formId");
    Objects.requireNonNull(contentWebFormId, "contentWebFormId");
    if (!FIELD_KEY.matcher(tagFieldKey).matches()) {
      throw new IllegalArgumentException(
          "tagFieldKey must be a lower-case Plezi field key such as plz_social_tags: '" + tagFieldKey + "'");
    }
    if (!FORM_ID.matcher(formId).matches()) {
      throw new IllegalArgumentException("formId must be 24 hexadecimal characters: '" + formId + "'");
    }
    if (contentWebFormId.isBlank()) {
      throw new IllegalArgumentException("contentWebFormId must not be blank");
    }
  }
}
