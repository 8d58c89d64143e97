package io.github.ghlplezi.notify.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.github.ghlplezi.notify.mail.SmtpSettings;
import io.github.ghlplezi.sync.store.JdbcStatisticsStore;
import io.github.ghlplezi.sync.store.JdbcSyncStore;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.imageio.ImageIO;
import org.h2.jdbcx.JdbcDataSource;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Proof 2 of issue 13: over two simulated weeks (an hourly clock), two replicas sharing one H2
 * database call {@code sendDue} concurrently and repeatedly, restarting every day, one of them
 * dying mid-send once: GreenMail, a real SMTP server, receives exactly one digest per recipient
 * and week; each one's HTML parses, names every location of its recipient and shows each chart
 * as an inline PNG part.
 */
class DigestOnceProofTest {

  @RegisterExtension
  static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  private static final DigestWeek FIRST = DigestWeek.parse("2026-W47");
  private static final DigestWeek SECOND = FIRST.next();

  private final List<DigestRecipient> recipients = List.of(
      DigestRecipient.builder("alice", "alice@agency.example").location("loc-1", "Client One")
          .location("loc-2", "Client Two").build(),
      DigestRecipient.builder("bob", "bob@agency.example").location("loc-2", "Client Two")
          .location("loc-3", "Client Three").zone(ZoneId.of("America/New_York")).build(),
      DigestRecipient.builder("carol", "carol@agency.example").location("loc-1", "Client One")
          .location("loc-3", "Client Three").location("loc-4", "Client Four & Sons").zone(ZoneId.of("Asia/Tokyo")).build());

  @Test
  void two_replicas_send_exactly_one_digest_per_recipient_and_week_over_two_weeks() throws Exception {
    JdbcDataSource db = new JdbcDataSource();
    db.setURL("jdbc:h2:mem:digest-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    JdbcStatisticsStore stats = new JdbcStatisticsStore(db).createSchemaIfMissing();
    JdbcSyncStore events = new JdbcSyncStore(db).createSchemaIfMissing();
    Fixtures.fill(stats, events, List.of("loc-1", "loc-2", "loc-3", "loc-4"), SECOND.sunday(), 28);
    Fixtures.alert(events, "loc-3", SECOND.monday().plusDays(1), "threshold:loc-3:likes Engagement doubled");
    new JdbcDigestClaimStore(db).createSchemaIfMissing();

    // A replica took alice's second digest at its send time and died before sending it.
    Instant aliceSecond = SECOND.next().monday().atStartOfDay(ZoneId.of("UTC")).plusHours(8).toInstant();
    assertTrue(new JdbcDigestClaimStore(db).claim(new DigestClaim("alice", SECOND, "email"), "replica-that-died",
        aliceSecond, Duration.ofMinutes(15)));

    SmtpSettings smtp = SmtpSettings.builder("127.0.0.1", SMTP.getSmtp().getPort(), "digest@ghl-plezi.example")
        .build();
    // Monday 06:00 UTC: in New York still Monday 01:00 (no digest due yet), in Tokyo 15:00 (the first one due).
    Instant start = FIRST.next().monday().atTime(6, 0).atZone(ZoneId.of("UTC")).toInstant();
    // Tokyo's Monday 08:00 of the third week is Sunday 23:00 UTC: stop before it.
    Instant end = SECOND.next().sunday().atTime(22, 0).atZone(ZoneId.of("UTC")).toInstant();
    List<DigestOutcome> outcomes = Collections.synchronizedList(new ArrayList<>());
    Map<String, Instant> sentAt = Collections.synchronizedMap(new TreeMap<>());
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      DigestService[] replicas = null;
      for (Instant now = start; now.isBefore(end); now = now.plus(Duration.ofHours(1))) {
        if (replicas == null || now.atZone(ZoneId.of("UTC")).getHour() == 0) {
          replicas = new DigestService[] {replica(db, stats, events, smtp, "a-" + now), replica(db, stats, events, smtp,
              "b-" + now)};  // every day both replicas restart
        }
        CyclicBarrier together = new CyclicBarrier(2);
        List<Callable<List<DigestOutcome>>> calls = new ArrayList<>();
        for (DigestService replica : replicas) {
          Instant tick = now;
          calls.add(() -> {
            together.await();
            List<DigestOutcome> done = new ArrayList<>(replica.sendDue(tick));
            done.addAll(replica.sendDue(tick));
            return done;
          });
        }
        for (Future<List<DigestOutcome>> result : pool.invokeAll(calls)) {
          for (DigestOutcome outcome : result.get()) {
            outcomes.add(outcome);
            if (outcome.result() == DigestOutcome.Result.SENT) {
              sentAt.put(outcome.recipientId() + "/" + outcome.week(), now);
            }
          }
        }
      }
    } finally {
      pool.shutdownNow();
    }

    assertTrue(outcomes.stream().noneMatch(o -> o.result().name().startsWith("FAILED")), outcomes.toString());
    assertEquals(6, outcomes.stream().filter(o -> o.result() == DigestOutcome.Result.SENT).count(), sentAt.toString());
    assertEquals(aliceSecond.plus(Duration.ofHours(1)), sentAt.get("alice/" + SECOND),
        "the dead replica's claim is taken again once its lease ran out");

    MimeMessage[] received = SMTP.getReceivedMessages();
    Map<String, Integer> perRecipientAndWeek = new TreeMap<>();
    for (MimeMessage message : received) {
      String key = message.getHeader("X-Ghl-Plezi-Digest", null);
      assertNotNull(key);
      perRecipientAndWeek.merge(key, 1, Integer::sum);
      DigestRecipient recipient = recipients.stream().filter(r -> key.startsWith(r.id() + "/")).findFirst().orElseThrow();
      assertEquals(recipient.email(), message.getRecipients(Message.RecipientType.TO)[0].toString());
      checkContent(message, recipient);
    }
    Map<String, Integer> expected = new TreeMap<>();
    for (DigestRecipient r : recipients) {
      expected.put(r.id() + "/" + FIRST, 1);
      expected.put(r.id() + "/" + SECOND, 1);
    }
    assertEquals(expected, perRecipientAndWeek, "exactly one digest per recipient and week");
    System.out.printf("DigestOnceProofTest: %d ticks x 2 replicas x 2 calls, %d outcomes, %d e-mails received: %s%n",
        Duration.between(start, end).toHours(), outcomes.size(), received.length, perRecipientAndWeek);
  }

  private DigestService replica(JdbcDataSource db, JdbcStatisticsStore stats, JdbcSyncStore events, SmtpSettings smtp,
      String owner) {
    return DigestService.builder(new DigestAssembler(stats, events), new JdbcDigestClaimStore(db))
        .recipients(recipients).sink(new EmailDigestSink(smtp)).owner(owner).lease(Duration.ofMinutes(15)).build();
  }

  private static void checkContent(MimeMessage message, DigestRecipient recipient) throws Exception {
    MimeMultipart alternative = (MimeMultipart) message.getContent();
    assertTrue(alternative.getContentType().startsWith("multipart/alternative"), alternative.getContentType());
    assertTrue(alternative.getBodyPart(0).isMimeType("text/plain"));
    String text = (String) alternative.getBodyPart(0).getContent();
    MimeMultipart related = (MimeMultipart) alternative.getBodyPart(1).getContent();
    assertTrue(related.getContentType().startsWith("multipart/related"), related.getContentType());
    BodyPart htmlPart = related.getBodyPart(0);
    assertTrue(htmlPart.isMimeType("text/html"));
    Document html = Jsoup.parse((String) htmlPart.getContent());
    Set<String> inline = new HashSet<>();
    for (int i = 1; i < related.getCount(); i++) {
      MimeBodyPart image = (MimeBodyPart) related.getBodyPart(i);
      assertTrue(image.isMimeType("image/png"), image.getContentType());
      assertEquals("inline", image.getDisposition());
      try (InputStream in = image.getInputStream()) {
        BufferedImage png = ImageIO.read(in);
        assertNotNull(png, "an inline part decodes as PNG");
        assertTrue(png.getWidth() > 100 && png.getHeight() > 80);
      }
      String cid = image.getContentID();
      inline.add(cid.substring(1, cid.length() - 1));
    }
    Set<String> referenced = new HashSet<>();
    for (String src : html.select("img").eachAttr("src")) {
      assertTrue(src.startsWith("cid:"), src);
      referenced.add(src.substring(4));
    }
    assertEquals(recipient.locations().size(), referenced.size(), "one chart per location");
    assertEquals(inline, referenced, "every cid: reference names an inline PNG part, and every part is shown");
    List<String> names = html.select("td.location h2").eachText();
    for (DigestLocation location : recipient.locations()) {
      assertTrue(names.contains(location.name()), location.name() + " in " + names);
      assertTrue(text.contains(location.name()), location.name() + " in the text part");
    }
    assertEquals(recipient.locations().size(), names.size());
  }
}
