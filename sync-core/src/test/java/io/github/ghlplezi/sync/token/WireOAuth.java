package io.github.ghlplezi.sync.token;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Test-side {@link TokenRefresher} speaking HighLevel's v2 token endpoint over the JDK HTTP client,
 * so the proofs exercise the real wire protocol of the testkit.
 */
final class WireOAuth implements TokenRefresher, LocationTokenMinter {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String baseUrl;
  private final String clientId;
  private final String clientSecret;

  WireOAuth(String baseUrl, String clientId, String clientSecret) {
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
    this.clientId = clientId;
    this.clientSecret = clientSecret;
  }

  @Override
  public TokenGrant refresh(String refreshToken, UserType userType) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("client_id", clientId);
    form.put("client_secret", clientSecret);
    form.put("grant_type", "refresh_token");
    form.put("refresh_token", refreshToken);
    form.put("user_type", userType.wireValue());
    return post(form);
  }

  /** Exchanges an authorization code (used by fixtures to install the first token). */
  TokenGrant exchangeCode(String code, UserType userType, String redirectUri) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("client_id", clientId);
    form.put("client_secret", clientSecret);
    form.put("grant_type", "authorization_code");
    form.put("code", code);
    form.put("user_type", userType.wireValue());
    if (redirectUri != null) {
      form.put("redirect_uri", redirectUri);
    }
    return post(form);
  }

  @Override
  public TokenGrant mint(String companyAccessToken, String companyId, String locationId) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("companyId", companyId);
    form.put("locationId", locationId);
    try {
      return send("oauth/locationToken", form, companyAccessToken);
    } catch (InvalidGrantException | LocationInactiveException e) {
      throw e;
    } catch (TokenRefreshException e) {
      if (e.status() == 400 || e.status() == 403 || e.status() == 422) {
        throw new InvalidGrantException(e.status(), e.getMessage());
      }
      throw e;
    }
  }

  private TokenGrant post(Map<String, String> form) {
    return send("oauth/token", form, null);
  }

  private TokenGrant send(String path, Map<String, String> form, String bearer) {
    String body = form.entrySet().stream()
        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path))
        .timeout(Duration.ofSeconds(20))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("Accept", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (bearer != null) {
      builder.header("Authorization", "Bearer " + bearer).header("Version", "2021-07-28");
    }
    HttpRequest request = builder.build();
    HttpResponse<String> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new TokenRefreshException(0, "token endpoint unreachable: " + e.getClass().getSimpleName(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TokenRefreshException(0, "interrupted", e);
    }
    JsonNode json;
    try {
      json = JSON.readTree(response.body());
    } catch (IOException e) {
      throw new TokenRefreshException(response.statusCode(), "unreadable token response", e);
    }
    if (response.statusCode() / 100 != 2) {
      String message = json.path("message").isArray() ? json.path("message").toString() : json.path("message").asText("");
      if (message.toLowerCase(java.util.Locale.ROOT).contains("invalid grant")) {
        throw new InvalidGrantException(response.statusCode(), message);
      }
      if (message.toLowerCase(java.util.Locale.ROOT).contains("not active")) {
        throw new LocationInactiveException(response.statusCode(), message);
      }
      throw new TokenRefreshException(response.statusCode(), message);
    }
    Set<String> scopes = new LinkedHashSet<>();
    for (String s : json.path("scope").asText("").split(" ")) {
      if (!s.isBlank()) {
        scopes.add(s);
      }
    }
    String refresh = json.path("refresh_token").asText(null);
    return IssuedTokens.record(new TokenGrant(json.path("access_token").asText(),
        Duration.ofSeconds(json.path("expires_in").asLong(86399)), refresh, scopes));
  }
}
