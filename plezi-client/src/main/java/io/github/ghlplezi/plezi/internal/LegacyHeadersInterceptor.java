package io.github.ghlplezi.plezi.internal;

import java.io.IOException;
import java.util.Objects;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Adds {@code Accept: application/json}, the {@code User-Agent} and, for the legacy API, its
 * credentials ({@code X-API-Key}, {@code X-Tenant-Company}).
 */
public final class LegacyHeadersInterceptor implements Interceptor {

  private final String apiKey;
  private final String tenantCompany;
  private final String userAgent;

  /**
   * @param apiKey the API key, or {@code null} for brain calls
   * @param tenantCompany the tenant company, or {@code null} for brain calls
   * @param userAgent the user agent
   */
  public LegacyHeadersInterceptor(String apiKey, String tenantCompany, String userAgent) {
    this.apiKey = apiKey;
    this.tenantCompany = tenantCompany;
    this.userAgent = Objects.requireNonNull(userAgent, "userAgent");
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request.Builder request = chain.request().newBuilder()
        .header("Accept", "application/json")
        .header("User-Agent", userAgent);
    if (apiKey != null) {
      request.header("X-API-Key", apiKey).header("X-Tenant-Company", tenantCompany);
    }
    return chain.proceed(request.build());
  }

  @Override
  public String toString() {
    return "LegacyHeadersInterceptor{tenantCompany=" + tenantCompany + ", apiKey=[REDACTED]}";
  }
}
