package io.github.ghlplezi.ghl.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/**
 * The Facebook pages of an OAuth account.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFacebookPages.class)
@JsonDeserialize(as = ImmutableFacebookPages.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface FacebookPages {

  /** @return the pages */
  @JsonProperty("pages")
  List<FacebookPage> pages();

  /** @return a builder for this type */
  static ImmutableFacebookPages.Builder builder() {
    return ImmutableFacebookPages.builder();
  }
}
