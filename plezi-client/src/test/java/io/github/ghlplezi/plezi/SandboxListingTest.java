package io.github.ghlplezi.plezi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ghlplezi.plezi.model.Contact;
import io.github.ghlplezi.plezi.model.ContactFields;
import io.github.ghlplezi.plezi.model.ContactList;
import io.github.ghlplezi.plezi.model.NewContact;
import io.github.ghlplezi.plezi.model.UpsertResult;
import io.github.ghlplezi.plezi.model.WebformContact;
import io.github.ghlplezi.testkit.FakePlezi;
import io.github.ghlplezi.testkit.PleziList;
import io.github.ghlplezi.testkit.SandboxExtension;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Contact creation and the legacy listings against the testkit's Plezi fake. */
@ExtendWith(SandboxExtension.class)
class SandboxListingTest {

  static PleziClient client(FakePlezi plezi, PleziProtocol.ContactWriteFormat format) {
    return PleziClient.builder().legacyBaseUrl(plezi.legacyBaseUrl()).apiKey(plezi.apiKey())
        .tenantCompany(plezi.tenantCompany()).protocol(PleziProtocol.builder().contactWriteFormat(format).build()).build();
  }

  @Test
  void creates_contacts_with_form_and_json_bodies(FakePlezi plezi) {
    String option = plezi.fieldOptions(plezi.tagFieldKey()).get(0);
    for (PleziProtocol.ContactWriteFormat format : PleziProtocol.ContactWriteFormat.values()) {
      String email = "created-" + format.name().toLowerCase() + "@example.com";
      UpsertResult r = client(plezi, format).contacts().create(NewContact.builder().email(email)
          .firstName("Grace")
          .fields(ContactFields.builder().multiSelect(plezi.tagFieldKey(), option).build())
          .build());

      assertTrue(r.created(), format.name());
      assertEquals(List.of(option),
          plezi.contact(email).orElseThrow().fields().get(plezi.tagFieldKey()), format.name());
      assertEquals(List.of("Grace"), plezi.contact(email).orElseThrow().fields().get("first_name"));
    }
  }

  @Test
  void streams_every_contact_across_pages_with_custom_fields(FakePlezi plezi) {
    PleziClient client = client(plezi, PleziProtocol.ContactWriteFormat.FORM);
    List<String> options = plezi.fieldOptions(plezi.tagFieldKey()).subList(0, 2);
    for (int i = 0; i < 5; i++) {
      client.contacts().upsertFromWebform(WebformContact.builder()
          .email("listed-" + i + "@example.com").formId(plezi.formId())
          .contentWebFormId(plezi.contentWebFormId())
          .fields(ContactFields.builder().multiSelect(plezi.tagFieldKey(), options).build())
          .build());
    }

    Map<String, Contact> byEmail = client.contacts().stream(2)
        .collect(Collectors.toMap(c -> c.email().orElseThrow(), Function.identity()));

    assertEquals(plezi.contacts().size(), byEmail.size());
    assertEquals(byEmail.keySet(), PleziClient.builder().legacyBaseUrl(plezi.legacyBaseUrl())
        .apiKey(plezi.apiKey()).tenantCompany(plezi.tenantCompany())
        .protocol(PleziProtocol.builder().listingPaging(PleziProtocol.ListingPaging.PAGE_PER_PAGE).build())
        .build().contacts().stream(2)
        .map(c -> c.email().orElseThrow()).collect(Collectors.toSet()), "page/per_page style");
    assertEquals(options, byEmail.get("listed-3@example.com").fields().get(plezi.tagFieldKey()));
    assertTrue(byEmail.get("listed-3@example.com").createdAt().isPresent());
  }

  @Test
  void reads_every_contact_list(FakePlezi plezi) {
    List<ContactList> lists = client(plezi, PleziProtocol.ContactWriteFormat.FORM).contactLists().list();

    assertEquals(plezi.lists().stream().map(PleziList::name).collect(Collectors.toList()),
        lists.stream().map(l -> l.name().orElseThrow()).collect(Collectors.toList()));
    assertEquals(plezi.lists().stream().map(PleziList::id).collect(Collectors.toList()),
        lists.stream().map(ContactList::id).collect(Collectors.toList()));
  }
}
