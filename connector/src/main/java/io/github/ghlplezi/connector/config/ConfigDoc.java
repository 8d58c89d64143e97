package io.github.ghlplezi.connector.config;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Documents one configuration key; the reference table ({@code connector/README-config.md}) is
 * generated from these annotations by {@link ConfigReference}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface ConfigDoc {

  /** @return what the key means */
  String value();

  /** @return the default, or {@code "required"} / {@code "none"} */
  String defaultValue() default "none";
}
