package io.github.ghlplezi.plezi.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** One page of {@code content_web_forms}. */
@Value.Immutable
@JsonSerialize(as = ImmutableContentWebFormPage.class)
@JsonDeserialize(as = ImmutableContentWebFormPage.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public abstract class ContentWebFormPage {

  ContentWebFormPage() {
  }

  /** @return the forms of this page */
  public abstract List<ContentWebForm> forms();

  /** @return the page number asked for (from 1) */
  public abstract int page();

  /** @return the page size asked for */
  public abstract int perPage();

  /** @return {@code meta.total_results}: how many forms exist in all, when the response says */
  public abstract Optional<Long> totalResults();

  /**
   * @return whether no further page exists: the page is empty, or {@code page * perPage} reaches
   *     the total, or (without a total) the page is short
   */
  @Value.Derived
  public boolean last() {
    return forms().isEmpty() || totalResults().map(t -> (long) page() * perPage() >= t)
        .orElse(forms().size() < perPage());
  }

  /** @return a builder */
  public static ImmutableContentWebFormPage.Builder builder() {
    return ImmutableContentWebFormPage.builder();
  }
}
