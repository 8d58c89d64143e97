package io.github.ghlplezi.ghl;

import io.github.ghlplezi.ghl.internal.Envelope;
import io.github.ghlplezi.ghl.internal.OffsetPager;
import io.github.ghlplezi.ghl.internal.RawTagPage;
import io.github.ghlplezi.ghl.internal.TagIdsBody;
import io.github.ghlplezi.ghl.internal.Validate;
import io.github.ghlplezi.ghl.model.ImmutableTagPage;
import io.github.ghlplezi.ghl.model.SkippedRecord;
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
import retrofit2.Call;

/**
 * The tags of one location: {@code socialPlanner(locationId).tags()}. Thread-safe; every method
 * blocks until HighLevel answered and throws a {@link GhlApiException} subclass when it did not
 * succeed. A tag HighLevel sends malformed (for example without {@code _id}) is left out of its
 * page, reported in {@link TagPage#skipped()} and logged at WARN (position and reason, no values);
 * the other tags of the page are returned.
 */
public final class TagService {

  /** How many ids {@link #byIds(Collection)} sends per request. */
  public static final int IDS_PER_REQUEST = 100;


  private final PlannerScope scope;

  TagService(PlannerScope scope) {
    this.scope = scope;
  }

  /**
   * One page of the location's tags ({@code GET /social-media-posting/{locationId}/tags}).
   *
   * @param query search text, page size and offset
   * @return the page
   */
  @GhlOperation("get-tags-location-id")
  public TagPage list(TagQuery query) {
    Objects.requireNonNull(query, "query");
    return page(scope.api().getTags(scope.locationId(), query.searchText().orElse(null),
        Integer.toString(query.limit()), Integer.toString(query.skip()), scope.ctx()), "get-tags-location-id");
  }

  /** Reads the page tag by tag: a malformed tag is skipped, reported and logged, not fatal. */
  private TagPage page(Call<Envelope<RawTagPage>> call, String operation) {
    RawTagPage raw = scope.results(call, () -> RawTagPage.EMPTY);
    List<SkippedRecord> skipped = new ArrayList<>(0);
    List<Tag> tags = raw.tags() != null ? raw.tags()
        : scope.readEach(raw.records(), Tag.class, skipped, 0, operation, "tag(s)");
    ImmutableTagPage.Builder page = ImmutableTagPage.builder().tags(tags).skipped(skipped);
    if (raw.count() != null) {
      page.count(raw.count());
    }
    return page.build();
  }

  /**
   * Every tag of the location (deleted ones included, as HighLevel returns them), fetched lazily
   * page by page with {@value TagQuery#DEFAULT_LIMIT} tags per request; only one page is held in
   * memory. Each page is requested when the stream reaches it, so a stream that is not consumed
   * sends nothing.
   *
   * @return an ordered, sequential stream
   */
  public Stream<Tag> stream() {
    return stream(TagQuery.builder().build());
  }

  /**
   * Like {@link #stream()}, starting at {@code query.skip()} with {@code query.limit()} tags per
   * request and the query's search text.
   *
   * @param query search text, page size and first offset
   * @return an ordered, sequential stream
   */
  public Stream<Tag> stream(TagQuery query) {
    Objects.requireNonNull(query, "query");
    return OffsetPager.counting((skip, limit) -> {
      TagPage page = list(TagQuery.builder().from(query).skip(skip).limit(limit).build());
      return new OffsetPager.Fetched<>(page.tags(), page.tags().size() + page.skipped().size());
    }, Tag::id, query.skip(), query.limit());
  }

  /**
   * Tags by id ({@code POST /social-media-posting/{locationId}/tags/details}), in chunks of
   * {@value #IDS_PER_REQUEST} ids per request. Duplicate ids are sent once; ids HighLevel does not
   * return are absent from the result. The tags follow the order of the ids; a malformed tag is
   * left out and reported in {@link TagPage#skipped()} (its index counts the records of all chunks'
   * answers in order), like a page of {@link #list(TagQuery)}; {@link TagPage#count()} is the
   * number of tags returned.
   *
   * @param tagIds the ids; empty yields an empty page without a request
   * @return the tags found and the records skipped
   */
  @GhlOperation("get-tags-by-ids")
  public TagPage byIds(Collection<String> tagIds) {
    Objects.requireNonNull(tagIds, "tagIds");
    Set<String> unique = new LinkedHashSet<>();
    for (String id : tagIds) {
      unique.add(Validate.id("tagIds", id));
    }
    List<String> ids = new ArrayList<>(unique);
    Map<String, Tag> found = new LinkedHashMap<>();
    List<SkippedRecord> skipped = new ArrayList<>(0);
    int received = 0;
    for (int from = 0; from < ids.size(); from += IDS_PER_REQUEST) {
      List<String> chunk = ids.subList(from, Math.min(ids.size(), from + IDS_PER_REQUEST));
      RawTagPage raw = scope.results(scope.api().getTagsByIds(scope.locationId(),
          new TagIdsBody(List.copyOf(chunk)), scope.ctx()), () -> RawTagPage.EMPTY);
      List<Tag> tags = raw.tags() != null ? raw.tags()
          : scope.readEach(raw.records(), Tag.class, skipped, received, "get-tags-by-ids", "tag(s)");
      received += raw.tags() != null ? raw.tags().size() : raw.records() == null ? 0 : raw.records().size();
      tags.forEach(t -> found.putIfAbsent(t.id(), t));
    }
    List<Tag> ordered = new ArrayList<>(found.size());
    for (String id : ids) {
      Tag t = found.get(id);
      if (t != null) {
        ordered.add(t);
      }
    }
    return ImmutableTagPage.builder().tags(ordered).count(ordered.size()).skipped(skipped).build();
  }

  @Override
  public String toString() {
    return "TagService[locationId=" + scope.locationId() + "]";
  }
}
