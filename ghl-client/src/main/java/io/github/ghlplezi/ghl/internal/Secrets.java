package io.github.ghlplezi.ghl.internal;

import io.github.ghlplezi.http.Redactor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import okhttp3.FormBody;
import okhttp3.Request;

/** The credentials a request carried, as a {@link Redactor} for what the server answered. */
final class Secrets {

  /** Form fields of {@code /oauth/token} that hold a credential. */
  private static final Set<String> SECRET_FIELDS = Set.of("client_secret", "code", "refresh_token", "access_token");

  private Secrets() {
  }

  /**
   * @param request the request as sent (with its {@code Authorization} header) or as created
   * @return a redactor masking its bearer token (OAuth token or Private Integration Token), the
   *     caller-supplied token of its {@link CallContext}, and the client secret, authorization code
   *     and refresh token of a token request
   */
  static Redactor of(Request request) {
    List<String> secrets = new ArrayList<>();
    String authorization = request.header("Authorization");
    if (authorization != null) {
      secrets.add(authorization.toLowerCase(Locale.ROOT).startsWith("bearer ")
          ? authorization.substring("bearer ".length()).trim() : authorization);
    }
    CallContext ctx = request.tag(CallContext.class);
    if (ctx != null && ctx.explicitToken() != null) {
      secrets.add(ctx.explicitToken());
    }
    if (request.body() instanceof FormBody form) {
      for (int i = 0; i < form.size(); i++) {
        if (SECRET_FIELDS.contains(form.name(i))) {
          secrets.add(form.value(i));
        }
      }
    }
    return Redactor.of(secrets);
  }
}
