package io.github.ghlplezi.ghl;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the operation of HighLevel's published OpenAPI specification that a client method calls
 * ({@code operationId} in {@code apps/social-media-posting.json} or {@code apps/oauth.json}).
 * Present on every public client method that sends a request, so callers and tests can map
 * methods to the specification.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface GhlOperation {

  /** @return the OpenAPI {@code operationId} */
  String value();
}
