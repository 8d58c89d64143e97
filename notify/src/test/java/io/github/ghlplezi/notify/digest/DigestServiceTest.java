package io.github.ghlplezi.notify.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ghlplezi.sync.store.InMemoryStatisticsStore;
import io.github.ghlplezi.sync.store.InMemorySyncStore;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DigestServiceTest {

  private static final DigestWeek WEEK = DigestWeek.parse("2026-W47");
  private static final Instant DUE = Instant.parse("2026-11-23T08:00:00Z");

  /** Fails as told, then delivers. */
  private static final class ScriptedSink implements DigestSink {
    private final String name;
    private final Deque<DigestDeliveryException> failures = new ArrayDeque<>();
    private final List<RenderedDigest> delivered = new ArrayList<>();

    ScriptedSink(String name, DigestDeliveryException... failures) {
      this.name = name;
      this.failures.addAll(List.of(failures));
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public void deliver(RenderedDigest digest) throws DigestDeliveryException {
      if (!failures.isEmpty()) {
        throw failures.poll();
      }
      delivered.add(digest);
    }
  }

  private final InMemoryDigestClaimStore claims = new InMemoryDigestClaimStore();
  private final DigestRecipient alice = DigestRecipient.builder("alice", "alice@agency.example")
      .location("loc-a", "Client One").build();

  private DigestService service(DigestSink... sinks) {
    InMemoryStatisticsStore stats = new InMemoryStatisticsStore();
    InMemorySyncStore events = new InMemorySyncStore();
    Fixtures.fill(stats, events, List.of("loc-a"), WEEK.sunday(), 14);
    DigestService.Builder builder = DigestService.builder(new DigestAssembler(stats, events), claims).recipient(alice);
    for (DigestSink sink : sinks) {
      builder.sink(sink);
    }
    return builder.build();
  }

  @Test
  void a_retriable_failure_is_sent_by_the_next_call_and_the_other_sink_is_not_repeated() {
    ScriptedSink flaky = new ScriptedSink("webhook", new DigestDeliveryException("503", true, null));
    ScriptedSink file = new ScriptedSink("file");
    DigestService service = service(file, flaky);
    assertEquals(List.of(), service.sendDue(DUE.minusSeconds(1)), "nothing due before Monday 08:00");
    List<DigestOutcome> first = service.sendDue(DUE);
    assertEquals(List.of(DigestOutcome.Result.SENT, DigestOutcome.Result.FAILED_RETRIABLE),
        first.stream().map(DigestOutcome::result).toList());
    List<DigestOutcome> second = service.sendDue(DUE.plusSeconds(300));
    assertEquals(List.of(DigestOutcome.Result.ALREADY_CLAIMED, DigestOutcome.Result.SENT),
        second.stream().map(DigestOutcome::result).toList());
    assertEquals(1, file.delivered.size());
    assertEquals(1, flaky.delivered.size());
    assertEquals(WEEK, flaky.delivered.get(0).week());
  }

  @Test
  void a_permanent_failure_is_not_tried_again() {
    ScriptedSink refused = new ScriptedSink("email", new DigestDeliveryException("550 no such user", false, null));
    DigestService service = service(refused);
    assertEquals(DigestOutcome.Result.FAILED_PERMANENT, service.sendDue(DUE).get(0).result());
    assertEquals(DigestOutcome.Result.ALREADY_CLAIMED, service.sendDue(DUE.plusSeconds(3600)).get(0).result());
    assertEquals(0, refused.delivered.size());
    assertEquals(Optional.of(DigestClaim.Status.ABANDONED), claims.status(new DigestClaim("alice", WEEK, "email")));
  }

  @Test
  void a_preview_renders_any_week_without_claiming_or_sending() {
    ScriptedSink sink = new ScriptedSink("email");
    DigestService service = service(sink);
    RenderedDigest preview = service.preview(alice, WEEK);
    assertTrue(preview.html().contains("Client One"));
    assertEquals(0, sink.delivered.size());
    assertEquals(Optional.empty(), claims.status(new DigestClaim("alice", WEEK, "email")));
    assertEquals(DigestOutcome.Result.SENT, service.sendDue(DUE).get(0).result(), "the preview took nothing away");
  }

  @Test
  void two_sinks_of_one_name_are_refused() {
    assertThrows(IllegalStateException.class, () -> service(new ScriptedSink("email"), new ScriptedSink("email")));
  }
}
