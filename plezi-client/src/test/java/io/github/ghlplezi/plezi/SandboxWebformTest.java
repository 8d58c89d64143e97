package io.github.ghlplezi.plezi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ghlplezi.plezi.model.ContactFields;
import io.github.ghlplezi.plezi.model.UpsertResult;
import io.github.ghlplezi.plezi.model.WebformContact;
import io.github.ghlplezi.testkit.FakePlezi;
import io.github.ghlplezi.testkit.Sandbox;
import io.github.ghlplezi.testkit.SandboxExtension;
import io.github.ghlplezi.testkit.UnknownValueMode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The client against the testkit's stateful Plezi fake (wire protocol written from the vendor notes). */
@ExtendWith(SandboxExtension.class)
class SandboxWebformTest {

  static PleziClient client(FakePlezi plezi, PleziProtocol.MultiSelectEncoding encoding) {
    return PleziClient.builder().legacyBaseUrl(plezi.legacyBaseUrl()).apiKey(plezi.apiKey())
        .tenantCompany(plezi.tenantCompany()).protocol(PleziProtocol.builder().multiSelectEncoding(encoding).build()).build();
  }

  static WebformContact.Builder contact(FakePlezi plezi, String email) {
    return WebformContact.builder().email(email).formId(plezi.formId())
        .contentWebFormId(plezi.contentWebFormId());
  }

  static List<String> someOptions(FakePlezi plezi, int n) {
    List<String> options = plezi.fieldOptions(plezi.tagFieldKey());
    assertTrue(options.size() >= n, "seeded options: " + options);
    return options.subList(0, n);
  }

  @Test
  void creates_then_updates_and_replaces_multi_select_values_in_brackets(FakePlezi plezi) {
    PleziClient client = client(plezi, PleziProtocol.MultiSelectEncoding.BRACKETS);
    List<String> options = someOptions(plezi, 3);

    UpsertResult first = client.contacts().upsertFromWebform(contact(plezi, "owner@example.com")
        .firstName("Ada")
        .fields(ContactFields.builder().multiSelect(plezi.tagFieldKey(), options.subList(0, 2)).build())
        .keepMultipleSelectValues(false).build());
    UpsertResult second = client.contacts().upsertFromWebform(contact(plezi, "owner@example.com")
        .fields(ContactFields.builder().multiSelect(plezi.tagFieldKey(), options.subList(2, 3)).build())
        .keepMultipleSelectValues(false).build());

    assertTrue(first.created());
    assertTrue(first.contactId().isPresent());
    assertFalse(second.created());
    assertEquals(200, second.status());
    assertEquals(first.contactId(), second.contactId());
    assertEquals(options.subList(2, 3),
        plezi.contact("owner@example.com").orElseThrow().fields().get(plezi.tagFieldKey()));
    assertEquals(List.of("Ada"),
        plezi.contact("owner@example.com").orElseThrow().fields().get("first_name"));
  }

  @Test
  void merges_multi_select_values_in_comma_encoding_when_asked(FakePlezi plezi) {
    PleziClient client = client(plezi, PleziProtocol.MultiSelectEncoding.COMMA);
    List<String> options = someOptions(plezi, 3);

    client.contacts().upsertFromWebform(contact(plezi, "merge@example.com")
        .fields(ContactFields.builder().multiSelect(plezi.tagFieldKey(), options.subList(0, 2)).build())
        .build());
    client.contacts().upsertFromWebform(contact(plezi, "merge@example.com")
        .fields(ContactFields.builder().multiSelect(plezi.tagFieldKey(), options.subList(1, 3)).build())
        .keepMultipleSelectValues(true).build());

    assertEquals(options, plezi.contact("merge@example.com").orElseThrow().fields()
        .get(plezi.tagFieldKey()));
    assertEquals(2, plezi.writeCount("merge@example.com"));
  }

  @Test
  void an_empty_selection_clears_the_field(FakePlezi plezi) {
    PleziClient client = client(plezi, PleziProtocol.MultiSelectEncoding.BRACKETS);
    client.contacts().upsertFromWebform(contact(plezi, "clear@example.com")
        .fields(ContactFields.builder().multiSelect(plezi.tagFieldKey(), someOptions(plezi, 1)).build())
        .build());
    assertEquals(someOptions(plezi, 1), plezi.contact("clear@example.com").orElseThrow().fields()
        .get(plezi.tagFieldKey()), "the field holds a value before it is cleared");

    client.contacts().upsertFromWebform(contact(plezi, "clear@example.com")
        .fields(ContactFields.builder().multiSelect(plezi.tagFieldKey(), List.of()).build())
        .keepMultipleSelectValues(false).build());

    assertEquals(List.of(), plezi.contact("clear@example.com").orElseThrow().fields()
        .get(plezi.tagFieldKey()));
  }

  @Test
  void wrong_credentials_are_an_authentication_failure_that_writes_nothing(FakePlezi plezi) {
    PleziClient client = PleziClient.builder().legacyBaseUrl(plezi.legacyBaseUrl())
        .apiKey("wrong-key-000").tenantCompany(plezi.tenantCompany()).build();

    PleziAuthenticationException e = assertThrows(PleziAuthenticationException.class,
        () -> client.contacts().upsertFromWebform(contact(plezi, "nobody@example.com").build()));

    assertEquals(401, e.status());
    assertFalse(e.getMessage().contains("wrong-key-000"));
    assertTrue(plezi.contact("nobody@example.com").isEmpty());
  }

  @Test
  void an_unknown_form_is_not_found(FakePlezi plezi) {
    PleziClient client = client(plezi, PleziProtocol.MultiSelectEncoding.BRACKETS);

    PleziNotFoundException e = assertThrows(PleziNotFoundException.class,
        () -> client.contacts().upsertFromWebform(WebformContact.builder()
            .email("ghost@example.com").formId("000000000000000000000000")
            .contentWebFormId(plezi.contentWebFormId()).build()));

    assertTrue(e.vendorMessage().orElseThrow().contains("Form not found"), e.getMessage());
  }

  @Test
  void an_unknown_option_rejected_by_plezi_becomes_a_validation_exception() {
    try (Sandbox sandbox = Sandbox.builder().unknownValueMode(UnknownValueMode.REJECT_422).start()) {
      FakePlezi plezi = sandbox.plezi();
      PleziClient client = client(plezi, PleziProtocol.MultiSelectEncoding.BRACKETS);

      PleziValidationException e = assertThrows(PleziValidationException.class,
          () -> client.contacts().upsertFromWebform(contact(plezi, "x@example.com")
              .fields(ContactFields.builder().multiSelect(plezi.tagFieldKey(), "no-such-option")
                  .build()).build()));

      assertEquals(422, e.status());
      assertTrue(e.getMessage().contains("no-such-option"), e.getMessage());
    }
  }
}
