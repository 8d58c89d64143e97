package io.github.ghlplezi.plezi.internal;

import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.http.Field;
import retrofit2.http.FormUrlEncoded;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.Query;

/** Retrofit interface of the brain API ({@code https://brain.plezi.co/api/v1/}). */
public interface BrainApi {

  /** The key check; unsigned, credentials in a form body. */
  @FormUrlEncoded
  @POST("api_keys/authenticate")
  Call<ResponseBody> authenticate(@Field("client_id") String clientId,
      @Field("client_secret") String clientSecret);

  /** A page of published forms; signed. */
  @GET("content_web_forms")
  Call<ResponseBody> contentWebForms(@Query("sort_by") String sortBy,
      @Query("sort_dir") String sortDir, @Query("page") int page, @Query("per_page") int perPage);

  /** The web-tracking script; signed. */
  @GET("analytics_script")
  Call<ResponseBody> analyticsScript();
}
