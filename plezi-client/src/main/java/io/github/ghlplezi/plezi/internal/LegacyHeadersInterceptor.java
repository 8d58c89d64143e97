package io.github.ghlplezi.plezi.internal;

import java.io.IOException;
import java.util.Objects;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/** Adds the legacy API's credentials ({@code X-API-Key}, {@code X-Tenant-Company}) and JSON accept header. */
public final class LegacyHeadersInterceptor implements Interceptor {

  private final String apiKey;
  private final String tenantCompany;
  private final String userAgent;

  /**
   * @param apiKey the API key
   * @param tenantCompany the tenant company
   * @param userAgent the user agent
   */
  public LegacyHeadersInterceptor(String apiKey, String tenantCompany, String userAgent) {
    this.apiKey = Objects.requireNonNull(apiKey, "apiKey");
    this.tenantCompany = Objects.requireNonNull(tenantCompany, "tenantCompany");
    this.userAgent = Objects.requireNonNull(userAgent, "userAgent");
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request().newBuilder()
        .header("X-API-Key", apiKey)
        .header("X-Tenant-Company", tenantCompany)
        .header("Accept", "application/json")
        .header("User-Agent", userAgent)
        .build();
    return chain.proceed(request);
  }

  @Override
  public String toString() {
    return "LegacyHeadersInterceptor{tenantCompany=" + tenantCompany + ", apiKey=[REDACTED]}";
  }
}
