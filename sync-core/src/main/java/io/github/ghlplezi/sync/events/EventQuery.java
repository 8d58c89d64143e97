package io.github.ghlplezi.sync.events;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A filter over the event log: location, time range [from, to) and types. Results come in append order.
 *
 * @param locationId only this location's events, or all
 * @param from the earliest time, inclusive
 * @param to the latest time, exclusive
 * @param types the types wanted (empty: every type)
 * @param limit at most this many events
 */
public record EventQuery(Optional<String> locationId, Instant from, Instant to, Set<EventType> types, int limit) {

  /**
   * Copies the set and checks the arguments.
   *
   * @param locationId only this location's events, or all
   * @param from the earliest time, inclusive
   * @param to the latest time, exclusive
   * @param types the types wanted (empty: every type)
   * @param limit at most this many events
   */
  public EventQuery {
    Objects.requireNonNull(locationId, "locationId");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    types = types.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(types));
    if (limit <= 0) {
      throw new IllegalArgumentException("limit must be positive");
    }
  }

  /**
   * Every event, up to 100,000.
   *
   * @return the unfiltered query
   */
  public static EventQuery all() {
    return new EventQuery(Optional.empty(), Instant.EPOCH, Instant.MAX, Set.of(), 100_000);
  }

  /**
   * This query for one location.
   *
   * @param id the location id
   * @return a copy restricted to that location
   */
  public EventQuery location(String id) {
    return new EventQuery(Optional.of(id), from, to, types, limit);
  }

  /**
   * This query for a time range [from, to).
   *
   * @param start the first instant included
   * @param end the first instant excluded
   * @return a copy restricted to that range
   */
  public EventQuery between(Instant start, Instant end) {
    return new EventQuery(locationId, start, end, types, limit);
  }

  /**
   * This query for some types.
   *
   * @param first a type to keep
   * @param more further types to keep
   * @return a copy restricted to those types
   */
  public EventQuery types(EventType first, EventType... more) {
    return new EventQuery(locationId, from, to, EnumSet.of(first, more), limit);
  }

  /**
   * This query with another limit.
   *
   * @param max the largest number of events returned
   * @return a copy with that limit
   */
  public EventQuery limit(int max) {
    return new EventQuery(locationId, from, to, types, max);
  }

  /**
   * Whether an event passes the filter.
   *
   * @param event an event
   * @return whether its location, time and type pass every filter of this query
   */
  public boolean matches(SyncEvent event) {
    return locationId.map(event.locationId()::equals).orElse(true)
        && !event.at().isBefore(from) && event.at().isBefore(to)
        && (types.isEmpty() || types.contains(event.type()));
  }
}
