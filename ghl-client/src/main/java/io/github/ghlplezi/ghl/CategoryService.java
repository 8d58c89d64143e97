package io.github.ghlplezi.ghl;

import io.github.ghlplezi.ghl.internal.Bodies;
import io.github.ghlplezi.ghl.internal.Envelope;
import io.github.ghlplezi.ghl.internal.OffsetPager;
import io.github.ghlplezi.ghl.internal.RawCategoryPage;
import io.github.ghlplezi.ghl.internal.Validate;
import io.github.ghlplezi.ghl.model.Category;
import io.github.ghlplezi.ghl.model.CategoryPage;
import io.github.ghlplezi.ghl.model.CategoryQuery;
import io.github.ghlplezi.ghl.model.ImmutableCategoryPage;
import io.github.ghlplezi.ghl.model.SkippedRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/** The post categories of one location: {@code socialPlanner(locationId).categories()}. */
public final class CategoryService {

  private final PlannerScope scope;

  CategoryService(PlannerScope scope) {
    this.scope = scope;
  }

  /**
   * One page of the location's categories ({@code GET /social-media-posting/{locationId}/categories}).
   *
   * @param query search text and paging
   * @return the page
   */
  @GhlOperation("get-categories-location-id")
  public CategoryPage list(CategoryQuery query) {
    Objects.requireNonNull(query, "query");
    RawCategoryPage raw = scope.results(scope.api().getCategories(scope.locationId(),
        query.searchText().orElse(null), Integer.toString(query.limit()), Integer.toString(query.skip()), scope.ctx()),
        () -> new RawCategoryPage(List.of(), null));
    List<SkippedRecord> skipped = new ArrayList<>(0);
    ImmutableCategoryPage.Builder page = ImmutableCategoryPage.builder().categories(
        scope.readEach(raw.categories(), Category.class, skipped, 0, "get-categories-location-id", "category(ies)"))
        .skipped(skipped);
    if (raw.count() != null) {
      page.count(raw.count());
    }
    return page.build();
  }

  /**
   * Every category of the location, fetched lazily page by page.
   *
   * @param query search text, page size and first offset
   * @return an ordered, sequential stream
   */
  public Stream<Category> stream(CategoryQuery query) {
    Objects.requireNonNull(query, "query");
    return OffsetPager.counting((skip, limit) -> {
      CategoryPage page = list(CategoryQuery.builder().from(query).skip(skip).limit(limit).build());
      return new OffsetPager.Fetched<>(page.categories(), page.categories().size() + page.skipped().size());
    }, Category::id, query.skip(), query.limit());
  }

  /**
   * One category ({@code GET /social-media-posting/{locationId}/categories/{id}}).
   *
   * @param categoryId the category id
   * @return the category
   */
  @GhlOperation("get-categories-id")
  public Category get(String categoryId) {
    Validate.id("categoryId", categoryId);
    Envelope<Bodies.CategoryResult> e = scope.calls().execute(scope.api().getCategory(scope.locationId(), categoryId, scope.ctx()));
    if (e.results() == null || e.results().category() == null) {
      throw new GhlNotFoundException(new GhlErrorDetails(200, "GET", "/social-media-posting/{locationId}/categories/{id}",
          "get-categories-id", List.of("HighLevel answered without a category"), null, null), null);
    }
    return e.results().category();
  }

  @Override
  public String toString() {
    return "CategoryService[locationId=" + scope.locationId() + "]";
  }
}
