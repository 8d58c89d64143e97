package io.github.ghlplezi.plezi.internal;

import okhttp3.HttpUrl;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.Query;
import retrofit2.http.Url;

/** Retrofit interface of the legacy API ({@code https://app.plezi.co/api/v1/}); paths are configurable. */
public interface LegacyApi {

  /** A GET of a fully built URL (the web-form upsert, whose parameters repeat keys). */
  @GET
  Call<ResponseBody> get(@Url HttpUrl url);

  /** A POST of a prepared body to a path relative to the base URL. */
  @POST
  Call<ResponseBody> post(@Url String path, @retrofit2.http.Body RequestBody body);

  /** A page of a limit/offset listing. */
  @GET
  Call<ResponseBody> page(@Url String path, @Query("limit") int limit, @Query("offset") int offset);

  /** A page of a page/per_page listing. */
  @GET
  Call<ResponseBody> numberedPage(@Url String path, @Query("page") int page,
      @Query("per_page") int perPage);

  /** A listing without paging parameters. */
  @GET
  Call<ResponseBody> list(@Url String path);
}
