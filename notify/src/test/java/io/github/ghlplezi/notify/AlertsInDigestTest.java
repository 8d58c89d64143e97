package io.github.ghlplezi.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.github.ghlplezi.notify.digest.AlertLine;
import io.github.ghlplezi.notify.digest.Digest;
import io.github.ghlplezi.notify.digest.DigestAssembler;
import io.github.ghlplezi.notify.digest.DigestRecipient;
import io.github.ghlplezi.notify.digest.DigestWeek;
import io.github.ghlplezi.notify.mail.EmailAlertSink;
import io.github.ghlplezi.notify.mail.SmtpSettings;
import io.github.ghlplezi.sync.alert.Alert;
import io.github.ghlplezi.sync.alert.AlertDispatcher;
import io.github.ghlplezi.sync.alert.AlertKind;
import io.github.ghlplezi.sync.alert.InMemoryAlertStore;
import io.github.ghlplezi.sync.store.InMemoryStatisticsStore;
import io.github.ghlplezi.sync.store.InMemorySyncStore;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The e-mail sink behind sync-core's dispatcher, and the digest reading what the dispatcher recorded. */
class AlertsInDigestTest {

  @RegisterExtension
  static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  @Test
  void an_alert_dispatched_by_e_mail_is_listed_in_that_weeks_digest() throws Exception {
    InMemorySyncStore events = new InMemorySyncStore();
    AlertDispatcher dispatcher = AlertDispatcher.builder().store(new InMemoryAlertStore()).eventLog(events)
        .sink(new EmailAlertSink(SmtpSettings.builder("127.0.0.1", SMTP.getSmtp().getPort(), "alerts@agency.example")
            .build(), List.of("ops@agency.example")))
        .build();
    Alert alert = new Alert("engagement-drop:loc-1:1", AlertKind.THRESHOLD, "loc-1",
        Instant.parse("2026-11-18T10:00:00Z"), "Engagement of Client One fell below 100",
        "7-day likes are 84.", Map.of("value", "84"));
    assertTrue(dispatcher.dispatch(alert).allDelivered());
    assertEquals(1, SMTP.getReceivedMessages().length);
    assertEquals(alert.key(), SMTP.getReceivedMessages()[0].getHeader(EmailAlertSink.KEY_HEADER, null));

    Digest digest = new DigestAssembler(new InMemoryStatisticsStore(), events).assemble(
        DigestRecipient.builder("claire", "claire@agency.example").location("loc-1", "Client One").build(),
        DigestWeek.parse("2026-W47"), Instant.parse("2026-11-23T08:00:00Z"));
    List<AlertLine> alerts = digest.locations().get(0).alerts();
    assertEquals(1, alerts.size());
    assertEquals(alert.key(), alerts.get(0).key());
    assertEquals(alert.title(), alerts.get(0).title());
  }
}
