package io.github.ghlplezi.ghl.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.github.ghlplezi.ghl.model.Category;
import io.github.ghlplezi.ghl.model.CsvImport;
import io.github.ghlplezi.ghl.model.Post;
import java.util.List;

/** Wire-only request bodies and result wrappers that are not part of the public model. */
public final class Bodies {

  private Bodies() {
  }

  /**
   * {@code SearchPostDTO} with HighLevel's string-typed fields.
   *
   * @param type filter
   * @param accounts comma-separated account ids, or {@code null}
   * @param skip offset
   * @param limit page size
   * @param fromDate window start (ISO 8601)
   * @param toDate window end (ISO 8601)
   * @param includeUsers {@code "true"} or {@code "false"}
   * @param postType post type or {@code null}
   */
  public record SearchPosts(String type, String accounts, String skip, String limit, String fromDate,
      String toDate, String includeUsers, String postType) {
  }

  /**
   * {@code DeletePostsDto}.
   *
   * @param postIds the posts to delete
   */
  public record DeletePosts(List<String> postIds) {
  }

  /**
   * {@code CSVDefaultDTO}.
   *
   * @param userId the acting user, may be {@code null}
   */
  public record CsvFinalize(String userId) {
  }

  /**
   * {@code results} of create-post and get-post.
   *
   * @param post the post
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record PostResult(Post post) {
  }

  /**
   * {@code results} of delete-post and delete-csv-post.
   *
   * @param postId the deleted post id
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record PostIdResult(String postId) {
  }

  /**
   * {@code results} of get-categories-id.
   *
   * @param category the category
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record CategoryResult(Category category) {
  }

  /**
   * {@code results} of delete-csv.
   *
   * @param csv the deleted import
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record CsvResult(CsvImport csv) {
  }
}
