package io.github.ghlplezi.sync.fetch;

import io.github.ghlplezi.ghl.GhlClient;
import io.github.ghlplezi.ghl.model.TagQuery;
import java.util.List;
import java.util.Objects;

/**
 * The fetch adapter: the only engine class that calls ghl-client. Reads a location's tags in pages
 * of {@value #PAGE_SIZE}, HighLevel's largest page, so 200 tags cost 3 requests rather than 20.
 */
public final class GhlTagSource implements TagSource {

  static final int PAGE_SIZE = 100;

  private final GhlClient ghl;

  /** @param ghl the HighLevel client; give it the resilient HTTP stack in production */
  public GhlTagSource(GhlClient ghl) {
    this.ghl = Objects.requireNonNull(ghl, "ghl");
  }

  @Override
  public List<SourceTag> tags(String locationId) {
    try (var stream = ghl.socialPlanner(locationId).tags().stream(TagQuery.builder().limit(PAGE_SIZE).build())) {
      return stream.map(tag -> new SourceTag(tag.id(), tag.name(), tag.deleted())).toList();
    }
  }
}
