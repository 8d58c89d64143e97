package io.github.ghlplezi.connector.config;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.util.Map;

/**
 * HighLevel authorization: Private Integration Tokens per location, or an OAuth app.
 *
 * @param mode which of the two
 * @param privateTokens location id to its Private Integration Token
 * @param oauth the OAuth app
 */
public record HighLevelAuth(
    @ConfigDoc(value = "`PRIVATE_TOKENS` (one Private Integration Token per location) or `OAUTH` (a marketplace app)",
        defaultValue = "required")
    @NotNull Mode mode,
    @ConfigDoc("Location id -> its Private Integration Token (a secret reference); mode `PRIVATE_TOKENS`")
    Map<@NotNull @LocationId String, @NotNull Secret> privateTokens,
    @ConfigDoc("The OAuth app; mode `OAUTH`")
    @Valid OAuthApp oauth) {

  /** How the connector is authorized. */
  public enum Mode {
    /** One Private Integration Token per location. */
    PRIVATE_TOKENS,
    /** A marketplace app installed by locations or by an agency. */
    OAUTH
  }

  /** Fills defaults. */
  public HighLevelAuth {
    privateTokens = Copies.map(privateTokens);
  }

  /** @return whether the keys of the chosen mode are present */
  @AssertTrue(message = "mode PRIVATE_TOKENS needs `privateTokens`, mode OAUTH needs `oauth`")
  public boolean isModeComplete() {
    return mode == null
        || mode == Mode.PRIVATE_TOKENS && !privateTokens.isEmpty()
        || mode == Mode.OAUTH && oauth != null;
  }
}
