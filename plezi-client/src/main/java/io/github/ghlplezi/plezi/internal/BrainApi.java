package io.github.ghlplezi.plezi.internal;

import io.github.ghlplezi.http.RequestMetadata;
import retrofit2.Call;
import retrofit2.http.Field;
import retrofit2.http.FormUrlEncoded;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.Query;
import retrofit2.http.Tag;

/** Retrofit interface of the brain API ({@code https://brain.plezi.co/api/v1/}). */
public interface BrainApi {

  /**
   * The key check; unsigned, credentials in a form body; only the status matters.
   *
   * @param clientId the public key
   * @param clientSecret the secret key
   * @param meta the request's metadata
   * @return the call
   */
  @FormUrlEncoded
  @POST("api_keys/authenticate")
  Call<Void> authenticate(@Field("client_id") String clientId,
      @Field("client_secret") String clientSecret, @Tag RequestMetadata meta);

  /**
   * A page of published forms; signed.
   *
   * @param sortBy {@code sort_by}
   * @param sortDir {@code sort_dir}
   * @param page {@code page}
   * @param perPage {@code per_page}
   * @param meta the request's metadata
   * @return the call
   */
  @GET("content_web_forms")
  Call<Decoded<Wire.Listing>> contentWebForms(@Query("sort_by") String sortBy,
      @Query("sort_dir") String sortDir, @Query("page") int page, @Query("per_page") int perPage,
      @Tag RequestMetadata meta);

  /**
   * The web-tracking script; signed.
   *
   * @param meta the request's metadata
   * @return the call
   */
  @GET("analytics_script")
  Call<Decoded<Wire.ScriptAnswer>> analyticsScript(@Tag RequestMetadata meta);
}
