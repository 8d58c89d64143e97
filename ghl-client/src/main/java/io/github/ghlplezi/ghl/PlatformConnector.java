package io.github.ghlplezi.ghl;

import io.github.ghlplezi.ghl.internal.CallContext;
import io.github.ghlplezi.ghl.internal.Envelope;
import io.github.ghlplezi.ghl.internal.Validate;
import io.github.ghlplezi.ghl.model.SocialOAuthStart;
import io.github.ghlplezi.ghl.model.StartSocialOAuthRequest;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import okhttp3.ResponseBody;
import retrofit2.Call;

/**
 * Connects one social platform to a location, in HighLevel's two or three steps:
 * {@link #start} (the user is sent to the platform's consent page), {@link #accounts} (the pages,
 * profiles or locations the resulting OAuth account may post to) and, for platforms where the user
 * then picks one, {@link AttachingPlatformConnector#attach}. Obtain one from
 * {@link SocialPlanner#facebook()}, {@link SocialPlanner#google()} and the like.
 *
 * @param <A> what {@link #accounts(String)} returns for this platform
 */
public sealed class PlatformConnector<A> permits AttachingPlatformConnector {

  @FunctionalInterface
  interface StartCall {
    Call<ResponseBody> call(String locationId, String userId, String page, String reconnect, CallContext ctx);
  }

  @FunctionalInterface
  interface AccountsCall<A> {
    Call<Envelope<A>> call(String locationId, String accountId, CallContext ctx);
  }

  final PlannerScope scope;
  private final String platform;
  private final StartCall start;
  private final AccountsCall<A> accounts;
  private final Supplier<A> empty;
  private final List<String> operations;

  PlatformConnector(PlannerScope scope, String platform, StartCall start, AccountsCall<A> accounts,
      Supplier<A> empty, List<String> operations) {
    this.scope = scope;
    this.platform = platform;
    this.start = start;
    this.accounts = accounts;
    this.empty = empty;
    this.operations = operations;
  }

  /**
   * Starts connecting the platform ({@code GET /social-media-posting/oauth/<platform>/start}).
   * HighLevel answers with a redirect to the platform's consent page, which is returned, not
   * followed.
   *
   * @param request the acting user and options
   * @return status and redirect target
   */
  public SocialOAuthStart start(StartSocialOAuthRequest request) {
    Objects.requireNonNull(request, "request");
    return scope.calls().executeStart(start.call(scope.locationId(), Validate.id("userId", request.userId()),
        request.page().orElse(null), request.reconnect().map(String::valueOf).orElse(null), scope.ctx()));
  }

  /**
   * What an OAuth account of this platform may post to
   * ({@code GET /social-media-posting/oauth/{locationId}/<platform>/...}).
   *
   * @param oauthAccountId the OAuth account id HighLevel reported after {@link #start}
   * @return pages, profiles or locations, depending on the platform
   */
  public A accounts(String oauthAccountId) {
    return scope.results(accounts.call(scope.locationId(), Validate.id("accountId", oauthAccountId), scope.ctx()), empty);
  }

  /** @return the OpenAPI operation ids behind this connector: start, accounts, then attach if any */
  List<String> operations() {
    return operations;
  }

  @Override
  public String toString() {
    return "PlatformConnector[platform=" + platform + ", locationId=" + scope.locationId() + "]";
  }
}
