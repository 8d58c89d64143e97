package io.github.ghlplezi.ghl.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ghlplezi.ghl.GhlOperation;
import io.github.ghlplezi.ghl.model.AttachFacebookPageRequest;
import io.github.ghlplezi.ghl.model.AttachGoogleLocationRequest;
import io.github.ghlplezi.ghl.model.AttachInstagramAccountRequest;
import io.github.ghlplezi.ghl.model.AttachLinkedInRequest;
import io.github.ghlplezi.ghl.model.AttachTiktokProfileRequest;
import io.github.ghlplezi.ghl.model.AttachTwitterProfileRequest;
import io.github.ghlplezi.ghl.model.BulkDeleteResult;
import io.github.ghlplezi.ghl.model.ConnectedAccount;
import io.github.ghlplezi.ghl.model.CsvPosts;
import io.github.ghlplezi.ghl.model.CsvUpload;
import io.github.ghlplezi.ghl.model.CsvUploadStatus;
import io.github.ghlplezi.ghl.model.DeletedAccount;
import io.github.ghlplezi.ghl.model.FacebookPages;
import io.github.ghlplezi.ghl.model.GoogleLocations;
import io.github.ghlplezi.ghl.model.InstagramAccounts;
import io.github.ghlplezi.ghl.model.LinkedInAccounts;
import io.github.ghlplezi.ghl.model.PostRequest;
import io.github.ghlplezi.ghl.model.SetCsvAccountsRequest;
import io.github.ghlplezi.ghl.model.StatisticsRequest;
import io.github.ghlplezi.ghl.model.TiktokProfiles;
import io.github.ghlplezi.ghl.model.TwitterProfiles;
import okhttp3.MultipartBody;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.Multipart;
import retrofit2.http.PATCH;
import retrofit2.http.POST;
import retrofit2.http.PUT;
import retrofit2.http.Part;
import retrofit2.http.Path;
import retrofit2.http.Query;
import retrofit2.http.Tag;

/**
 * HighLevel's Social Planner operations ({@code apps/social-media-posting.json}, Version
 * 2021-07-28): one Retrofit method per operation, in the specification's order. Relative paths
 * keep a base URL's own path. {@code null} query values are omitted.
 */
public interface SocialPlannerApi {

  /** Operation {@code start-google-oauth}; see the specification for parameters and answer. */
  @GhlOperation("start-google-oauth")
  @GET("social-media-posting/oauth/google/start")
  Call<ResponseBody> startGoogleOAuth(@Query("locationId") String locationId, @Query("userId") String userId, @Query("page") String page, @Query("reconnect") String reconnect, @Tag CallContext ctx);

  /** Operation {@code get-google-locations}; see the specification for parameters and answer. */
  @GhlOperation("get-google-locations")
  @GET("social-media-posting/oauth/{locationId}/google/locations/{accountId}")
  Call<Envelope<GoogleLocations>> getGoogleLocations(@Path("locationId") String locationId, @Path("accountId") String accountId, @Tag CallContext ctx);

  /** Operation {@code set-google-locations}; see the specification for parameters and answer. */
  @GhlOperation("set-google-locations")
  @POST("social-media-posting/oauth/{locationId}/google/locations/{accountId}")
  Call<Envelope<ConnectedAccount>> setGoogleLocations(@Path("locationId") String locationId, @Path("accountId") String accountId, @Body AttachGoogleLocationRequest body, @Tag CallContext ctx);

  /** Operation {@code get-posts}; see the specification for parameters and answer. */
  @GhlOperation("get-posts")
  @POST("social-media-posting/{locationId}/posts/list")
  Call<Envelope<RawPostPage>> getPosts(@Path("locationId") String locationId, @Body Bodies.SearchPosts body, @Tag CallContext ctx);

  /** Operation {@code create-post}; see the specification for parameters and answer. */
  @GhlOperation("create-post")
  @POST("social-media-posting/{locationId}/posts")
  Call<Envelope<Bodies.PostResult>> createPost(@Path("locationId") String locationId, @Body PostRequest body, @Tag CallContext ctx);

  /** Operation {@code get-post}; see the specification for parameters and answer. */
  @GhlOperation("get-post")
  @GET("social-media-posting/{locationId}/posts/{id}")
  Call<Envelope<Bodies.PostResult>> getPost(@Path("locationId") String locationId, @Path("id") String id, @Tag CallContext ctx);

  /** Operation {@code edit-post}; see the specification for parameters and answer. */
  @GhlOperation("edit-post")
  @PUT("social-media-posting/{locationId}/posts/{id}")
  Call<Envelope<JsonNode>> editPost(@Path("locationId") String locationId, @Path("id") String id, @Body PostRequest body, @Tag CallContext ctx);

  /** Operation {@code delete-post}; see the specification for parameters and answer. */
  @GhlOperation("delete-post")
  @DELETE("social-media-posting/{locationId}/posts/{id}")
  Call<Envelope<Bodies.PostIdResult>> deletePost(@Path("locationId") String locationId, @Path("id") String id, @Tag CallContext ctx);

  /** Operation {@code bulk-delete-social-planner-posts}; see the specification for parameters and answer. */
  @GhlOperation("bulk-delete-social-planner-posts")
  @POST("social-media-posting/{locationId}/posts/bulk-delete")
  Call<Envelope<BulkDeleteResult>> bulkDeletePosts(@Path("locationId") String locationId, @Body Bodies.DeletePosts body, @Tag CallContext ctx);

  /** Operation {@code get-account}; see the specification for parameters and answer. */
  @GhlOperation("get-account")
  @GET("social-media-posting/{locationId}/accounts")
  Call<Envelope<RawAccounts>> getAccounts(@Path("locationId") String locationId, @Tag CallContext ctx);

  /** Operation {@code delete-account}; see the specification for parameters and answer. */
  @GhlOperation("delete-account")
  @DELETE("social-media-posting/{locationId}/accounts/{id}")
  Call<Envelope<DeletedAccount>> deleteAccount(@Path("locationId") String locationId, @Path("id") String id, @Query("companyId") String companyId, @Query("userId") String userId, @Tag CallContext ctx);

  /** Operation {@code start-facebook-oauth}; see the specification for parameters and answer. */
  @GhlOperation("start-facebook-oauth")
  @GET("social-media-posting/oauth/facebook/start")
  Call<ResponseBody> startFacebookOAuth(@Query("locationId") String locationId, @Query("userId") String userId, @Query("page") String page, @Query("reconnect") String reconnect, @Tag CallContext ctx);

  /** Operation {@code get-facebook-page-group}; see the specification for parameters and answer. */
  @GhlOperation("get-facebook-page-group")
  @GET("social-media-posting/oauth/{locationId}/facebook/accounts/{accountId}")
  Call<Envelope<FacebookPages>> getFacebookPages(@Path("locationId") String locationId, @Path("accountId") String accountId, @Tag CallContext ctx);

  /** Operation {@code attach-facebook-page-group}; see the specification for parameters and answer. */
  @GhlOperation("attach-facebook-page-group")
  @POST("social-media-posting/oauth/{locationId}/facebook/accounts/{accountId}")
  Call<Envelope<ConnectedAccount>> attachFacebookPage(@Path("locationId") String locationId, @Path("accountId") String accountId, @Body AttachFacebookPageRequest body, @Tag CallContext ctx);

  /** Operation {@code start-instagram-oauth}; see the specification for parameters and answer. */
  @GhlOperation("start-instagram-oauth")
  @GET("social-media-posting/oauth/instagram/start")
  Call<ResponseBody> startInstagramOAuth(@Query("locationId") String locationId, @Query("userId") String userId, @Query("page") String page, @Query("reconnect") String reconnect, @Tag CallContext ctx);

  /** Operation {@code get-instagram-page-group}; see the specification for parameters and answer. */
  @GhlOperation("get-instagram-page-group")
  @GET("social-media-posting/oauth/{locationId}/instagram/accounts/{accountId}")
  Call<Envelope<InstagramAccounts>> getInstagramAccounts(@Path("locationId") String locationId, @Path("accountId") String accountId, @Tag CallContext ctx);

  /** Operation {@code attach-instagram-page-group}; see the specification for parameters and answer. */
  @GhlOperation("attach-instagram-page-group")
  @POST("social-media-posting/oauth/{locationId}/instagram/accounts/{accountId}")
  Call<Envelope<ConnectedAccount>> attachInstagramAccount(@Path("locationId") String locationId, @Path("accountId") String accountId, @Body AttachInstagramAccountRequest body, @Tag CallContext ctx);

  /** Operation {@code start-linkedin-oauth}; see the specification for parameters and answer. */
  @GhlOperation("start-linkedin-oauth")
  @GET("social-media-posting/oauth/linkedin/start")
  Call<ResponseBody> startLinkedInOAuth(@Query("locationId") String locationId, @Query("userId") String userId, @Query("page") String page, @Query("reconnect") String reconnect, @Tag CallContext ctx);

  /** Operation {@code get-linkedin-page-profile}; see the specification for parameters and answer. */
  @GhlOperation("get-linkedin-page-profile")
  @GET("social-media-posting/oauth/{locationId}/linkedin/accounts/{accountId}")
  Call<Envelope<LinkedInAccounts>> getLinkedInAccounts(@Path("locationId") String locationId, @Path("accountId") String accountId, @Tag CallContext ctx);

  /** Operation {@code attach-linkedin-page-profile}; see the specification for parameters and answer. */
  @GhlOperation("attach-linkedin-page-profile")
  @POST("social-media-posting/oauth/{locationId}/linkedin/accounts/{accountId}")
  Call<Envelope<ConnectedAccount>> attachLinkedIn(@Path("locationId") String locationId, @Path("accountId") String accountId, @Body AttachLinkedInRequest body, @Tag CallContext ctx);

  /** Operation {@code start-twitter-oauth}; see the specification for parameters and answer. */
  @GhlOperation("start-twitter-oauth")
  @GET("social-media-posting/oauth/twitter/start")
  Call<ResponseBody> startTwitterOAuth(@Query("locationId") String locationId, @Query("userId") String userId, @Query("page") String page, @Query("reconnect") String reconnect, @Tag CallContext ctx);

  /** Operation {@code get-twitter-profile}; see the specification for parameters and answer. */
  @GhlOperation("get-twitter-profile")
  @GET("social-media-posting/oauth/{locationId}/twitter/accounts/{accountId}")
  Call<Envelope<TwitterProfiles>> getTwitterProfiles(@Path("locationId") String locationId, @Path("accountId") String accountId, @Tag CallContext ctx);

  /** Operation {@code attach-twitter-profile}; see the specification for parameters and answer. */
  @GhlOperation("attach-twitter-profile")
  @POST("social-media-posting/oauth/{locationId}/twitter/accounts/{accountId}")
  Call<Envelope<ConnectedAccount>> attachTwitterProfile(@Path("locationId") String locationId, @Path("accountId") String accountId, @Body AttachTwitterProfileRequest body, @Tag CallContext ctx);

  /** Operation {@code upload-csv}; see the specification for parameters and answer. */
  @GhlOperation("upload-csv")
  @Multipart
  @POST("social-media-posting/{locationId}/csv")
  Call<Envelope<CsvUpload>> uploadCsv(@Path("locationId") String locationId, @Part MultipartBody.Part file, @Tag CallContext ctx);

  /** Operation {@code get-upload-status}; see the specification for parameters and answer. */
  @GhlOperation("get-upload-status")
  @GET("social-media-posting/{locationId}/csv")
  Call<Envelope<CsvUploadStatus>> getUploadStatus(@Path("locationId") String locationId, @Query("skip") String skip, @Query("limit") String limit, @Query("includeUsers") String includeUsers, @Query("userId") String userId, @Tag CallContext ctx);

  /** Operation {@code set-accounts}; see the specification for parameters and answer. */
  @GhlOperation("set-accounts")
  @POST("social-media-posting/{locationId}/set-accounts")
  Call<Envelope<JsonNode>> setAccounts(@Path("locationId") String locationId, @Body SetCsvAccountsRequest body, @Tag CallContext ctx);

  /** Operation {@code get-csv-post}; see the specification for parameters and answer. */
  @GhlOperation("get-csv-post")
  @GET("social-media-posting/{locationId}/csv/{id}")
  Call<Envelope<CsvPosts>> getCsvPosts(@Path("locationId") String locationId, @Path("id") String id, @Query("skip") String skip, @Query("limit") String limit, @Tag CallContext ctx);

  /** Operation {@code start-csv-finalize}; see the specification for parameters and answer. */
  @GhlOperation("start-csv-finalize")
  @PATCH("social-media-posting/{locationId}/csv/{id}")
  Call<Envelope<JsonNode>> finalizeCsv(@Path("locationId") String locationId, @Path("id") String id, @Body Bodies.CsvFinalize body, @Tag CallContext ctx);

  /** Operation {@code delete-csv}; see the specification for parameters and answer. */
  @GhlOperation("delete-csv")
  @DELETE("social-media-posting/{locationId}/csv/{id}")
  Call<Envelope<Bodies.CsvResult>> deleteCsv(@Path("locationId") String locationId, @Path("id") String id, @Tag CallContext ctx);

  /** Operation {@code delete-csv-post}; see the specification for parameters and answer. */
  @GhlOperation("delete-csv-post")
  @DELETE("social-media-posting/{locationId}/csv/{csvId}/post/{postId}")
  Call<Envelope<Bodies.PostIdResult>> deleteCsvPost(@Path("locationId") String locationId, @Path("csvId") String csvId, @Path("postId") String postId, @Tag CallContext ctx);

  /** Operation {@code start-tiktok-oauth}; see the specification for parameters and answer. */
  @GhlOperation("start-tiktok-oauth")
  @GET("social-media-posting/oauth/tiktok/start")
  Call<ResponseBody> startTiktokOAuth(@Query("locationId") String locationId, @Query("userId") String userId, @Query("page") String page, @Query("reconnect") String reconnect, @Tag CallContext ctx);

  /** Operation {@code get-tiktok-profile}; see the specification for parameters and answer. */
  @GhlOperation("get-tiktok-profile")
  @GET("social-media-posting/oauth/{locationId}/tiktok/accounts/{accountId}")
  Call<Envelope<TiktokProfiles>> getTiktokProfiles(@Path("locationId") String locationId, @Path("accountId") String accountId, @Tag CallContext ctx);

  /** Operation {@code attach-tiktok-profile}; see the specification for parameters and answer. */
  @GhlOperation("attach-tiktok-profile")
  @POST("social-media-posting/oauth/{locationId}/tiktok/accounts/{accountId}")
  Call<Envelope<ConnectedAccount>> attachTiktokProfile(@Path("locationId") String locationId, @Path("accountId") String accountId, @Body AttachTiktokProfileRequest body, @Tag CallContext ctx);

  /** Operation {@code start-tiktok-business-oauth}; see the specification for parameters and answer. */
  @GhlOperation("start-tiktok-business-oauth")
  @GET("social-media-posting/oauth/tiktok-business/start")
  Call<ResponseBody> startTiktokBusinessOAuth(@Query("locationId") String locationId, @Query("userId") String userId, @Query("page") String page, @Query("reconnect") String reconnect, @Tag CallContext ctx);

  /** Operation {@code get-tiktok-business-profile}; see the specification for parameters and answer. */
  @GhlOperation("get-tiktok-business-profile")
  @GET("social-media-posting/oauth/{locationId}/tiktok-business/accounts/{accountId}")
  Call<Envelope<TiktokProfiles>> getTiktokBusinessProfiles(@Path("locationId") String locationId, @Path("accountId") String accountId, @Tag CallContext ctx);

  /** Operation {@code get-categories-location-id}; see the specification for parameters and answer. */
  @GhlOperation("get-categories-location-id")
  @GET("social-media-posting/{locationId}/categories")
  Call<Envelope<RawCategoryPage>> getCategories(@Path("locationId") String locationId, @Query("searchText") String searchText, @Query("limit") String limit, @Query("skip") String skip, @Tag CallContext ctx);

  /** Operation {@code get-categories-id}; see the specification for parameters and answer. */
  @GhlOperation("get-categories-id")
  @GET("social-media-posting/{locationId}/categories/{id}")
  Call<Envelope<Bodies.CategoryResult>> getCategory(@Path("locationId") String locationId, @Path("id") String id, @Tag CallContext ctx);

  /** Operation {@code get-tags-location-id}; see the specification for parameters and answer. */
  @GhlOperation("get-tags-location-id")
  @GET("social-media-posting/{locationId}/tags")
  Call<Envelope<RawTagPage>> getTags(@Path("locationId") String locationId, @Query("searchText") String searchText, @Query("limit") String limit, @Query("skip") String skip, @Tag CallContext ctx);

  /** Operation {@code get-tags-by-ids}; see the specification for parameters and answer. */
  @GhlOperation("get-tags-by-ids")
  @POST("social-media-posting/{locationId}/tags/details")
  Call<Envelope<RawTagPage>> getTagsByIds(@Path("locationId") String locationId, @Body TagIdsBody body, @Tag CallContext ctx);

  /** Operation {@code get-social-media-statistics}; see the specification for parameters and answer. */
  @GhlOperation("get-social-media-statistics")
  @POST("social-media-posting/statistics")
  Call<StatisticsEnvelope> getStatistics(@Query("locationId") String locationId, @Body StatisticsRequest body, @Tag CallContext ctx);
}
