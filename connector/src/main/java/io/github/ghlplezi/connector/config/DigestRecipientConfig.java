package io.github.ghlplezi.connector.config;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;

/**
 * One digest recipient.
 *
 * @param id a stable name (the once-per-week record is kept under it)
 * @param email where the digest is mailed
 * @param locations the location ids in this recipient's digest; empty: every synced location
 * @param timeZone the recipient's time zone (the week, the send hour)
 * @param locale the language of numbers and dates (BCP 47 tag)
 */
public record DigestRecipientConfig(
    @ConfigDoc(value = "A stable name for the recipient (letters, digits, `._-`)", defaultValue = "required")
    @NotNull @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}", message = "letters, digits, `._-`, at most 64")
    String id,
    @ConfigDoc(value = "The recipient's e-mail", defaultValue = "required")
    @NotBlank @Email(message = "not an e-mail") String email,
    @ConfigDoc(value = "Location ids in this recipient's digest", defaultValue = "every synced location")
    List<@NotNull @LocationId String> locations,
    @ConfigDoc(value = "The recipient's time zone (IANA id)", defaultValue = "UTC")
    @NotNull @TimeZoneId String timeZone,
    @ConfigDoc(value = "Language of numbers and dates (BCP 47 tag, `fr-FR`)", defaultValue = "en")
    @NotNull @Pattern(regexp = "[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*", message = "not a language tag") String locale) {

  /** Fills defaults. */
  public DigestRecipientConfig {
    locations = Copies.list(locations);
    timeZone = timeZone == null ? "UTC" : timeZone;
    locale = locale == null ? "en" : locale;
  }
}
