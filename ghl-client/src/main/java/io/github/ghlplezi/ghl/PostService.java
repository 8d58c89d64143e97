package io.github.ghlplezi.ghl;

import io.github.ghlplezi.ghl.internal.Bodies;
import io.github.ghlplezi.ghl.internal.Envelope;
import io.github.ghlplezi.ghl.internal.OffsetPager;
import io.github.ghlplezi.ghl.internal.RawPostPage;
import io.github.ghlplezi.ghl.internal.Validate;
import io.github.ghlplezi.ghl.model.Acknowledgement;
import io.github.ghlplezi.ghl.model.BulkDeleteResult;
import io.github.ghlplezi.ghl.model.ImmutablePostPage;
import io.github.ghlplezi.ghl.model.Post;
import io.github.ghlplezi.ghl.model.PostPage;
import io.github.ghlplezi.ghl.model.PostQuery;
import io.github.ghlplezi.ghl.model.PostRequest;
import io.github.ghlplezi.ghl.model.PostType;
import io.github.ghlplezi.ghl.model.SkippedRecord;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/** The posts of one location: {@code socialPlanner(locationId).posts()}. */
public final class PostService {

  /** The most post ids HighLevel deletes in one bulk request (its specification's limit). */
  public static final int BULK_DELETE_MAX_IDS = 50;

  private static final String POSTS_PATH = "/social-media-posting/{locationId}/posts";

  private final PlannerScope scope;

  PostService(PlannerScope scope) {
    this.scope = scope;
  }

  /**
   * One page of posts ({@code POST /social-media-posting/{locationId}/posts/list}).
   *
   * @param query date window, filters and paging
   * @return the page
   */
  @GhlOperation("get-posts")
  public PostPage list(PostQuery query) {
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
    RawPostPage raw = scope.results(scope.api().getPosts(scope.locationId(), body, scope.ctx()),
        () -> new RawPostPage(List.of(), null));
    List<SkippedRecord> skipped = new ArrayList<>(0);
    ImmutablePostPage.Builder page = ImmutablePostPage.builder()
        .posts(scope.readEach(raw.posts(), Post.class, skipped, 0, "get-posts", "post(s)")).skipped(skipped);
    if (raw.count() != null) {
      page.count(raw.count());
    }
    return page.build();
  }

  /**
   * Every post matching the query, fetched lazily page by page ({@code query.limit()} per
   * request, starting at {@code query.skip()}); one page is held in memory at a time.
   *
   * @param query date window and filters
   * @return an ordered, sequential stream
   */
  public Stream<Post> stream(PostQuery query) {
    Objects.requireNonNull(query, "query");
    return OffsetPager.counting((skip, limit) -> {
      PostPage page = list(PostQuery.builder().from(query).skip(skip).limit(limit).build());
      return new OffsetPager.Fetched<>(page.posts(), page.posts().size() + page.skipped().size());
    }, Post::id, query.skip(), query.limit());
  }

  /**
   * Creates a post ({@code POST /social-media-posting/{locationId}/posts}). HighLevel requires
   * the type, at least one account id and the user id; they are checked before sending.
   *
   * @param request the post
   * @return the created post
   */
  @GhlOperation("create-post")
  public Post create(PostRequest request) {
    Objects.requireNonNull(request, "request");
    Validate.ids("accountIds", request.accountIds(), 1, Integer.MAX_VALUE);
    if (request.userId().isEmpty() || request.userId().get().isBlank()) {
      throw new GhlInvalidArgumentException("userId", "is required to create a post");
    }
    return postOf(scope.calls().execute(scope.api().createPost(scope.locationId(), request, scope.ctx())), "POST");
  }

  /**
   * One post ({@code GET /social-media-posting/{locationId}/posts/{id}}).
   *
   * @param postId the post id
   * @return the post
   */
  @GhlOperation("get-post")
  public Post get(String postId) {
    return postOf(scope.calls().execute(scope.api().getPost(scope.locationId(), Validate.id("postId", postId),
        scope.ctx())), "GET");
  }

  /**
   * Replaces a post ({@code PUT /social-media-posting/{locationId}/posts/{id}}).
   *
   * @param postId the post id
   * @param request the new content
   * @return HighLevel's acknowledgement
   */
  @GhlOperation("edit-post")
  public Acknowledgement edit(String postId, PostRequest request) {
    Objects.requireNonNull(request, "request");
    return scope.acknowledge(scope.api().editPost(scope.locationId(), Validate.id("postId", postId), request,
        scope.ctx()));
  }

  /**
   * Deletes a post ({@code DELETE /social-media-posting/{locationId}/posts/{id}}).
   *
   * @param postId the post id
   * @return the id HighLevel reports as deleted
   */
  @GhlOperation("delete-post")
  public String delete(String postId) {
    Validate.id("postId", postId);
    Envelope<Bodies.PostIdResult> envelope = scope.calls().execute(
        scope.api().deletePost(scope.locationId(), postId, scope.ctx()));
    return envelope.results() != null && envelope.results().postId() != null ? envelope.results().postId() : postId;
  }

  /**
   * Deletes several posts ({@code POST /social-media-posting/{locationId}/posts/bulk-delete}),
   * {@value #BULK_DELETE_MAX_IDS} ids per request (HighLevel refuses more). Duplicate ids are sent
   * once. A refused request does not stop the next ones: the report says which ids were accepted
   * and which failed, and why.
   *
   * @param postIds at least one post id, none blank (checked before the first request)
   * @return what happened to each id
   */
  @GhlOperation("bulk-delete-social-planner-posts")
  public BulkDeleteReport delete(Collection<String> postIds) {
    Validate.ids("postIds", postIds, 1, Integer.MAX_VALUE);
    List<String> ids = new ArrayList<>(new LinkedHashSet<>(postIds));
    List<String> accepted = new ArrayList<>(ids.size());
    Map<String, GhlApiException> failed = new LinkedHashMap<>();
    long deleted = 0;
    int requests = 0;
    for (int from = 0; from < ids.size(); from += BULK_DELETE_MAX_IDS) {
      List<String> chunk = List.copyOf(ids.subList(from, Math.min(ids.size(), from + BULK_DELETE_MAX_IDS)));
      requests++;
      try {
        Envelope<BulkDeleteResult> envelope = scope.calls().execute(
            scope.api().bulkDeletePosts(scope.locationId(), new Bodies.DeletePosts(chunk), scope.ctx()));
        accepted.addAll(chunk);
        if (envelope.results() != null) {
          deleted += envelope.results().deletedCount().orElse(0);
        }
      } catch (GhlApiException e) {
        chunk.forEach(id -> failed.put(id, e));
      }
    }
    return new BulkDeleteReport(accepted, failed, deleted, requests);
  }

  private static Post postOf(Envelope<Bodies.PostResult> envelope, String method) {
    if (envelope.results() == null || envelope.results().post() == null) {
      throw PlannerScope.emptyAnswer(envelope, method, POSTS_PATH, "a post");
    }
    return envelope.results().post();
  }

  @Override
  public String toString() {
    return "PostService[locationId=" + scope.locationId() + "]";
  }
}
