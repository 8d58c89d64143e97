package io.github.ghlplezi.sync.http;

import io.github.ghlplezi.ghl.GhlRequests;
import io.github.ghlplezi.http.RequestMetadata;
import java.util.Set;
import okhttp3.OkHttpClient;
import okhttp3.Request;

/**
 * Stand-in, until both clients attach {@link RequestMetadata} themselves: tags each request a client
 * makes, ahead of {@code ResilientHttp}'s interceptors. Delete it (and its callers' {@code tagging(..)})
 * once the clients tag.
 */
final class ClientRequestTags {

  private static final Set<String> READ_ONLY_POSTS = Set.of("/social-media-posting/{locationId}/tags/details",
      "/social-media-posting/statistics", "/social-media-posting/{locationId}/posts/list");

  private ClientRequestTags() {}

  /** {@code resilient} with an interceptor in front that tags the requests of either client. */
  static OkHttpClient tagging(OkHttpClient resilient) {
    OkHttpClient.Builder b = resilient.newBuilder();
    b.interceptors().add(0, chain -> {
      Request r = chain.request();
      return chain.proceed(RequestMetadata.of(r).isPresent() ? r : metadata(r).attachTo(r.newBuilder()).build());
    });
    return b.build();
  }

  private static RequestMetadata metadata(Request r) {
    String template = GhlRequests.pathTemplate(r);
    boolean upsert = r.url().encodedPath().endsWith("/create_contact_after_webform");
    boolean repeatable = r.method().equals("GET") || upsert || READ_ONLY_POSTS.contains(template);
    return new RequestMetadata(template, template, GhlRequests.locationId(r).orElse(null), repeatable);
  }
}
