package io.github.ghlplezi.connector.config;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A HighLevel id: ASCII letters, digits, {@code _ - . :}, 1-128 characters, letter or digit first. */
@Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}")
@Constraint(validatedBy = {})
@jakarta.validation.ReportAsSingleViolation
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE})
public @interface LocationId {

  /** @return the message */
  String message() default "not a HighLevel id (letters, digits, _ - . :, at most 128)";

  /** @return the groups */
  Class<?>[] groups() default {};

  /** @return the payload */
  Class<? extends Payload>[] payload() default {};
}
