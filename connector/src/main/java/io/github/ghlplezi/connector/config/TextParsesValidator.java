package io.github.ghlplezi.connector.config;

import com.github.kagkarlsson.scheduler.task.schedule.CronSchedule;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.lang.annotation.Annotation;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Validators of text constraints, public only because Hibernate Validator instantiates them: null
 * passes (presence is {@code @NotNull}'s job).
 *
 * @param <A> the constraint
 */
public abstract class TextParsesValidator<A extends Annotation> implements ConstraintValidator<A, String> {

  TextParsesValidator() {
  }

  abstract void parse(String text);

  @Override
  public final boolean isValid(String value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    try {
      parse(value);
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }

  /** {@link CronExpression}: parsed as db-scheduler parses it. */
  public static final class Cron extends TextParsesValidator<CronExpression> {
    /** For Hibernate Validator. */
    public Cron() {
    }

    @Override
    void parse(String text) {
      new CronSchedule(text, ZoneOffset.UTC);
    }
  }

  /** {@link TimeZoneId}. */
  public static final class Zone extends TextParsesValidator<TimeZoneId> {
    /** For Hibernate Validator. */
    public Zone() {
    }

    @Override
    void parse(String text) {
      if (ZoneId.of(text) == null) {
        throw new DateTimeException(text);
      }
    }
  }
}
