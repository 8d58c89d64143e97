package io.github.ghlplezi.ghl;

import io.github.ghlplezi.ghl.internal.Bodies;
import io.github.ghlplezi.ghl.internal.Envelope;
import io.github.ghlplezi.ghl.internal.Validate;
import io.github.ghlplezi.ghl.model.Acknowledgement;
import io.github.ghlplezi.ghl.model.CsvImport;
import io.github.ghlplezi.ghl.model.CsvPosts;
import io.github.ghlplezi.ghl.model.CsvQuery;
import io.github.ghlplezi.ghl.model.CsvUpload;
import io.github.ghlplezi.ghl.model.CsvUploadStatus;
import io.github.ghlplezi.ghl.model.ImmutableCsvImport;
import io.github.ghlplezi.ghl.model.ImmutableCsvPosts;
import io.github.ghlplezi.ghl.model.ImmutableCsvUpload;
import io.github.ghlplezi.ghl.model.ImmutableCsvUploadStatus;
import io.github.ghlplezi.ghl.model.SetCsvAccountsRequest;
import java.util.Objects;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.RequestBody;

/**
 * Bulk import of posts from a CSV file: {@code socialPlanner(locationId).csv()}. The flow is
 * {@link #upload}, {@link #setAccounts}, then {@link #publish}; {@link #imports} and
 * {@link #posts} show the state.
 */
public final class CsvService {

  private static final MediaType TEXT_CSV = MediaType.get("text/csv");

  private final PlannerScope scope;

  CsvService(PlannerScope scope) {
    this.scope = scope;
  }

  /**
   * Uploads a CSV of posts ({@code POST /social-media-posting/{locationId}/csv}, multipart field
   * {@code file}). Continue with {@link #setAccounts(SetCsvAccountsRequest)}.
   *
   * @param fileName the file name sent to HighLevel
   * @param content the CSV bytes
   * @return the stored file's path, name and row count
   */
  @GhlOperation("upload-csv")
  public CsvUpload upload(String fileName, byte[] content) {
    Validate.notBlank("fileName", fileName);
    Objects.requireNonNull(content, "content");
    if (content.length == 0) {
      throw new GhlInvalidArgumentException("content", "must not be empty");
    }
    MultipartBody.Part part = MultipartBody.Part.createFormData("file", fileName, RequestBody.create(content, TEXT_CSV));
    return scope.results(scope.api().uploadCsv(scope.locationId(), part, scope.ctx()),
        () -> ImmutableCsvUpload.builder().build());
  }

  /**
   * The location's CSV imports ({@code GET /social-media-posting/{locationId}/csv}).
   *
   * @param query paging and filters
   * @return the imports
   */
  @GhlOperation("get-upload-status")
  public CsvUploadStatus imports(CsvQuery query) {
    Objects.requireNonNull(query, "query");
    return scope.results(scope.api().getUploadStatus(scope.locationId(), Integer.toString(query.skip()),
        Integer.toString(query.limit()), query.includeUsers().map(String::valueOf).orElse(null),
        query.userId().map(u -> Validate.id("userId", u)).orElse(null), scope.ctx()),
        () -> ImmutableCsvUploadStatus.builder().build());
  }

  /**
   * Chooses the accounts an uploaded CSV is published to
   * ({@code POST /social-media-posting/{locationId}/set-accounts}).
   *
   * @param request the upload's values and the accounts
   * @return HighLevel's acknowledgement
   */
  @GhlOperation("set-accounts")
  public Acknowledgement setAccounts(SetCsvAccountsRequest request) {
    Objects.requireNonNull(request, "request");
    Validate.ids("accountIds", request.accountIds(), 1, Integer.MAX_VALUE);
    return scope.acknowledge(scope.api().setAccounts(scope.locationId(), request, scope.ctx()));
  }

  /**
   * The posts of a CSV import ({@code GET /social-media-posting/{locationId}/csv/{id}}).
   *
   * @param csvId the import id
   * @param query paging
   * @return the import and a page of its posts
   */
  @GhlOperation("get-csv-post")
  public CsvPosts posts(String csvId, CsvQuery query) {
    Objects.requireNonNull(query, "query");
    return scope.results(scope.api().getCsvPosts(scope.locationId(), Validate.id("csvId", csvId),
        Integer.toString(query.skip()), Integer.toString(query.limit()), scope.ctx()),
        () -> ImmutableCsvPosts.builder().build());
  }

  /**
   * Starts publishing a CSV import ({@code PATCH /social-media-posting/{locationId}/csv/{id}}).
   *
   * @param csvId the import id
   * @param userId the acting user, optional ({@code null} to omit)
   * @return HighLevel's acknowledgement
   */
  @GhlOperation("start-csv-finalize")
  public Acknowledgement publish(String csvId, String userId) {
    return scope.acknowledge(scope.api().finalizeCsv(scope.locationId(), Validate.id("csvId", csvId),
        new Bodies.CsvFinalize(PlannerScope.optionalId("userId", userId)), scope.ctx()));
  }

  /**
   * Deletes a CSV import ({@code DELETE /social-media-posting/{locationId}/csv/{id}}).
   *
   * @param csvId the import id
   * @return the deleted import as HighLevel reports it
   */
  @GhlOperation("delete-csv")
  public CsvImport delete(String csvId) {
    Envelope<Bodies.CsvResult> e = scope.calls().execute(scope.api().deleteCsv(scope.locationId(),
        Validate.id("csvId", csvId), scope.ctx()));
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
  public String deletePost(String csvId, String postId) {
    Envelope<Bodies.PostIdResult> e = scope.calls().execute(scope.api().deleteCsvPost(scope.locationId(),
        Validate.id("csvId", csvId), Validate.id("postId", postId), scope.ctx()));
    return e.results() != null && e.results().postId() != null ? e.results().postId() : postId;
  }

  @Override
  public String toString() {
    return "CsvService[locationId=" + scope.locationId() + "]";
  }
}
