package io.github.ghlplezi.notify.digest;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Who receives a digest, about which locations, in which time zone and language.
 *
 * @param id a stable id (the claim that makes the digest go out once per week is kept under it)
 * @param email the address the e-mail sink sends to
 * @param locations the locations of the digest, in the order shown
 * @param zone the recipient's time zone: the week runs from Monday 00:00 to Monday 00:00 there,
 *     and the schedule's day and hour are read there
 * @param locale the language and number format of the digest
 */
public record DigestRecipient(String id, String email, List<DigestLocation> locations, ZoneId zone, Locale locale) {

  /**
   * Copies the list and checks the fields.
   *
   * @param id a stable id
   * @param email the address the e-mail sink sends to
   * @param locations the locations of the digest, in the order shown
   * @param zone the recipient's time zone
   * @param locale the language and number format of the digest
   */
  public DigestRecipient {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(locale, "locale");
    locations = List.copyOf(locations);
    if (id.isBlank() || id.length() > 128) {
      throw new IllegalArgumentException("recipient id must be 1 to 128 characters");
    }
    if (locations.isEmpty()) {
      throw new IllegalArgumentException("recipient " + id + " has no location");
    }
    Set<String> seen = new HashSet<>();
    for (DigestLocation location : locations) {
      if (!seen.add(location.id())) {
        throw new IllegalArgumentException("recipient " + id + " names location " + location.id() + " twice");
      }
    }
  }

  /**
   * A builder: UTC and English unless set.
   *
   * @param id a stable id
   * @param email the address the e-mail sink sends to
   * @return the builder
   */
  public static Builder builder(String id, String email) {
    return new Builder(id, email);
  }

  /** Builds a {@link DigestRecipient}. */
  public static final class Builder {

    private final String id;
    private final String email;
    private final List<DigestLocation> locations = new ArrayList<>();
    private ZoneId zone = ZoneId.of("UTC");
    private Locale locale = Locale.ENGLISH;

    private Builder(String id, String email) {
      this.id = id;
      this.email = email;
    }

    /**
     * Adds a location.
     *
     * @param locationId the HighLevel location id
     * @param name the name people know it by
     * @return this builder
     */
    public Builder location(String locationId, String name) {
      locations.add(new DigestLocation(locationId, name));
      return this;
    }

    /**
     * Sets the time zone.
     *
     * @param value the recipient's time zone
     * @return this builder
     */
    public Builder zone(ZoneId value) {
      this.zone = value;
      return this;
    }

    /**
     * Sets the language and number format.
     *
     * @param value the locale
     * @return this builder
     */
    public Builder locale(Locale value) {
      this.locale = value;
      return this;
    }

    /**
     * Builds the recipient.
     *
     * @return the checked recipient
     */
    public DigestRecipient build() {
      return new DigestRecipient(id, email, locations, zone, locale);
    }
  }
}
