package io.github.ghlplezi.plezi.internal;

import io.github.ghlplezi.http.RequestMetadata;
import okhttp3.HttpUrl;
import java.util.Map;
import okhttp3.FormBody;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.Path;
import retrofit2.http.Query;
import retrofit2.http.Tag;
import retrofit2.http.Url;

/**
 * Retrofit interface of the legacy API ({@code https://app.plezi.co/api/v1/}). Paths come from
 * {@code PleziProtocol} (they are unconfirmed), hence the encoded {@code {path}} placeholders.
 */
public interface LegacyApi {

  /**
   * The web-form upsert. Its query repeats keys named at run time ({@code plz_x[]=a&plz_x[]=b}),
   * which no Retrofit parameter annotation can express, so the caller builds the URL.
   *
   * @param url the full URL with its query
   * @param meta the request's metadata
   * @return the call
   */
  @GET
  Call<Decoded<Wire.WriteAnswer>> webform(@Url HttpUrl url, @Tag RequestMetadata meta);

  /**
   * Contact creation with a form body (built by the caller: its keys repeat, {@code plz_x[]}).
   *
   * @param path the contacts path
   * @param body the form body
   * @param meta the request's metadata
   * @return the call
   */
  @POST("{path}")
  Call<Decoded<Wire.WriteAnswer>> createContact(@Path(value = "path", encoded = true) String path,
      @Body FormBody body, @Tag RequestMetadata meta);

  /**
   * Contact creation with a flat JSON object body (multi-values as arrays).
   *
   * @param path the contacts path
   * @param body the parameters, written by converter-jackson
   * @param meta the request's metadata
   * @return the call
   */
  @POST("{path}")
  Call<Decoded<Wire.WriteAnswer>> createContactJson(@Path(value = "path", encoded = true)
      String path, @Body Map<String, Object> body, @Tag RequestMetadata meta);

  /**
   * One page of a listing; the parameters of the other paging style are {@code null} (not sent).
   *
   * @param path the listing path
   * @param limit {@code limit}
   * @param offset {@code offset}
   * @param page {@code page}
   * @param perPage {@code per_page}
   * @param meta the request's metadata
   * @return the call
   */
  @GET("{path}")
  Call<Decoded<Wire.Listing>> list(@Path(value = "path", encoded = true) String path,
      @Query("limit") Integer limit, @Query("offset") Integer offset, @Query("page") Integer page,
      @Query("per_page") Integer perPage, @Tag RequestMetadata meta);
}
