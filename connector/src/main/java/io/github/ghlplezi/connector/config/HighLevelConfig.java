package io.github.ghlplezi.connector.config;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * HighLevel access.
 *
 * @param baseUrl the API base URL
 * @param auth how requests are authorized
 */
public record HighLevelConfig(
    @ConfigDoc(value = "HighLevel API base URL", defaultValue = "https://services.leadconnectorhq.com")
    @NotNull @Pattern(regexp = "https?://\\S+", message = "not an http(s) URL") String baseUrl,
    @ConfigDoc(value = "How requests to HighLevel are authorized", defaultValue = "required")
    @NotNull @Valid HighLevelAuth auth) {

  /** HighLevel's production API. */
  public static final String DEFAULT_BASE_URL = "https://services.leadconnectorhq.com";

  /** Fills defaults. */
  public HighLevelConfig {
    baseUrl = baseUrl == null ? DEFAULT_BASE_URL : baseUrl;
  }
}
