package io.github.ghlplezi.sync.http.internal;

import io.github.ghlplezi.ghl.GhlRequests;
import java.util.List;
import okhttp3.HttpUrl;
import okhttp3.Request;

/** Finds the HighLevel location (the rate-limit resource) a request addresses. */
public final class GhlLocations {

  private GhlLocations() {}

  /**
   * The location id ghl-client attached to the request; for requests made by other code, the one
   * in {@code ?locationId=}, {@code /social-media-posting/{id}/...} or {@code /locations/{id}};
   * else null.
   */
  public static String locationOf(Request request) {
    String tagged = GhlRequests.locationId(request).orElse(null);
    if (tagged != null) {
      return tagged;
    }
    HttpUrl url = request.url();
    String q = url.queryParameter("locationId");
    if (q != null && !q.isBlank()) {
      return q;
    }
    List<String> segments = url.pathSegments();
    for (int i = 0; i + 1 < segments.size(); i++) {
      String s = segments.get(i);
      String next = segments.get(i + 1);
      if (next.isEmpty()) {
        continue;
      }
      if (s.equals("social-media-posting") && !next.equals("statistics") && !next.equals("oauth")) {
        return next;
      }
      if (s.equals("locations") && !next.equals("search")) {
        return next;
      }
    }
    return null;
  }
}
