package io.github.ghlplezi.ghl;

import io.github.ghlplezi.ghl.internal.CallContext;
import io.github.ghlplezi.ghl.internal.Calls;
import io.github.ghlplezi.ghl.internal.Envelope;
import io.github.ghlplezi.ghl.internal.OffsetPager;
import io.github.ghlplezi.ghl.internal.SocialPlannerApi;
import io.github.ghlplezi.ghl.internal.StatisticsEnvelope;
import io.github.ghlplezi.ghl.internal.TagIdsBody;
import io.github.ghlplezi.ghl.internal.Validate;
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

  /** How many ids {@link #tagsByIds(Collection)} sends per request. */
  public static final int TAG_IDS_PER_REQUEST = 100;

  private final String locationId;
  private final SocialPlannerApi api;
  private final Calls calls;
  private final CallContext ctx;

  SocialPlanner(String locationId, SocialPlannerApi api, Calls calls) {
    this.locationId = locationId;
    this.api = api;
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

  @Override
  public String toString() {
    return "SocialPlanner[locationId=" + locationId + "]";
  }
}
