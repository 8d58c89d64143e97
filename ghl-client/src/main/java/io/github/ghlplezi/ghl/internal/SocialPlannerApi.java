package io.github.ghlplezi.ghl.internal;

import io.github.ghlplezi.ghl.GhlOperation;
import io.github.ghlplezi.ghl.model.AccountsList;
import io.github.ghlplezi.ghl.model.StatisticsRequest;
import io.github.ghlplezi.ghl.model.TagPage;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.Path;
import retrofit2.http.Query;
import retrofit2.http.Tag;

/**
 * HighLevel's Social Planner operations ({@code apps/social-media-posting.json}, Version
 * 2021-07-28), one Retrofit method per operation. Relative paths keep a base URL's own path.
 */
public interface SocialPlannerApi {

  // ---- tags ----

  @GhlOperation("get-tags-location-id")
  @GET("social-media-posting/{locationId}/tags")
  Call<Envelope<TagPage>> getTags(@Path("locationId") String locationId,
      @Query("searchText") String searchText, @Query("limit") String limit, @Query("skip") String skip,
      @Tag CallContext ctx);

  @GhlOperation("get-tags-by-ids")
  @POST("social-media-posting/{locationId}/tags/details")
  Call<Envelope<TagPage>> getTagsByIds(@Path("locationId") String locationId, @Body TagIdsBody body,
      @Tag CallContext ctx);

  // ---- accounts ----

  @GhlOperation("get-account")
  @GET("social-media-posting/{locationId}/accounts")
  Call<Envelope<AccountsList>> getAccounts(@Path("locationId") String locationId, @Tag CallContext ctx);

  // ---- statistics ----

  @GhlOperation("get-social-media-statistics")
  @POST("social-media-posting/statistics")
  Call<StatisticsEnvelope> getStatistics(@Query("locationId") String locationId,
      @Body StatisticsRequest body, @Tag CallContext ctx);
}
