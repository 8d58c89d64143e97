package io.github.ghlplezi.sync.store;

import io.github.ghlplezi.sync.stats.Series;
import io.github.ghlplezi.sync.stats.SeriesQuery;
import io.github.ghlplezi.sync.stats.SnapshotCommit;
import io.github.ghlplezi.sync.stats.StatGap;
import io.github.ghlplezi.sync.stats.StatPoint;
import io.github.ghlplezi.sync.stats.StatisticsStore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** A {@link StatisticsStore} in memory, for tests and one-shot tools. Thread-safe. */
public final class InMemoryStatisticsStore implements StatisticsStore {

  private record Key(String locationId, String accountId, String platform, String metric, LocalDate day) {
  }

  private final Map<String, Map<Key, StatPoint>> points = new HashMap<>();
  private final Map<String, LocalDate> lastRead = new HashMap<>();
  private final Map<String, TreeMap<LocalDate, StatGap>> gaps = new HashMap<>();

  @Override
  public synchronized void record(SnapshotCommit commit) {
    Map<Key, StatPoint> location = points.computeIfAbsent(commit.locationId(), k -> new HashMap<>());
    for (StatPoint p : commit.points()) {
      location.put(new Key(p.locationId(), p.accountId(), p.platform(), p.metric(), p.day()), p);
    }
    lastRead.merge(commit.locationId(), commit.lastDay(), (a, b) -> a.isAfter(b) ? a : b);
    if (commit.gap() != null) {
      gaps.computeIfAbsent(commit.locationId(), k -> new TreeMap<>()).put(commit.gap().firstDay(), commit.gap());
    }
  }

  @Override
  public synchronized Optional<LocalDate> lastReadDay(String locationId) {
    return Optional.ofNullable(lastRead.get(locationId));
  }

  @Override
  public synchronized Series series(SeriesQuery query) {
    List<StatPoint> found = new ArrayList<>();
    for (StatPoint p : points.getOrDefault(query.locationId(), Map.of()).values()) {
      if (query.matches(p)) {
        found.add(p);
      }
    }
    return new Series(query, found);
  }

  @Override
  public synchronized List<StatGap> gaps(String locationId) {
    List<StatGap> out = new ArrayList<>(gaps.getOrDefault(locationId, new TreeMap<>()).values());
    out.sort(Comparator.comparing(StatGap::firstDay));
    return out;
  }
}
