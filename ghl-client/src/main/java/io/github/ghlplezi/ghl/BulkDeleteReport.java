package io.github.ghlplezi.ghl;

import java.util.List;
import java.util.Map;

/**
 * What {@link PostService#delete(java.util.Collection)} did with each post id. HighLevel deletes at
 * most {@value PostService#BULK_DELETE_MAX_IDS} posts per request, so longer lists are sent in
 * several requests; each request succeeds or fails for all of its ids.
 *
 * @param accepted the ids of the requests HighLevel accepted, in the order given
 * @param failed the ids of the requests HighLevel refused (or that failed on the way), each with
 *     the exception of its request
 * @param deletedCount the sum of the {@code deletedCount}s HighLevel reported (it may be smaller
 *     than {@code accepted().size()} when some accepted ids did not exist)
 * @param requests how many requests were sent
 */
public record BulkDeleteReport(List<String> accepted, Map<String, GhlApiException> failed, long deletedCount,
    int requests) {

  /**
   * Copies the collections, so the report cannot change after it is made.
   *
   * @param accepted the ids of the accepted requests
   * @param failed the ids of the refused or failed requests, each with its request's exception
   * @param deletedCount the sum of HighLevel's {@code deletedCount}s
   * @param requests how many requests were sent
   * @throws NullPointerException if a collection is {@code null} or holds {@code null}
   */
  public BulkDeleteReport {
    accepted = List.copyOf(accepted);
    failed = Map.copyOf(failed);
  }

  /** @return whether every request was accepted */
  public boolean allAccepted() {
    return failed.isEmpty();
  }
}
