package io.github.ghlplezi.ghl.internal;

import io.github.ghlplezi.ghl.GhlOperation;
import io.github.ghlplezi.ghl.model.InstalledLocations;
import io.github.ghlplezi.ghl.model.LocationToken;
import io.github.ghlplezi.ghl.model.OAuthTokens;
import retrofit2.Call;
import retrofit2.http.Field;
import retrofit2.http.FormUrlEncoded;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.Query;
import retrofit2.http.Tag;

/** HighLevel's OAuth 2.0 operations ({@code apps/oauth.json}). {@code null} fields are omitted. */
public interface OAuthApi {

  /** Operation {@code get-access-token}; see the specification for parameters and answer. */
  @GhlOperation("get-access-token")
  @FormUrlEncoded
  @POST("oauth/token")
  Call<OAuthTokens> getAccessToken(@Field("client_id") String clientId, @Field("client_secret") String clientSecret,
      @Field("grant_type") String grantType, @Field("code") String code, @Field("refresh_token") String refreshToken,
      @Field("user_type") String userType, @Field("redirect_uri") String redirectUri, @Tag CallContext ctx);

  /** Operation {@code get-location-access-token}; see the specification for parameters and answer. */
  @GhlOperation("get-location-access-token")
  @FormUrlEncoded
  @POST("oauth/locationToken")
  Call<LocationToken> getLocationAccessToken(@Field("companyId") String companyId,
      @Field("locationId") String locationId, @Tag CallContext ctx);

  /** Operation {@code get-installed-location}; see the specification for parameters and answer. */
  @GhlOperation("get-installed-location")
  @GET("oauth/installedLocations")
  Call<InstalledLocations> getInstalledLocations(@Query("skip") String skip, @Query("limit") String limit,
      @Query("query") String query, @Query("isInstalled") Boolean isInstalled, @Query("companyId") String companyId,
      @Query("appId") String appId, @Query("versionId") String versionId, @Query("onTrial") Boolean onTrial,
      @Query("planId") String planId, @Query("locationId") String locationId, @Tag CallContext ctx);
}
