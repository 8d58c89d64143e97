package io.github.ghlplezi.plezi.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A contact written to Plezi as the submission of a web form
 * ({@code GET create_contact_after_webform}): Plezi creates the contact or updates the one with the
 * same e-mail. A form submission has side effects in Plezi (scoring, "submitted form" smart lists,
 * CRM sync).
 *
 * <pre>{@code
 * WebformContact contact = WebformContact.builder()
 *     .email("owner@example.com")
 *     .formId("5d5188d4f420874ad39371d6")
 *     .contentWebFormId(contentWebFormId)
 *     .fields(ContactFields.builder().multiSelect("plz_social_tags", "spring-sale").build())
 *     .keepMultipleSelectValues(false)
 *     .build();
 * }</pre>
 *
 * <p>Rules, checked before the request is sent: a well-formed {@code email}; {@code formId} of 24
 * hexadecimal digits; {@code contentWebFormId} of 24 hexadecimal digits or a UUID; subscriptions of
 * 24 hexadecimal digits; field keys and option slugs as described in {@link ContactFields}.
 */
@Value.Immutable
public abstract class WebformContact {

  WebformContact() {
  }

  /** @return the contact's e-mail, which identifies the contact ({@code email}) */
  public abstract String email();

  /** @return the Plezi form's id, 24 hexadecimal digits ({@code form_id}) */
  public abstract String formId();

  /** @return the published form instance's id ({@code content_web_form_id}) */
  public abstract String contentWebFormId();

  /** @return the first name ({@code first_name}) */
  public abstract Optional<String> firstName();

  /** @return the last name ({@code last_name}) */
  public abstract Optional<String> lastName();

  /** @return the company name ({@code company}) */
  public abstract Optional<String> company();

  /** @return custom fields by key; empty by default */
  @Value.Default
  public ContactFields fields() {
    return ContactFields.empty();
  }

  /**
   * @return {@code keep_multiple_select_values}: true merges the given multi-select options into the
   *     contact's, false replaces them; when absent the parameter is not sent and Plezi's default
   *     applies
   */
  public abstract Optional<Boolean> keepMultipleSelectValues();

  /** @return newsletter ids to subscribe the contact to ({@code subscriptions}) */
  public abstract List<String> subscriptions();

  /** @return consent values ({@code consents[]}) */
  public abstract List<String> consents();

  /** @return the Plezi tracking visit id ({@code visit}) */
  public abstract Optional<String> visit();

  /** @return the Plezi tracking visitor id ({@code visitor}) */
  public abstract Optional<String> visitor();

  /** @return attribution: {@code utm} (campaign) */
  public abstract Optional<String> utm();

  /** @return attribution: {@code utm_medium} */
  public abstract Optional<String> utmMedium();

  /** @return attribution: {@code utm_source} */
  public abstract Optional<String> utmSource();

  /** @return attribution: {@code gclid} */
  public abstract Optional<String> gclid();

  /** @return attribution: {@code referer} */
  public abstract Optional<String> referer();

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder of {@link WebformContact}. */
  public static final class Builder extends ImmutableWebformContact.Builder {
    Builder() {
    }
  }
}
