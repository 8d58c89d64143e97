package io.github.ghlplezi.ghl;

import io.github.ghlplezi.ghl.internal.CallContext;
import io.github.ghlplezi.ghl.internal.Calls;
import io.github.ghlplezi.ghl.internal.Envelope;
import io.github.ghlplezi.ghl.internal.OffsetPager;
import io.github.ghlplezi.ghl.internal.SocialPlannerApi;
import io.github.ghlplezi.ghl.internal.StatisticsEnvelope;
import io.github.ghlplezi.ghl.internal.TagIdsBody;
import io.github.ghlplezi.ghl.internal.Validate;
import io.github.ghlplezi.ghl.internal.Bodies;
import io.github.ghlplezi.ghl.model.*;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.RequestBody;
import io.github.ghlplezi.ghl.model.AccountsList;
import io.github.ghlplezi.ghl.model.ImmutableAccountsList;
import io.github.ghlplezi.ghl.model.ImmutableSocialStatistics;
import io.github.ghlplezi.ghl.model.ImmutableTagPage;
import io.github.ghlplezi.ghl.model.SocialStatistics;
import io.github.ghlplezi.ghl.model.StatisticsRequest;
import io.github.ghlplezi.ghl.model.Tag;
import io.github.ghlplezi.ghl.model.TagPage;
import io.github.ghlplezi.ghl.model.TagQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The Social Planner of one HighLevel location: every operation of HighLevel's Social Planner
 * specification, bound to {@link #locationId()}. Obtain it from
 * {@link GhlClient#socialPlanner(String)}. Thread-safe; every method blocks until HighLevel
 * answered and throws a {@link GhlApiException} subclass when it did not succeed.
 */
public final class SocialPlanner {

  /** The most post ids {@link #deletePosts(Collection)} accepts in one call. */
  public static final int MAX_BULK_DELETE = 1000;

  /** How many ids {@link #tagsByIds(Collection)} sends per request. */
  public static final int TAG_IDS_PER_REQUEST = 100;

  private final String locationId;
  private final SocialPlannerApi api;
  private final SocialPlannerApi startApi;
  private final Calls calls;
  private final CallContext ctx;

  SocialPlanner(String locationId, SocialPlannerApi api, SocialPlannerApi startApi, Calls calls) {
    this.locationId = locationId;
    this.api = api;
    this.startApi = startApi;
    this.calls = calls;
    this.ctx = CallContext.location(locationId);
  }

  /** @return the location this view is bound to */
  public String locationId() {
    return locationId;
  }

  // ------------------------------------------------------------------ tags

  /**
   * One page of the location's tags ({@code GET /social-media-posting/{locationId}/tags}).
   *
   * @param query search text, page size and offset
   * @return the page
   */
  @GhlOperation("get-tags-location-id")
  public TagPage listTags(TagQuery query) {
    Objects.requireNonNull(query, "query");
    Envelope<TagPage> envelope = calls.execute(api.getTags(locationId, query.searchText().orElse(null),
        Integer.toString(query.limit()), Integer.toString(query.skip()), ctx));
    return envelope.results() == null ? ImmutableTagPage.builder().build() : envelope.results();
  }

  /**
   * Every tag of the location (deleted ones included, as HighLevel returns them), fetched lazily
   * page by page with {@value TagQuery#DEFAULT_LIMIT} tags per request; only one page is held in
   * memory. Each page is requested when the stream reaches it, so a stream that is not consumed
   * sends nothing.
   *
   * @return an ordered, sequential stream
   */
  public Stream<Tag> streamTags() {
    return streamTags(TagQuery.builder().build());
  }

  /**
   * Like {@link #streamTags()}, starting at {@code query.skip()} with {@code query.limit()} tags
   * per request and the query's search text.
   *
   * @param query search text, page size and first offset
   * @return an ordered, sequential stream
   */
  public Stream<Tag> streamTags(TagQuery query) {
    Objects.requireNonNull(query, "query");
    return OffsetPager.stream(
        (skip, limit) -> listTags(TagQuery.builder().from(query).skip(skip).limit(limit).build()).tags(),
        Tag::id, query.skip(), query.limit());
  }

  /**
   * Tags by id ({@code POST /social-media-posting/{locationId}/tags/details}), in chunks of
   * {@value #TAG_IDS_PER_REQUEST} ids per request. Duplicate ids are sent once; ids HighLevel
   * does not return are absent from the result. The result follows the order of the ids.
   *
   * @param tagIds the ids; empty yields an empty list without a request
   * @return the tags found
   */
  @GhlOperation("get-tags-by-ids")
  public List<Tag> tagsByIds(Collection<String> tagIds) {
    Objects.requireNonNull(tagIds, "tagIds");
    Set<String> unique = new LinkedHashSet<>();
    for (String id : tagIds) {
      unique.add(Validate.id("tagIds", id));
    }
    List<String> ids = new ArrayList<>(unique);
    Map<String, Tag> found = new LinkedHashMap<>();
    for (int from = 0; from < ids.size(); from += TAG_IDS_PER_REQUEST) {
      List<String> chunk = ids.subList(from, Math.min(ids.size(), from + TAG_IDS_PER_REQUEST));
      Envelope<TagPage> envelope = calls.execute(api.getTagsByIds(locationId, new TagIdsBody(List.copyOf(chunk)), ctx));
      if (envelope.results() != null) {
        envelope.results().tags().forEach(t -> found.putIfAbsent(t.id(), t));
      }
    }
    List<Tag> ordered = new ArrayList<>(found.size());
    for (String id : ids) {
      Tag t = found.get(id);
      if (t != null) {
        ordered.add(t);
      }
    }
    return List.copyOf(ordered);
  }

  // ------------------------------------------------------------------ accounts

  /**
   * The social accounts and groups connected to the location
   * ({@code GET /social-media-posting/{locationId}/accounts}).
   *
   * @return accounts and groups
   */
  @GhlOperation("get-account")
  public AccountsList accounts() {
    Envelope<AccountsList> envelope = calls.execute(api.getAccounts(locationId, ctx));
    return envelope.results() == null ? ImmutableAccountsList.builder().build() : envelope.results();
  }

  // ------------------------------------------------------------------ statistics

  /**
   * Statistics of connected accounts for the last 7 days against the 7 before
   * ({@code POST /social-media-posting/statistics?locationId=}). Pass the accounts'
   * {@code profileId}s, 1 to 100 of them.
   *
   * @param request profile ids and optional platform filter
   * @return the metrics, with HighLevel's trace id
   */
  @GhlOperation("get-social-media-statistics")
  public SocialStatistics statistics(StatisticsRequest request) {
    Objects.requireNonNull(request, "request");
    StatisticsEnvelope envelope = calls.execute(api.getStatistics(locationId, request, ctx));
    ImmutableSocialStatistics.Builder b = ImmutableSocialStatistics.builder();
    if (envelope.results() != null) {
      b.from(envelope.results());
    }
    if (envelope.message() != null) {
      b.message(envelope.message());
    }
    if (envelope.traceId() != null) {
      b.traceId(envelope.traceId());
    }
    return b.build();
  }

  // ------------------------------------------------------------------ posts

  /**
   * One page of posts ({@code POST /social-media-posting/{locationId}/posts/list}).
   *
   * @param query date window, filters and paging
   * @return the page
   */
  @GhlOperation("get-posts")
  public PostPage listPosts(PostQuery query) {
    Objects.requireNonNull(query, "query");
    Bodies.SearchPosts body = new Bodies.SearchPosts(
        query.filter().value(),
        query.accountIds().isEmpty() ? null : String.join(",", query.accountIds()),
        Integer.toString(query.skip()),
        Integer.toString(query.limit()),
        query.fromDate().toString(),
        query.toDate().toString(),
        Boolean.toString(query.includeUsers()),
        query.postType().map(PostType::value).orElse(null));
    Envelope<PostPage> envelope = calls.execute(api.getPosts(locationId, body, ctx));
    return envelope.results() == null ? ImmutablePostPage.builder().build() : envelope.results();
  }

  /**
   * Every post matching the query, fetched lazily page by page ({@code query.limit()} per
   * request, starting at {@code query.skip()}); one page is held in memory at a time.
   *
   * @param query date window and filters
   * @return an ordered, sequential stream
   */
  public Stream<Post> streamPosts(PostQuery query) {
    Objects.requireNonNull(query, "query");
    return OffsetPager.stream(
        (skip, limit) -> listPosts(PostQuery.builder().from(query).skip(skip).limit(limit).build()).posts(),
        Post::id, query.skip(), query.limit());
  }

  /**
   * Creates a post ({@code POST /social-media-posting/{locationId}/posts}). HighLevel requires
   * the type, at least one account id and the user id; they are checked before sending.
   *
   * @param request the post
   * @return the created post
   */
  @GhlOperation("create-post")
  public Post createPost(PostRequest request) {
    Objects.requireNonNull(request, "request");
    Validate.ids("accountIds", request.accountIds(), 1, Integer.MAX_VALUE);
    if (request.userId().isEmpty() || request.userId().get().isBlank()) {
      throw new GhlInvalidArgumentException("userId", "is required to create a post");
    }
    return postOf(calls.execute(api.createPost(locationId, request, ctx)));
  }

  /**
   * One post ({@code GET /social-media-posting/{locationId}/posts/{id}}).
   *
   * @param postId the post id
   * @return the post
   */
  @GhlOperation("get-post")
  public Post post(String postId) {
    return postOf(calls.execute(api.getPost(locationId, Validate.id("postId", postId), ctx)));
  }

  /**
   * Replaces a post ({@code PUT /social-media-posting/{locationId}/posts/{id}}).
   *
   * @param postId the post id
   * @param request the new content
   * @return HighLevel's acknowledgement
   */
  @GhlOperation("edit-post")
  public Acknowledgement editPost(String postId, PostRequest request) {
    Objects.requireNonNull(request, "request");
    return ack(calls.executeNullable(api.editPost(locationId, Validate.id("postId", postId), request, ctx)));
  }

  /**
   * Deletes a post ({@code DELETE /social-media-posting/{locationId}/posts/{id}}).
   *
   * @param postId the post id
   * @return the id HighLevel reports as deleted
   */
  @GhlOperation("delete-post")
  public String deletePost(String postId) {
    Validate.id("postId", postId);
    Envelope<Bodies.PostIdResult> envelope = calls.execute(api.deletePost(locationId, postId, ctx));
    return envelope.results() != null && envelope.results().postId() != null ? envelope.results().postId() : postId;
  }

  /**
   * Deletes several posts ({@code POST /social-media-posting/{locationId}/posts/bulk-delete}).
   *
   * @param postIds 1 to {@value #MAX_BULK_DELETE} post ids
   * @return HighLevel's message and the number deleted
   */
  @GhlOperation("bulk-delete-social-planner-posts")
  public BulkDeleteResult deletePosts(Collection<String> postIds) {
    Validate.ids("postIds", postIds, 1, MAX_BULK_DELETE);
    Envelope<BulkDeleteResult> envelope = calls.execute(
        api.bulkDeletePosts(locationId, new Bodies.DeletePosts(List.copyOf(postIds)), ctx));
    return envelope.results() == null ? ImmutableBulkDeleteResult.builder().build() : envelope.results();
  }

  // ------------------------------------------------------------------ account removal

  /**
   * Removes a connected account ({@code DELETE /social-media-posting/{locationId}/accounts/{id}}).
   *
   * @param accountId the account id (from {@link #accounts()})
   * @param companyId the agency id, optional ({@code null} to omit)
   * @param userId the acting user, optional ({@code null} to omit)
   * @return what HighLevel reports as deleted
   */
  @GhlOperation("delete-account")
  public DeletedAccount deleteAccount(String accountId, String companyId, String userId) {
    Validate.id("accountId", accountId);
    Envelope<DeletedAccount> envelope = calls.execute(api.deleteAccount(locationId, accountId,
        optionalId("companyId", companyId), optionalId("userId", userId), ctx));
    return envelope.results() == null ? ImmutableDeletedAccount.builder().build() : envelope.results();
  }

  // ------------------------------------------------------------------ connecting accounts

  /**
   * Starts connecting a Google Business Profile ({@code GET .../oauth/google/start}).
   *
   * @param request the acting user and options
   * @return status and redirect target
   */
  @GhlOperation("start-google-oauth")
  public SocialOAuthStart startGoogleOAuth(StartSocialOAuthRequest request) {
    StartParams p = start(request);
    return calls.executeStart(startApi.startGoogleOAuth(locationId, p.userId, p.page, p.reconnect, ctx));
  }

  /**
   * The Google Business Profile locations of a Google OAuth account
   * ({@code GET .../oauth/{locationId}/google/locations/{accountId}}).
   *
   * @param accountId the OAuth account id
   * @return the locations
   */
  @GhlOperation("get-google-locations")
  public GoogleLocations googleLocations(String accountId) {
    Envelope<GoogleLocations> e = calls.execute(api.getGoogleLocations(locationId, Validate.id("accountId", accountId), ctx));
    return e.results() == null ? ImmutableGoogleLocations.builder().build() : e.results();
  }

  /**
   * Attaches a Google Business Profile location
   * ({@code POST .../oauth/{locationId}/google/locations/{accountId}}).
   *
   * @param accountId the OAuth account id
   * @param request the location to attach
   * @return the connected account
   */
  @GhlOperation("set-google-locations")
  public ConnectedAccount attachGoogleLocation(String accountId, AttachGoogleLocationRequest request) {
    Objects.requireNonNull(request, "request");
    return connected(calls.execute(api.setGoogleLocations(locationId, Validate.id("accountId", accountId), request, ctx)));
  }

  /**
   * Starts connecting Facebook ({@code GET .../oauth/facebook/start}).
   *
   * @param request the acting user and options
   * @return status and redirect target
   */
  @GhlOperation("start-facebook-oauth")
  public SocialOAuthStart startFacebookOAuth(StartSocialOAuthRequest request) {
    StartParams p = start(request);
    return calls.executeStart(startApi.startFacebookOAuth(locationId, p.userId, p.page, p.reconnect, ctx));
  }

  /**
   * The Facebook pages of a Facebook OAuth account
   * ({@code GET .../oauth/{locationId}/facebook/accounts/{accountId}}).
   *
   * @param accountId the OAuth account id
   * @return the pages
   */
  @GhlOperation("get-facebook-page-group")
  public FacebookPages facebookPages(String accountId) {
    Envelope<FacebookPages> e = calls.execute(api.getFacebookPages(locationId, Validate.id("accountId", accountId), ctx));
    return e.results() == null ? ImmutableFacebookPages.builder().build() : e.results();
  }

  /**
   * Attaches a Facebook page ({@code POST .../oauth/{locationId}/facebook/accounts/{accountId}}).
   *
   * @param accountId the OAuth account id
   * @param request the page
   * @return the connected account
   */
  @GhlOperation("attach-facebook-page-group")
  public ConnectedAccount attachFacebookPage(String accountId, AttachFacebookPageRequest request) {
    Objects.requireNonNull(request, "request");
    return connected(calls.execute(api.attachFacebookPage(locationId, Validate.id("accountId", accountId), request, ctx)));
  }

  /**
   * Starts connecting Instagram ({@code GET .../oauth/instagram/start}).
   *
   * @param request the acting user and options
   * @return status and redirect target
   */
  @GhlOperation("start-instagram-oauth")
  public SocialOAuthStart startInstagramOAuth(StartSocialOAuthRequest request) {
    StartParams p = start(request);
    return calls.executeStart(startApi.startInstagramOAuth(locationId, p.userId, p.page, p.reconnect, ctx));
  }

  /**
   * The Instagram accounts of an Instagram OAuth account
   * ({@code GET .../oauth/{locationId}/instagram/accounts/{accountId}}).
   *
   * @param accountId the OAuth account id
   * @return the accounts
   */
  @GhlOperation("get-instagram-page-group")
  public InstagramAccounts instagramAccounts(String accountId) {
    Envelope<InstagramAccounts> e = calls.execute(api.getInstagramAccounts(locationId, Validate.id("accountId", accountId), ctx));
    return e.results() == null ? ImmutableInstagramAccounts.builder().build() : e.results();
  }

  /**
   * Attaches an Instagram account ({@code POST .../oauth/{locationId}/instagram/accounts/{accountId}}).
   *
   * @param accountId the OAuth account id
   * @param request the account
   * @return the connected account
   */
  @GhlOperation("attach-instagram-page-group")
  public ConnectedAccount attachInstagramAccount(String accountId, AttachInstagramAccountRequest request) {
    Objects.requireNonNull(request, "request");
    return connected(calls.execute(api.attachInstagramAccount(locationId, Validate.id("accountId", accountId), request, ctx)));
  }

  /**
   * Starts connecting LinkedIn ({@code GET .../oauth/linkedin/start}).
   *
   * @param request the acting user and options
   * @return status and redirect target
   */
  @GhlOperation("start-linkedin-oauth")
  public SocialOAuthStart startLinkedInOAuth(StartSocialOAuthRequest request) {
    StartParams p = start(request);
    return calls.executeStart(startApi.startLinkedInOAuth(locationId, p.userId, p.page, p.reconnect, ctx));
  }

  /**
   * The LinkedIn pages and profiles of a LinkedIn OAuth account
   * ({@code GET .../oauth/{locationId}/linkedin/accounts/{accountId}}).
   *
   * @param accountId the OAuth account id
   * @return pages and profiles
   */
  @GhlOperation("get-linkedin-page-profile")
  public LinkedInAccounts linkedInAccounts(String accountId) {
    Envelope<LinkedInAccounts> e = calls.execute(api.getLinkedInAccounts(locationId, Validate.id("accountId", accountId), ctx));
    return e.results() == null ? ImmutableLinkedInAccounts.builder().build() : e.results();
  }

  /**
   * Attaches a LinkedIn page or profile ({@code POST .../oauth/{locationId}/linkedin/accounts/{accountId}}).
   *
   * @param accountId the OAuth account id
   * @param request the page or profile
   * @return the connected account
   */
  @GhlOperation("attach-linkedin-page-profile")
  public ConnectedAccount attachLinkedIn(String accountId, AttachLinkedInRequest request) {
    Objects.requireNonNull(request, "request");
    return connected(calls.execute(api.attachLinkedIn(locationId, Validate.id("accountId", accountId), request, ctx)));
  }

  /**
   * Starts connecting X (Twitter) ({@code GET .../oauth/twitter/start}; deprecated by HighLevel's
   * SDKs).
   *
   * @param request the acting user and options
   * @return status and redirect target
   */
  @GhlOperation("start-twitter-oauth")
  public SocialOAuthStart startTwitterOAuth(StartSocialOAuthRequest request) {
    StartParams p = start(request);
    return calls.executeStart(startApi.startTwitterOAuth(locationId, p.userId, p.page, p.reconnect, ctx));
  }

  /**
   * The X (Twitter) profiles of an OAuth account
   * ({@code GET .../oauth/{locationId}/twitter/accounts/{accountId}}).
   *
   * @param accountId the OAuth account id
   * @return the profiles
   */
  @GhlOperation("get-twitter-profile")
  public TwitterProfiles twitterProfiles(String accountId) {
    Envelope<TwitterProfiles> e = calls.execute(api.getTwitterProfiles(locationId, Validate.id("accountId", accountId), ctx));
    return e.results() == null ? ImmutableTwitterProfiles.builder().build() : e.results();
  }

  /**
   * Attaches an X (Twitter) profile ({@code POST .../oauth/{locationId}/twitter/accounts/{accountId}}).
   *
   * @param accountId the OAuth account id
   * @param request the profile
   * @return the connected account
   */
  @GhlOperation("attach-twitter-profile")
  public ConnectedAccount attachTwitterProfile(String accountId, AttachTwitterProfileRequest request) {
    Objects.requireNonNull(request, "request");
    return connected(calls.execute(api.attachTwitterProfile(locationId, Validate.id("accountId", accountId), request, ctx)));
  }

  /**
   * Starts connecting TikTok ({@code GET .../oauth/tiktok/start}).
   *
   * @param request the acting user and options
   * @return status and redirect target
   */
  @GhlOperation("start-tiktok-oauth")
  public SocialOAuthStart startTiktokOAuth(StartSocialOAuthRequest request) {
    StartParams p = start(request);
    return calls.executeStart(startApi.startTiktokOAuth(locationId, p.userId, p.page, p.reconnect, ctx));
  }

  /**
   * The TikTok profiles of an OAuth account ({@code GET .../oauth/{locationId}/tiktok/accounts/{accountId}}).
   *
   * @param accountId the OAuth account id
   * @return the profiles
   */
  @GhlOperation("get-tiktok-profile")
  public TiktokProfiles tiktokProfiles(String accountId) {
    Envelope<TiktokProfiles> e = calls.execute(api.getTiktokProfiles(locationId, Validate.id("accountId", accountId), ctx));
    return e.results() == null ? ImmutableTiktokProfiles.builder().build() : e.results();
  }

  /**
   * Attaches a TikTok profile ({@code POST .../oauth/{locationId}/tiktok/accounts/{accountId}}).
   *
   * @param accountId the OAuth account id
   * @param request the profile
   * @return the connected account
   */
  @GhlOperation("attach-tiktok-profile")
  public ConnectedAccount attachTiktokProfile(String accountId, AttachTiktokProfileRequest request) {
    Objects.requireNonNull(request, "request");
    return connected(calls.execute(api.attachTiktokProfile(locationId, Validate.id("accountId", accountId), request, ctx)));
  }

  /**
   * Starts connecting TikTok Business ({@code GET .../oauth/tiktok-business/start}).
   *
   * @param request the acting user and options
   * @return status and redirect target
   */
  @GhlOperation("start-tiktok-business-oauth")
  public SocialOAuthStart startTiktokBusinessOAuth(StartSocialOAuthRequest request) {
    StartParams p = start(request);
    return calls.executeStart(startApi.startTiktokBusinessOAuth(locationId, p.userId, p.page, p.reconnect, ctx));
  }

  /**
   * The TikTok Business profiles of an OAuth account
   * ({@code GET .../oauth/{locationId}/tiktok-business/accounts/{accountId}}).
   *
   * @param accountId the OAuth account id
   * @return the profiles
   */
  @GhlOperation("get-tiktok-business-profile")
  public TiktokProfiles tiktokBusinessProfiles(String accountId) {
    Envelope<TiktokProfiles> e = calls.execute(api.getTiktokBusinessProfiles(locationId, Validate.id("accountId", accountId), ctx));
    return e.results() == null ? ImmutableTiktokProfiles.builder().build() : e.results();
  }

  // ------------------------------------------------------------------ CSV bulk import

  /**
   * Uploads a CSV of posts ({@code POST /social-media-posting/{locationId}/csv}, multipart field
   * {@code file}). Continue with {@link #setCsvAccounts(SetCsvAccountsRequest)}.
   *
   * @param fileName the file name sent to HighLevel
   * @param content the CSV bytes
   * @return the stored file's path, name and row count
   */
  @GhlOperation("upload-csv")
  public CsvUpload uploadCsv(String fileName, byte[] content) {
    Validate.notBlank("fileName", fileName);
    Objects.requireNonNull(content, "content");
    if (content.length == 0) {
      throw new GhlInvalidArgumentException("content", "must not be empty");
    }
    MultipartBody.Part part = MultipartBody.Part.createFormData("file", fileName,
        RequestBody.create(content, MediaType.get("text/csv")));
    Envelope<CsvUpload> e = calls.execute(api.uploadCsv(locationId, part, ctx));
    return e.results() == null ? ImmutableCsvUpload.builder().build() : e.results();
  }

  /**
   * The location's CSV imports ({@code GET /social-media-posting/{locationId}/csv}).
   *
   * @param query paging and filters
   * @return the imports
   */
  @GhlOperation("get-upload-status")
  public CsvUploadStatus csvUploadStatus(CsvQuery query) {
    Objects.requireNonNull(query, "query");
    Envelope<CsvUploadStatus> e = calls.execute(api.getUploadStatus(locationId, Integer.toString(query.skip()),
        Integer.toString(query.limit()), query.includeUsers().map(String::valueOf).orElse(null),
        query.userId().map(u -> Validate.id("userId", u)).orElse(null), ctx));
    return e.results() == null ? ImmutableCsvUploadStatus.builder().build() : e.results();
  }

  /**
   * Chooses the accounts an uploaded CSV is published to
   * ({@code POST /social-media-posting/{locationId}/set-accounts}).
   *
   * @param request the upload's values and the accounts
   * @return HighLevel's acknowledgement
   */
  @GhlOperation("set-accounts")
  public Acknowledgement setCsvAccounts(SetCsvAccountsRequest request) {
    Objects.requireNonNull(request, "request");
    Validate.ids("accountIds", request.accountIds(), 1, Integer.MAX_VALUE);
    return ack(calls.executeNullable(api.setAccounts(locationId, request, ctx)));
  }

  /**
   * The posts of a CSV import ({@code GET /social-media-posting/{locationId}/csv/{id}}).
   *
   * @param csvId the import id
   * @param query paging
   * @return the import and a page of its posts
   */
  @GhlOperation("get-csv-post")
  public CsvPosts csvPosts(String csvId, CsvQuery query) {
    Objects.requireNonNull(query, "query");
    Envelope<CsvPosts> e = calls.execute(api.getCsvPosts(locationId, Validate.id("csvId", csvId),
        Integer.toString(query.skip()), Integer.toString(query.limit()), ctx));
    return e.results() == null ? ImmutableCsvPosts.builder().build() : e.results();
  }

  /**
   * Starts publishing a CSV import ({@code PATCH /social-media-posting/{locationId}/csv/{id}}).
   *
   * @param csvId the import id
   * @param userId the acting user, optional ({@code null} to omit)
   * @return HighLevel's acknowledgement
   */
  @GhlOperation("start-csv-finalize")
  public Acknowledgement finalizeCsv(String csvId, String userId) {
    return ack(calls.executeNullable(api.finalizeCsv(locationId, Validate.id("csvId", csvId),
        new Bodies.CsvFinalize(optionalId("userId", userId)), ctx)));
  }

  /**
   * Deletes a CSV import ({@code DELETE /social-media-posting/{locationId}/csv/{id}}).
   *
   * @param csvId the import id
   * @return the deleted import as HighLevel reports it
   */
  @GhlOperation("delete-csv")
  public CsvImport deleteCsv(String csvId) {
    Envelope<Bodies.CsvResult> e = calls.execute(api.deleteCsv(locationId, Validate.id("csvId", csvId), ctx));
    return e.results() == null || e.results().csv() == null ? ImmutableCsvImport.builder().build() : e.results().csv();
  }

  /**
   * Deletes one post of a CSV import
   * ({@code DELETE /social-media-posting/{locationId}/csv/{csvId}/post/{postId}}).
   *
   * @param csvId the import id
   * @param postId the post id
   * @return the id HighLevel reports as deleted
   */
  @GhlOperation("delete-csv-post")
  public String deleteCsvPost(String csvId, String postId) {
    Envelope<Bodies.PostIdResult> e = calls.execute(api.deleteCsvPost(locationId, Validate.id("csvId", csvId),
        Validate.id("postId", postId), ctx));
    return e.results() != null && e.results().postId() != null ? e.results().postId() : postId;
  }

  // ------------------------------------------------------------------ categories

  /**
   * One page of the location's categories ({@code GET /social-media-posting/{locationId}/categories}).
   *
   * @param query search text and paging
   * @return the page
   */
  @GhlOperation("get-categories-location-id")
  public CategoryPage listCategories(CategoryQuery query) {
    Objects.requireNonNull(query, "query");
    Envelope<CategoryPage> e = calls.execute(api.getCategories(locationId, query.searchText().orElse(null),
        Integer.toString(query.limit()), Integer.toString(query.skip()), ctx));
    return e.results() == null ? ImmutableCategoryPage.builder().build() : e.results();
  }

  /**
   * Every category of the location, fetched lazily page by page.
   *
   * @param query search text, page size and first offset
   * @return an ordered, sequential stream
   */
  public Stream<Category> streamCategories(CategoryQuery query) {
    Objects.requireNonNull(query, "query");
    return OffsetPager.stream(
        (skip, limit) -> listCategories(CategoryQuery.builder().from(query).skip(skip).limit(limit).build()).categories(),
        Category::id, query.skip(), query.limit());
  }

  /**
   * One category ({@code GET /social-media-posting/{locationId}/categories/{id}}).
   *
   * @param categoryId the category id
   * @return the category
   */
  @GhlOperation("get-categories-id")
  public Category category(String categoryId) {
    Validate.id("categoryId", categoryId);
    Envelope<Bodies.CategoryResult> e = calls.execute(api.getCategory(locationId, categoryId, ctx));
    if (e.results() == null || e.results().category() == null) {
      throw new GhlNotFoundException(new GhlErrorDetails(200, "GET", "/social-media-posting/{locationId}/categories/{id}",
          "get-categories-id", List.of("HighLevel answered without a category"), null, null), null);
    }
    return e.results().category();
  }

  // ------------------------------------------------------------------ helpers

  private record StartParams(String userId, String page, String reconnect) {
  }

  private static StartParams start(StartSocialOAuthRequest request) {
    Objects.requireNonNull(request, "request");
    return new StartParams(Validate.id("userId", request.userId()), request.page().orElse(null),
        request.reconnect().map(String::valueOf).orElse(null));
  }

  private static String optionalId(String parameter, String value) {
    return value == null ? null : Validate.id(parameter, value);
  }

  private static Post postOf(Envelope<Bodies.PostResult> envelope) {
    if (envelope.results() == null || envelope.results().post() == null) {
      throw new GhlApiException(new GhlErrorDetails(envelope.statusCode() == null ? 200 : envelope.statusCode(),
          "POST", "/social-media-posting/{locationId}/posts", null, List.of("HighLevel answered without a post"), null, null), null);
    }
    return envelope.results().post();
  }

  private static ConnectedAccount connected(Envelope<ConnectedAccount> envelope) {
    if (envelope.results() == null) {
      throw new GhlApiException(new GhlErrorDetails(envelope.statusCode() == null ? 200 : envelope.statusCode(),
          "POST", "/social-media-posting/oauth/{locationId}/...", null, List.of("HighLevel answered without an account"), null, null), null);
    }
    return envelope.results();
  }

  private static Acknowledgement ack(Envelope<?> envelope) {
    if (envelope == null) {
      // a 2xx without a body
      return ImmutableAcknowledgement.builder().success(true).build();
    }
    ImmutableAcknowledgement.Builder b = ImmutableAcknowledgement.builder()
        .success(envelope.success() == null || envelope.success());
    if (envelope.statusCode() != null) {
      b.statusCode(envelope.statusCode());
    }
    if (envelope.message() != null) {
      b.message(envelope.message());
    }
    return b.build();
  }

  @Override
  public String toString() {
    return "SocialPlanner[locationId=" + locationId + "]";
  }
}
