package io.github.ghlplezi.ghl;

import io.github.ghlplezi.ghl.internal.RawAccounts;
import io.github.ghlplezi.ghl.internal.Validate;
import io.github.ghlplezi.ghl.model.AccountGroup;
import io.github.ghlplezi.ghl.model.AccountsList;
import io.github.ghlplezi.ghl.model.DeletedAccount;
import io.github.ghlplezi.ghl.model.ImmutableAccountsList;
import io.github.ghlplezi.ghl.model.ImmutableDeletedAccount;
import io.github.ghlplezi.ghl.model.SkippedRecord;
import io.github.ghlplezi.ghl.model.SocialAccount;
import java.util.ArrayList;
import java.util.List;

/**
 * The social accounts connected to one location: {@code socialPlanner(locationId).accounts()}.
 * Connecting new ones goes through the platform connectors ({@link SocialPlanner#facebook()}...).
 */
public final class AccountService {

  private final PlannerScope scope;

  AccountService(PlannerScope scope) {
    this.scope = scope;
  }

  /**
   * The social accounts and groups connected to the location
   * ({@code GET /social-media-posting/{locationId}/accounts}).
   *
   * @return accounts and groups
   */
  @GhlOperation("get-account")
  public AccountsList list() {
    RawAccounts raw = scope.results(scope.api().getAccounts(scope.locationId(), scope.ctx()),
        () -> new RawAccounts(List.of(), List.of()));
    List<SkippedRecord> skipped = new ArrayList<>(0);
    List<SkippedRecord> skippedGroups = new ArrayList<>(0);
    return ImmutableAccountsList.builder()
        .accounts(scope.readEach(raw.accounts(), SocialAccount.class, skipped, 0, "get-account", "account(s)"))
        .groups(scope.readEach(raw.groups(), AccountGroup.class, skippedGroups, 0, "get-account", "group(s)"))
        .skipped(skipped).skippedGroups(skippedGroups).build();
  }

  /**
   * Removes a connected account ({@code DELETE /social-media-posting/{locationId}/accounts/{id}}).
   *
   * @param accountId the account id (from {@link #list()})
   * @param companyId the agency id, optional ({@code null} to omit)
   * @param userId the acting user, optional ({@code null} to omit)
   * @return what HighLevel reports as deleted
   */
  @GhlOperation("delete-account")
  public DeletedAccount delete(String accountId, String companyId, String userId) {
    Validate.id("accountId", accountId);
    return scope.results(scope.api().deleteAccount(scope.locationId(), accountId,
        PlannerScope.optionalId("companyId", companyId), PlannerScope.optionalId("userId", userId), scope.ctx()),
        () -> ImmutableDeletedAccount.builder().build());
  }

  @Override
  public String toString() {
    return "AccountService[locationId=" + scope.locationId() + "]";
  }
}
