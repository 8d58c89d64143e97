package io.github.ghlplezi.notify.digest;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;

/**
 * What one recipient's digest of one week says, before rendering. Templates see it as {@code digest}.
 *
 * @param recipient the recipient
 * @param week the ISO week reported
 * @param from the week's start (Monday 00:00 in the recipient's zone)
 * @param to the week's end, exclusive (the next Monday 00:00)
 * @param generatedAt when it was assembled
 * @param locations each of the recipient's locations, in the recipient's order
 */
public record Digest(DigestRecipient recipient, DigestWeek week, ZonedDateTime from, ZonedDateTime to,
    Instant generatedAt, List<LocationDigest> locations) {

  /**
   * Copies the list and checks the fields.
   *
   * @param recipient the recipient
   * @param week the ISO week reported
   * @param from the week's start
   * @param to the week's end, exclusive
   * @param generatedAt when it was assembled
   * @param locations each of the recipient's locations
   */
  public Digest {
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(week, "week");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(generatedAt, "generatedAt");
    locations = List.copyOf(locations);
  }

  /**
   * The alerts of every location.
   *
   * @return how many alerts were raised during the week
   */
  public int alertCount() {
    return locations.stream().mapToInt(l -> l.alerts().size()).sum();
  }

  /**
   * The locations whose sync needs a look.
   *
   * @return how many locations are not {@link SyncHealth.Status#HEALTHY}
   */
  public long unhealthyCount() {
    return locations.stream().filter(l -> l.health().status() != SyncHealth.Status.HEALTHY).count();
  }
}
