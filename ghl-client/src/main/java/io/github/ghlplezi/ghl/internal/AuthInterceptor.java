package io.github.ghlplezi.ghl.internal;

import io.github.ghlplezi.ghl.TokenSource;
import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Sets {@code Authorization: Bearer} from the token source; on a 401 calls
 * {@link TokenSource#invalidate(String, String)} once and retries once with the next token.
 */
final class AuthInterceptor implements Interceptor {

  private final TokenSource tokenSource;

  /**
   * @param tokenSource where location tokens come from
   */
  public AuthInterceptor(TokenSource tokenSource) {
    this.tokenSource = tokenSource;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    CallContext ctx = request.tag(CallContext.class);
    if (ctx == null || !ctx.authenticated()) {
      return chain.proceed(request.newBuilder().removeHeader("Authorization").build());
    }
    if (ctx.explicitToken() != null) {
      return chain.proceed(withToken(request, ctx.explicitToken()));
    }
    String locationId = ctx.locationId();
    String token = token(locationId);
    Response response = chain.proceed(withToken(request, token));
    if (response.code() != 401) {
      return response;
    }
    String next;
    try {
      tokenSource.invalidate(locationId, token);
      next = token(locationId);
    } catch (RuntimeException e) {
      response.close();
      throw e;
    }
    if (next.equals(token)) {
      return response;
    }
    response.close();
    return chain.proceed(withToken(request, next));
  }

  private String token(String locationId) {
    String token = tokenSource.accessToken(locationId);
    if (token == null || token.isBlank()) {
      throw new IllegalStateException("The token source returned no access token for location " + locationId);
    }
    return token;
  }

  private static Request withToken(Request request, String token) {
    return request.newBuilder().header("Authorization", "Bearer " + token).build();
  }
}
