package io.github.ghlplezi.sync.deliver;

import io.github.ghlplezi.plezi.PleziClient;
import io.github.ghlplezi.plezi.PleziValidationException;
import io.github.ghlplezi.plezi.model.ContactFields;
import io.github.ghlplezi.plezi.model.ErrorDetail;
import io.github.ghlplezi.plezi.model.WebformContact;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The deliver adapter: the only engine class that calls plezi-client. Each {@link ContactWrite} is one
 * {@code create_contact_after_webform} upsert that replaces multi-select values
 * ({@code keep_multiple_select_values=false}), so a repeated write leaves the contact as written once.
 *
 * <p>A 422 that names refused option values ({@code Value 'x' is not an option of field y}, one or
 * several) becomes {@link DeliveryResult.ValuesRejected}; any other failure is thrown.
 */
public final class PleziContactSink implements ContactSink {

  private static final Pattern REFUSED_VALUE = Pattern.compile("'([^']+)'");
  private static final Pattern FIELD = Pattern.compile("field\\s+(plz_[a-z0-9_]+)");

  private final PleziClient plezi;
  private final String formId;
  private final String contentWebFormId;

  /**
   * @param plezi the Plezi client; give it the resilient HTTP stack in production
   * @param formId the Plezi form the upserts are filed under
   * @param contentWebFormId the published instance of that form
   */
  public PleziContactSink(PleziClient plezi, String formId, String contentWebFormId) {
    this.plezi = Objects.requireNonNull(plezi, "plezi");
    this.formId = Objects.requireNonNull(formId, "formId");
    this.contentWebFormId = Objects.requireNonNull(contentWebFormId, "contentWebFormId");
  }

  @Override
  public DeliveryResult write(ContactWrite write) {
    ContactFields.Builder fields = ContactFields.builder();
    for (FieldWrite field : write.fields()) {
      switch (field.kind()) {
        case MULTI_SELECT -> fields.multiSelect(field.key(), field.values());
        case DATE -> fields.date(field.key(), LocalDate.parse(field.values().get(0)));
        case TEXT -> fields.text(field.key(), field.values().get(0));
        case NUMBER -> fields.number(field.key(), new BigDecimal(field.values().get(0)));
        default -> throw new IllegalStateException("unhandled kind " + field.kind());
      }
    }
    try {
      boolean created = plezi.contacts().upsertFromWebform(WebformContact.builder()
          .email(write.contactEmail())
          .formId(formId)
          .contentWebFormId(contentWebFormId)
          .fields(fields.build())
          .keepMultipleSelectValues(false)
          .build()).created();
      return new DeliveryResult.Confirmed(created);
    } catch (PleziValidationException e) {
      DeliveryResult.ValuesRejected rejected = refusedValues(e, write);
      if (rejected == null) {
        throw e;
      }
      return rejected;
    }
  }

  /** The refused option values named by a 422, when they are values this write sent. */
  private static DeliveryResult.ValuesRejected refusedValues(PleziValidationException e, ContactWrite write) {
    for (ErrorDetail error : e.errors()) {
      String detail = error.detail().orElse("");
      Matcher field = FIELD.matcher(detail);
      if (!field.find()) {
        continue;
      }
      String key = field.group(1);
      List<String> sent = write.fields().stream().filter(f -> f.key().equals(key))
          .flatMap(f -> f.values().stream()).toList();
      List<String> values = new ArrayList<>();
      Matcher value = REFUSED_VALUE.matcher(detail);
      while (value.find()) {
        if (sent.contains(value.group(1))) {
          values.add(value.group(1));
        }
      }
      if (!values.isEmpty()) {
        return new DeliveryResult.ValuesRejected(key, values, detail);
      }
    }
    return null;
  }
}
