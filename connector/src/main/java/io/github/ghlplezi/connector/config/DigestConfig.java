package io.github.ghlplezi.connector.config;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.DayOfWeek;
import java.util.List;

/**
 * The weekly digest: who receives it, when, and where it goes besides e-mail. The {@code digest}
 * job ({@code schedules.digest}) sends each recipient the past week's digest once, from the given
 * day and hour in the recipient's time zone, exactly once across replicas.
 *
 * @param recipients who receives it and which locations each sees
 * @param day the day of the week it is sent
 * @param hour the hour of that day from which it is sent
 * @param directory a directory each digest is also written to ({@code null}: none)
 */
public record DigestConfig(
    @ConfigDoc("Who receives the digest, and which locations each sees")
    List<@NotNull @Valid DigestRecipientConfig> recipients,
    @ConfigDoc(value = "Day of the week the past week's digest is sent (recipient's time zone)", defaultValue = "MONDAY")
    @NotNull DayOfWeek day,
    @ConfigDoc(value = "Hour of that day (0-23) from which it is sent", defaultValue = "8")
    @NotNull @Min(0) @Max(23) Integer hour,
    @ConfigDoc("Directory each digest is also written to (HTML, text and charts, one folder per recipient and week);"
        + " relative to the working directory")
    String directory) {

  /** Fills defaults. */
  public DigestConfig {
    recipients = Copies.list(recipients);
    day = day == null ? DayOfWeek.MONDAY : day;
    hour = hour == null ? 8 : hour;
  }
}
