package io.github.ghlplezi.ghl;

import io.github.ghlplezi.ghl.internal.Calls;
import io.github.ghlplezi.ghl.internal.SocialPlannerApi;
import io.github.ghlplezi.ghl.model.AttachFacebookPageRequest;
import io.github.ghlplezi.ghl.model.AttachGoogleLocationRequest;
import io.github.ghlplezi.ghl.model.AttachInstagramAccountRequest;
import io.github.ghlplezi.ghl.model.AttachLinkedInRequest;
import io.github.ghlplezi.ghl.model.AttachTiktokProfileRequest;
import io.github.ghlplezi.ghl.model.AttachTwitterProfileRequest;
import io.github.ghlplezi.ghl.model.FacebookPages;
import io.github.ghlplezi.ghl.model.GoogleLocations;
import io.github.ghlplezi.ghl.model.ImmutableFacebookPages;
import io.github.ghlplezi.ghl.model.ImmutableGoogleLocations;
import io.github.ghlplezi.ghl.model.ImmutableInstagramAccounts;
import io.github.ghlplezi.ghl.model.ImmutableLinkedInAccounts;
import io.github.ghlplezi.ghl.model.ImmutableTiktokProfiles;
import io.github.ghlplezi.ghl.model.ImmutableTwitterProfiles;
import io.github.ghlplezi.ghl.model.InstagramAccounts;
import io.github.ghlplezi.ghl.model.LinkedInAccounts;
import io.github.ghlplezi.ghl.model.TiktokProfiles;
import io.github.ghlplezi.ghl.model.TwitterProfiles;
import java.util.List;

/**
 * The Social Planner of one HighLevel location: a small facade over one service per resource,
 * each bound to {@link #locationId()}. Obtain it from {@link GhlClient#socialPlanner(String)}.
 *
 * <pre>{@code
 * SocialPlanner planner = ghl.socialPlanner(locationId);
 * TagPage page = planner.tags().list(TagQuery.builder().limit(100).build());
 * List<Post> posts = planner.posts().stream(query).toList();
 * SocialOAuthStart start = planner.facebook().start(StartSocialOAuthRequest.builder().userId(userId).build());
 * }</pre>
 *
 * <p>Cheap to create and thread-safe, like every service it hands out. Every service method blocks
 * until HighLevel answered and throws a {@link GhlApiException} subclass when it did not succeed.
 */
public final class SocialPlanner {

  private final PlannerScope scope;


  SocialPlanner(String locationId, SocialPlannerApi api, Calls calls) {
    this.scope = PlannerScope.of(locationId, api, calls);

  }

  /** @return the location this view is bound to */
  public String locationId() {
    return scope.locationId();
  }

  /** @return the location's tags: list, stream, look up by id */
  public TagService tags() {
    return new TagService(scope);
  }

  /** @return the location's posts: list, stream, create, read, edit, delete */
  public PostService posts() {
    return new PostService(scope);
  }

  /** @return the connected social accounts: list, remove */
  public AccountService accounts() {
    return new AccountService(scope);
  }

  /** @return statistics of the connected accounts */
  public StatisticsService statistics() {
    return new StatisticsService(scope);
  }

  /** @return the location's post categories */
  public CategoryService categories() {
    return new CategoryService(scope);
  }

  /** @return bulk import of posts from CSV files */
  public CsvService csv() {
    return new CsvService(scope);
  }

  /** @return connects Google Business Profile locations */
  public AttachingPlatformConnector<GoogleLocations, AttachGoogleLocationRequest> google() {
    return new AttachingPlatformConnector<>(scope, "google", scope.api()::startGoogleOAuth,
        scope.api()::getGoogleLocations, () -> ImmutableGoogleLocations.builder().build(),
        scope.api()::setGoogleLocations,
        List.of("start-google-oauth", "get-google-locations", "set-google-locations"));
  }

  /** @return connects Facebook pages */
  public AttachingPlatformConnector<FacebookPages, AttachFacebookPageRequest> facebook() {
    return new AttachingPlatformConnector<>(scope, "facebook", scope.api()::startFacebookOAuth,
        scope.api()::getFacebookPages, () -> ImmutableFacebookPages.builder().build(),
        scope.api()::attachFacebookPage,
        List.of("start-facebook-oauth", "get-facebook-page-group", "attach-facebook-page-group"));
  }

  /** @return connects Instagram accounts */
  public AttachingPlatformConnector<InstagramAccounts, AttachInstagramAccountRequest> instagram() {
    return new AttachingPlatformConnector<>(scope, "instagram", scope.api()::startInstagramOAuth,
        scope.api()::getInstagramAccounts, () -> ImmutableInstagramAccounts.builder().build(),
        scope.api()::attachInstagramAccount,
        List.of("start-instagram-oauth", "get-instagram-page-group", "attach-instagram-page-group"));
  }

  /** @return connects LinkedIn pages and profiles */
  public AttachingPlatformConnector<LinkedInAccounts, AttachLinkedInRequest> linkedIn() {
    return new AttachingPlatformConnector<>(scope, "linkedin", scope.api()::startLinkedInOAuth,
        scope.api()::getLinkedInAccounts, () -> ImmutableLinkedInAccounts.builder().build(),
        scope.api()::attachLinkedIn,
        List.of("start-linkedin-oauth", "get-linkedin-page-profile", "attach-linkedin-page-profile"));
  }

  /** @return connects X (Twitter) profiles; deprecated by HighLevel's SDKs */
  public AttachingPlatformConnector<TwitterProfiles, AttachTwitterProfileRequest> twitter() {
    return new AttachingPlatformConnector<>(scope, "twitter", scope.api()::startTwitterOAuth,
        scope.api()::getTwitterProfiles, () -> ImmutableTwitterProfiles.builder().build(),
        scope.api()::attachTwitterProfile,
        List.of("start-twitter-oauth", "get-twitter-profile", "attach-twitter-profile"));
  }

  /** @return connects TikTok profiles */
  public AttachingPlatformConnector<TiktokProfiles, AttachTiktokProfileRequest> tiktok() {
    return new AttachingPlatformConnector<>(scope, "tiktok", scope.api()::startTiktokOAuth,
        scope.api()::getTiktokProfiles, () -> ImmutableTiktokProfiles.builder().build(),
        scope.api()::attachTiktokProfile,
        List.of("start-tiktok-oauth", "get-tiktok-profile", "attach-tiktok-profile"));
  }

  /**
   * @return connects TikTok Business profiles (HighLevel's specification has no attach step for
   *     them)
   */
  public PlatformConnector<TiktokProfiles> tiktokBusiness() {
    return new PlatformConnector<>(scope, "tiktok-business", scope.api()::startTiktokBusinessOAuth,
        scope.api()::getTiktokBusinessProfiles, () -> ImmutableTiktokProfiles.builder().build(),
        List.of("start-tiktok-business-oauth", "get-tiktok-business-profile"));
  }

  /** @return every platform connector, for tools that walk them all */
  List<PlatformConnector<?>> connectors() {
    return List.of(google(), facebook(), instagram(), linkedIn(), twitter(), tiktok(), tiktokBusiness());
  }

  @Override
  public String toString() {
    return "SocialPlanner[locationId=" + scope.locationId() + "]";
  }
}
