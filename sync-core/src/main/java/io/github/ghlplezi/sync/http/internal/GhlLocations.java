package io.github.ghlplezi.sync.http.internal;

import io.github.ghlplezi.http.RequestMetadata;
import java.util.Optional;
import okhttp3.Request;

/**
 * The HighLevel location a request is charged to, read from the {@link RequestMetadata} tag the
 * client attached (never from the URL).
 */
public final class GhlLocations {

  /** Budget key of tagged requests that address no location (agency and OAuth calls). */
  public static final String APP_KEY = "_app";

  /** Budget key of requests without a {@link RequestMetadata} tag (made by other code). */
  public static final String UNATTRIBUTED_KEY = "unattributed";

  private GhlLocations() {}

  /** The location id of the tag, or null (no tag, or a call that addresses no location). */
  public static String locationOf(Request request) {
    return RequestMetadata.of(request).map(RequestMetadata::locationId).orElse(null);
  }

  /** The budget a request is charged to: its location, {@link #APP_KEY} or {@link #UNATTRIBUTED_KEY}. */
  public static String budgetKey(Request request) {
    Optional<RequestMetadata> meta = RequestMetadata.of(request);
    if (meta.isEmpty()) {
      return UNATTRIBUTED_KEY;
    }
    String location = meta.get().locationId();
    return location != null ? location : APP_KEY;
  }
}
