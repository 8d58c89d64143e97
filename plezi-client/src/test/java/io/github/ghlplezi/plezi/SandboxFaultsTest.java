package io.github.ghlplezi.plezi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ghlplezi.plezi.model.WebformContact;
import io.github.ghlplezi.testkit.FakePlezi;
import io.github.ghlplezi.testkit.Fault;
import io.github.ghlplezi.testkit.FaultRule;
import io.github.ghlplezi.testkit.SandboxExtension;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Transient failures injected by the testkit's Plezi fake reach the caller as retriable exceptions. */
@ExtendWith(SandboxExtension.class)
class SandboxFaultsTest {

  private FakePlezi plezi;

  @AfterEach
  void clearFaults() {
    if (plezi != null) {
      plezi.faults().clear();
    }
  }

  PleziContacts contacts(FakePlezi plezi) {
    this.plezi = plezi;
    return PleziClient.builder().legacyBaseUrl(plezi.legacyBaseUrl()).apiKey(plezi.apiKey())
        .tenantCompany(plezi.tenantCompany()).build().contacts();
  }

  WebformContact contact(FakePlezi plezi, String email) {
    return WebformContact.builder().email(email).formId(plezi.formId())
        .contentWebFormId(plezi.contentWebFormId()).build();
  }

  @Test
  void a_429_with_retry_after_is_a_retriable_rate_limited_exception(FakePlezi plezi) {
    PleziContacts contacts = contacts(plezi);
    plezi.faults().add(FaultRule.onPath(".*create_contact_after_webform.*").times(1)
        .fault(Fault.tooManyRequests(Duration.ofSeconds(30))));

    PleziRateLimitedException e = assertThrows(PleziRateLimitedException.class,
        () -> contacts.upsertFromWebform(contact(plezi, "rate@example.com")));

    assertEquals(Duration.ofSeconds(30), e.retryAfter().orElseThrow());
    assertTrue(e.retriable());
    assertTrue(contacts.upsertFromWebform(contact(plezi, "rate@example.com")).created(),
        "the next attempt goes through");
  }

  @Test
  void a_503_is_a_retriable_server_exception(FakePlezi plezi) {
    PleziContacts contacts = contacts(plezi);
    plezi.faults().add(FaultRule.always().times(1).fault(Fault.status(503)));

    PleziServerException e = assertThrows(PleziServerException.class,
        () -> contacts.upsertFromWebform(contact(plezi, "server@example.com")));
    assertEquals(503, e.status());
    assertTrue(e.retriable());
  }

  @Test
  void a_reset_connection_is_a_retriable_transport_exception(FakePlezi plezi) {
    PleziContacts contacts = contacts(plezi);
    plezi.faults().add(FaultRule.always().times(1).fault(Fault.connectionReset()));

    PleziTransportException e = assertThrows(PleziTransportException.class,
        () -> contacts.upsertFromWebform(contact(plezi, "reset@example.com")));
    assertEquals(0, e.status());
  }

  @Test
  void a_response_lost_after_the_write_is_reported_not_silently_repeated(FakePlezi plezi) {
    PleziContacts contacts = contacts(plezi);
    plezi.faults().add(FaultRule.always().times(1).fault(Fault.applyThenDrop()));

    assertThrows(PleziTransportException.class,
        () -> contacts.upsertFromWebform(contact(plezi, "drop@example.com")));

    assertEquals(1, plezi.writeCount("drop@example.com"),
        "the write happened once; the client did not send it again on its own");
  }
}
