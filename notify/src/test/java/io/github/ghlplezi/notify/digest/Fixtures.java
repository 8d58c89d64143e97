package io.github.ghlplezi.notify.digest;

import io.github.ghlplezi.sync.LocationMapping;
import io.github.ghlplezi.sync.events.DeadLetter;
import io.github.ghlplezi.sync.events.EventType;
import io.github.ghlplezi.sync.events.SyncEvent;
import io.github.ghlplezi.sync.stats.SnapshotCommit;
import io.github.ghlplezi.sync.stats.StatPoint;
import io.github.ghlplezi.sync.stats.StatisticsStore;
import io.github.ghlplezi.sync.store.SyncStore;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Statistics and events of a few locations, with values a test can compute by hand. */
final class Fixtures {

  private Fixtures() {
  }

  /** likes of a location on a day: 10 * (index + 1) + day of month; impressions 20 times that; one post a day. */
  static double likes(int index, LocalDate day) {
    return 10.0 * (index + 1) + day.getDayOfMonth();
  }

  /**
   * Fills the stores for {@code days} days ending on {@code lastDay}: one facebook account per
   * location, metrics likes, impressions, posts, followers; one successful sync event a day.
   */
  static void fill(StatisticsStore stats, SyncStore events, List<String> locations, LocalDate lastDay, int days) {
    for (int i = 0; i < locations.size(); i++) {
      String location = locations.get(i);
      List<StatPoint> points = new ArrayList<>();
      List<SyncEvent> synced = new ArrayList<>();
      for (int d = days - 1; d >= 0; d--) {
        LocalDate day = lastDay.minusDays(d);
        double likes = likes(i, day);
        points.add(new StatPoint(location, "fb-" + i, "facebook", "likes", day, likes));
        points.add(new StatPoint(location, "fb-" + i, "facebook", "impressions", day, likes * 20));
        points.add(new StatPoint(location, "fb-" + i, "facebook", "posts", day, 1));
        points.add(new StatPoint(location, "fb-" + i, "facebook", "followers", day, 1000 + days - d));
        synced.add(SyncEvent.of(at(day, 6), "run-" + day, location, EventType.LOCATION_SYNCED, "changes=0 written=false"));
      }
      stats.record(new SnapshotCommit(location, lastDay, points, null, at(lastDay, 7)));
      events.append(synced);
    }
  }

  static Instant at(LocalDate day, int hourUtc) {
    return day.atTime(hourUtc, 0).toInstant(ZoneOffset.UTC);
  }

  static void tagCreated(SyncStore events, String location, LocalDate day, String name) {
    events.append(List.of(SyncEvent.of(at(day, 9), "run-tags", location, EventType.TAG_CREATED,
        "created t-" + name + " '" + name + "'")));
  }

  static void alert(SyncStore events, String location, LocalDate day, String keyAndTitle) {
    events.append(List.of(SyncEvent.of(at(day, 10), "alerts", location, EventType.ALERT_RAISED, keyAndTitle)));
  }

  static void deadLetter(SyncStore events, String location, LocalDate day) {
    String reason = "DELIVER PERMANENT status=422: option refused";
    DeadLetter letter = events.addDeadLetter(new DeadLetter(0, at(day, 11), "run-dl", new LocationMapping(location,
        "contact@client.example"), reason, Optional.empty()));
    events.append(List.of(SyncEvent.of(at(day, 11), "run-dl", location, EventType.LOCATION_FAILED, reason),
        SyncEvent.of(at(day, 11), "run-dl", location, EventType.DEAD_LETTER, "dead letter " + letter.id() + ": " + reason)));
  }
}
