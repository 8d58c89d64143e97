package io.github.ghlplezi.examples;

import io.github.ghlplezi.notify.digest.DigestAssembler;
import io.github.ghlplezi.notify.digest.DigestRecipient;
import io.github.ghlplezi.notify.digest.DigestService;
import io.github.ghlplezi.notify.digest.DigestWeek;
import io.github.ghlplezi.notify.digest.FileDigestSink;
import io.github.ghlplezi.notify.digest.InMemoryDigestClaimStore;
import io.github.ghlplezi.notify.digest.RenderedDigest;
import io.github.ghlplezi.sync.LocationMapping;
import io.github.ghlplezi.sync.events.DeadLetter;
import io.github.ghlplezi.sync.events.EventType;
import io.github.ghlplezi.sync.events.SyncEvent;
import io.github.ghlplezi.sync.stats.SnapshotCommit;
import io.github.ghlplezi.sync.stats.StatPoint;
import io.github.ghlplezi.sync.store.InMemoryStatisticsStore;
import io.github.ghlplezi.sync.store.InMemorySyncStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Renders a sample weekly digest without any server: fills in-memory stores with four weeks of
 * plausible statistics and a week of events for three client locations, previews the digest of the
 * last complete week and writes it with the file sink ({@code digest.html}, {@code digest.txt},
 * {@code subject.txt}, one {@code chart-N.png} per location).
 *
 * <p>Run: {@code java -cp examples/target/sandbox-demo.jar io.github.ghlplezi.examples.DigestPreviewExample [directory]}
 * (default directory {@code target/digest-preview}).
 */
public final class DigestPreviewExample {

  private DigestPreviewExample() {
  }

  /**
   * Writes the sample digest.
   *
   * @param args an optional output directory
   * @throws IOException when the files cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path out = Path.of(args.length > 0 ? args[0] : "target/digest-preview");
    DigestWeek week = DigestWeek.parse("2026-W47");
    InMemoryStatisticsStore stats = new InMemoryStatisticsStore();
    InMemorySyncStore events = new InMemorySyncStore();
    Random random = new Random(47);
    fill(stats, events, "ve9EPM428h8vShlRW1KT", 180, 1.18, week, random);
    fill(stats, events, "k2LqP0d7sW1mZc9Hn3Xa", 95, 0.86, week, random);
    fill(stats, events, "Rt5Yb8Nq2Vc4Lm7Kp0Sd", 40, 1.02, week, random);
    LocalDate monday = week.monday();
    tag(events, "ve9EPM428h8vShlRW1KT", monday.plusDays(1), EventType.TAG_CREATED, "created t-81 'Black Friday'");
    tag(events, "ve9EPM428h8vShlRW1KT", monday.plusDays(3), EventType.TAG_RENAMED,
        "renamed t-12 'Newsletter' -> 'Newsletter hebdo'");
    tag(events, "k2LqP0d7sW1mZc9Hn3Xa", monday.plusDays(2), EventType.TAG_DELETED, "deleted t-40 'Été 2026'");
    events.append(List.of(SyncEvent.of(at(monday.plusDays(4), 10), "alerts", "k2LqP0d7sW1mZc9Hn3Xa",
        EventType.ALERT_RAISED, "engagement-wow:k2LqP0d7sW1mZc9Hn3Xa:1 Engagement down 14 % week over week")));
    String reason = "DELIVER PERMANENT status=422: option 'black-friday' is not allowed";
    DeadLetter letter = events.addDeadLetter(new DeadLetter(0, at(monday.plusDays(5), 6), "run-sat",
        new LocationMapping("Rt5Yb8Nq2Vc4Lm7Kp0Sd", "marketing@garage-dupont.example"), reason, Optional.empty()));
    events.append(List.of(
        SyncEvent.of(at(monday.plusDays(5), 6), "run-sat", "Rt5Yb8Nq2Vc4Lm7Kp0Sd", EventType.LOCATION_FAILED, reason),
        SyncEvent.of(at(monday.plusDays(5), 6), "run-sat", "Rt5Yb8Nq2Vc4Lm7Kp0Sd", EventType.DEAD_LETTER,
            "dead letter " + letter.id() + ": " + reason)));

    DigestRecipient manager = DigestRecipient.builder("account-manager-1", "claire@agency.example")
        .location("ve9EPM428h8vShlRW1KT", "Boulangerie Martin")
        .location("k2LqP0d7sW1mZc9Hn3Xa", "Studio Yoga Lumière")
        .location("Rt5Yb8Nq2Vc4Lm7Kp0Sd", "Garage Dupont & Fils")
        .zone(ZoneId.of("Europe/Paris")).build();
    FileDigestSink files = new FileDigestSink(out);
    DigestService service = DigestService.builder(new DigestAssembler(stats, events), new InMemoryDigestClaimStore())
        .recipient(manager).sink(files).build();
    RenderedDigest digest = service.preview(manager, week);
    Path folder = files.write(digest);
    System.out.println("subject: " + digest.subject());
    try (Stream<Path> written = Files.list(folder)) {
      written.sorted().forEach(f -> System.out.println("wrote " + f));
    }
  }

  /** 28 days ending on the week's Sunday: a Facebook page and an Instagram account; this week is {@code trend} times last week. */
  private static void fill(InMemoryStatisticsStore stats, InMemorySyncStore events, String location, int likesPerDay,
      double trend, DigestWeek week, Random random) {
    LocalDate last = week.sunday();
    List<StatPoint> points = new ArrayList<>();
    List<SyncEvent> synced = new ArrayList<>();
    double[] weekday = {0.9, 0.95, 1.0, 1.05, 1.1, 1.35, 1.2};
    for (int d = 27; d >= 0; d--) {
      LocalDate day = last.minusDays(d);
      double factor = d < 7 ? trend : 1.0;
      double base = likesPerDay * factor * weekday[day.getDayOfWeek().getValue() - 1];
      for (String platform : List.of("facebook", "instagram")) {
        double share = platform.equals("facebook") ? 0.45 : 0.55;
        double likes = Math.round(base * share * (0.9 + 0.2 * random.nextDouble()));
        points.add(new StatPoint(location, platform + "-" + location.substring(0, 4), platform, "likes", day, likes));
        points.add(new StatPoint(location, platform + "-" + location.substring(0, 4), platform, "impressions", day,
            Math.round(likes * (22 + 6 * random.nextDouble()))));
        points.add(new StatPoint(location, platform + "-" + location.substring(0, 4), platform, "posts", day,
            random.nextInt(3)));
        points.add(new StatPoint(location, platform + "-" + location.substring(0, 4), platform, "followers", day,
            Math.round(likesPerDay * 12 * share + (27 - d) * likesPerDay / 40.0 * factor)));
      }
      synced.add(SyncEvent.of(at(day, 5), "run-" + day, location, EventType.LOCATION_SYNCED, "changes=0 written=false"));
    }
    stats.record(new SnapshotCommit(location, last, points, null, at(last.plusDays(1), 5)));
    events.append(synced);
  }

  private static void tag(InMemorySyncStore events, String location, LocalDate day, EventType type, String detail) {
    events.append(List.of(SyncEvent.of(at(day, 5), "run-" + day, location, type, detail)));
  }

  private static Instant at(LocalDate day, int hourUtc) {
    return day.atTime(hourUtc, 0).toInstant(ZoneOffset.UTC);
  }
}
