package io.github.ghlplezi.ghl;

import io.github.ghlplezi.ghl.internal.CallContext;
import io.github.ghlplezi.ghl.internal.Envelope;
import io.github.ghlplezi.ghl.internal.Validate;
import io.github.ghlplezi.ghl.model.ConnectedAccount;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import retrofit2.Call;

/**
 * A {@link PlatformConnector} whose last step attaches one of the OAuth account's pages, profiles
 * or locations to the location as a posting account.
 *
 * @param <A> what {@link #accounts(String)} returns for this platform
 * @param <R> the attach request of this platform
 */
public final class AttachingPlatformConnector<A, R> extends PlatformConnector<A> {

  @FunctionalInterface
  interface AttachCall<R> {
    Call<Envelope<ConnectedAccount>> call(String locationId, String accountId, R body, CallContext ctx);
  }

  private final AttachCall<R> attach;

  AttachingPlatformConnector(PlannerScope scope, String platform, StartCall start, AccountsCall<A> accounts,
      Supplier<A> empty, AttachCall<R> attach, List<String> operations) {
    super(scope, platform, start, accounts, empty, operations);
    this.attach = attach;
  }

  /**
   * Attaches a page, profile or location
   * ({@code POST /social-media-posting/oauth/{locationId}/<platform>/...}).
   *
   * @param oauthAccountId the OAuth account id
   * @param request what to attach
   * @return the connected account
   */
  public ConnectedAccount attach(String oauthAccountId, R request) {
    Objects.requireNonNull(request, "request");
    Envelope<ConnectedAccount> envelope = scope.calls().execute(
        attach.call(scope.locationId(), Validate.id("accountId", oauthAccountId), request, scope.ctx()));
    if (envelope.results() == null) {
      throw PlannerScope.emptyAnswer(envelope, "POST", "/social-media-posting/oauth/{locationId}/...", "an account");
    }
    return envelope.results();
  }
}
