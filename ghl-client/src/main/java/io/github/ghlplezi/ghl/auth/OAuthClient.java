package io.github.ghlplezi.ghl.auth;

import io.github.ghlplezi.ghl.GhlErrorDetails;
import io.github.ghlplezi.ghl.GhlOperation;
import io.github.ghlplezi.ghl.GhlReauthorizationRequiredException;
import io.github.ghlplezi.ghl.GhlSettings;
import io.github.ghlplezi.ghl.GhlValidationException;
import io.github.ghlplezi.ghl.internal.CallContext;
import io.github.ghlplezi.ghl.internal.HttpStack;
import io.github.ghlplezi.ghl.internal.OAuthApi;
import io.github.ghlplezi.ghl.internal.OffsetPager;
import io.github.ghlplezi.ghl.internal.Validate;
import io.github.ghlplezi.ghl.model.InstalledLocation;
import io.github.ghlplezi.ghl.model.InstalledLocations;
import io.github.ghlplezi.ghl.model.InstalledLocationsQuery;
import io.github.ghlplezi.ghl.model.LocationToken;
import io.github.ghlplezi.ghl.model.OAuthTokens;
import io.github.ghlplezi.ghl.model.UserType;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * HighLevel's OAuth 2.0 endpoints for a Marketplace app: authorization-code exchange, refresh,
 * minting location tokens from an agency token, and listing the locations the app is installed
 * on. Thread-safe; no state is kept (storing tokens is the caller's job).
 *
 * <p>Refresh tokens are single-use and rotate: persist the {@link OAuthTokens#refreshToken()} of
 * every answer before using its access token, and never refresh the same token twice in
 * parallel. A refresh token that was already used (or expired, or revoked) fails with
 * {@link GhlReauthorizationRequiredException}: the user must install the app again.
 *
 * <p>The client id and secret are sent only in the form body of {@code POST /oauth/token} and never
 * appear in exceptions, logs or {@link #toString()}.
 */
public final class OAuthClient {

  private final String clientId;
  private final String clientSecret;
  private final OAuthApi api;
  private final HttpStack stack;

  private OAuthClient(Builder b, GhlSettings settings) {
    this.clientId = Validate.notBlank("clientId", b.clientId);
    this.clientSecret = Validate.secret("clientSecret", b.clientSecret);
    this.stack = new HttpStack(settings, null);
    this.api = stack.create(OAuthApi.class);
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the app's client id */
  public String clientId() {
    return clientId;
  }

  /**
   * The Marketplace app id: the client id up to its first {@code -} (client ids look like
   * {@code <appId>-<suffix>}).
   *
   * @return the app id
   */
  public String appId() {
    int dash = clientId.indexOf('-');
    return dash > 0 ? clientId.substring(0, dash) : clientId;
  }

  /**
   * A consent-URL builder pre-filled with this app's client id.
   *
   * @return the builder
   */
  public AuthorizationUrl.Builder authorizationUrl() {
    return AuthorizationUrl.builder().clientId(clientId);
  }

  /**
   * Exchanges the {@code code} of the consent redirect for tokens
   * ({@code POST /oauth/token}, {@code grant_type=authorization_code}).
   *
   * @param code the authorization code
   * @param redirectUri the redirect URI used for the consent, or {@code null}
   * @param userType the token class to request ({@code Company} or {@code Location}), or
   *     {@code null} for HighLevel's choice
   * @return the tokens
   * @throws GhlReauthorizationRequiredException if the code was already used or expired
   * @throws GhlValidationException if HighLevel refuses {@code userType} for this consent, or
   *     answers a token of the other class
   */
  @GhlOperation("get-access-token")
  public OAuthTokens exchangeCode(String code, String redirectUri, UserType userType) {
    Validate.secret("code", code);
    if (redirectUri != null) {
      Validate.notBlank("redirectUri", redirectUri);
    }
    OAuthTokens tokens = stack.calls().execute(api.getAccessToken(clientId, clientSecret, "authorization_code", code,
        null, userType == null ? null : userType.value(), redirectUri, CallContext.anonymous()));
    if (userType != null && tokens.userType().isPresent() && tokens.userType().get() != userType) {
      // A token of the other class would fail later on every call with a confusing 401; say it here.
      throw new GhlValidationException(new GhlErrorDetails(200, "POST", "/oauth/token", "get-access-token",
          List.of("user_type " + userType.value() + " was requested but HighLevel issued a "
              + tokens.userType().get().value() + " token"), null, null), null);
    }
    return tokens;
  }

  /**
   * Exchanges an authorization code, letting HighLevel choose the token class.
   *
   * @param code the authorization code
   * @return the tokens
   */
  public OAuthTokens exchangeCode(String code) {
    return exchangeCode(code, null, null);
  }

  /**
   * Uses a refresh token ({@code POST /oauth/token}, {@code grant_type=refresh_token}). The answer
   * carries a new refresh token; the one passed here is dead afterwards.
   *
   * @param refreshToken the current refresh token
   * @param userType the token class ({@code Location} for sub-account tokens, {@code Company}
   *     for agency tokens); both of HighLevel's SDKs send it on every refresh
   * @return the new tokens
   * @throws GhlReauthorizationRequiredException if HighLevel answers {@code invalid_grant}
   */
  @GhlOperation("get-access-token")
  public OAuthTokens refresh(String refreshToken, UserType userType) {
    Validate.secret("refreshToken", refreshToken);
    Objects.requireNonNull(userType, "userType");
    return stack.calls().execute(api.getAccessToken(clientId, clientSecret, "refresh_token", null, refreshToken,
        userType.value(), null, CallContext.anonymous()));
  }

  /**
   * Mints a sub-account (location) token from an agency token ({@code POST /oauth/locationToken},
   * scope {@code oauth.write}).
   *
   * @param agencyAccessToken an access token of user type {@code Company}
   * @param companyId the agency id
   * @param locationId the location to mint a token for
   * @return the location token
   */
  @GhlOperation("get-location-access-token")
  public LocationToken locationToken(String agencyAccessToken, String companyId, String locationId) {
    Validate.secret("agencyAccessToken", agencyAccessToken);
    return stack.calls().execute(api.getLocationAccessToken(Validate.id("companyId", companyId),
        Validate.id("locationId", locationId), CallContext.explicit(agencyAccessToken, null)));
  }

  /**
   * One page of the agency's locations and whether the app is installed there
   * ({@code GET /oauth/installedLocations}, scope {@code oauth.readonly}).
   *
   * @param agencyAccessToken an access token of user type {@code Company}
   * @param query company id, app id, filters and paging
   * @return the page
   */
  @GhlOperation("get-installed-location")
  public InstalledLocations installedLocations(String agencyAccessToken, InstalledLocationsQuery query) {
    Validate.secret("agencyAccessToken", agencyAccessToken);
    Objects.requireNonNull(query, "query");
    return stack.calls().execute(api.getInstalledLocations(Integer.toString(query.skip()), Integer.toString(query.limit()),
        query.query().orElse(null), query.isInstalled().orElse(null), Validate.id("companyId", query.companyId()),
        Validate.id("appId", query.appId()), query.versionId().orElse(null), query.onTrial().orElse(null),
        query.planId().orElse(null), query.locationId().orElse(null), CallContext.explicit(agencyAccessToken, null)));
  }

  /**
   * Every location matching the query, fetched lazily page by page.
   *
   * @param agencyAccessToken an access token of user type {@code Company}
   * @param query company id, app id, filters, page size and first offset
   * @return an ordered, sequential stream
   */
  public Stream<InstalledLocation> streamInstalledLocations(String agencyAccessToken, InstalledLocationsQuery query) {
    // Checked here, not only on the first page: the stream is lazy and would fail far from this call.
    Validate.secret("agencyAccessToken", agencyAccessToken);
    Objects.requireNonNull(query, "query");
    return OffsetPager.stream((skip, limit) -> installedLocations(agencyAccessToken,
        InstalledLocationsQuery.builder().from(query).skip(skip).limit(limit).build()).locations(),
        InstalledLocation::id, query.skip(), query.limit());
  }

  @Override
  public String toString() {
    return "OAuthClient[clientId=" + clientId + ", clientSecret=<redacted>]";
  }

  /**
   * Builds an {@link OAuthClient}: client id and secret (required) plus the {@link GhlSettings}
   * setters, or {@code settings(ghlClient.settings())} to share a {@code GhlClient}'s.
   */
  public static final class Builder extends GhlSettings.Configurer<Builder> {

    private String clientId;
    private String clientSecret;

    private Builder() {
    }

    /**
     * @param clientId the app's client id
     * @return this builder
     */
    public Builder clientId(String clientId) {
      this.clientId = Validate.notBlank("clientId", clientId);
      return this;
    }

    /**
     * @param clientSecret the app's client secret
     * @return this builder
     */
    public Builder clientSecret(String clientSecret) {
      this.clientSecret = Validate.secret("clientSecret", clientSecret);
      return this;
    }

    /** @return the client */
    public OAuthClient build() {
      return new OAuthClient(this, buildSettings());
    }
  }
}
