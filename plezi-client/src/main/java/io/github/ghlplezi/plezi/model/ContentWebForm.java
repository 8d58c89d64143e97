package io.github.ghlplezi.plezi.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** A published form of the brain API ({@code content_web_forms}). */
@Value.Immutable
@JsonSerialize(as = ImmutableContentWebForm.class)
@JsonDeserialize(as = ImmutableContentWebForm.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public abstract class ContentWebForm {

  ContentWebForm() {
  }

  /** @return the content web form id (use it as {@code contentWebFormId} of a web-form upsert) */
  public abstract String id();

  /** @return the JSON:API type, when given */
  public abstract Optional<String> type();

  /** @return the title */
  public abstract Optional<String> title();

  /** @return when the form was created, when given in a recognised format */
  public abstract Optional<Instant> createdAt();

  /** @return every other scalar attribute as text, by name */
  public abstract Map<String, String> attributes();

  /** @return a builder */
  public static ImmutableContentWebForm.Builder builder() {
    return ImmutableContentWebForm.builder();
  }
}
