package io.github.ghlplezi.sync.http;

import io.github.ghlplezi.http.RequestMetadata;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import okhttp3.Request;

/**
 * Which requests may be repeated after an ambiguous failure (a 5xx, a timeout, a connection lost
 * after the request was sent). Repeating them cannot change the outcome:
 *
 * <ul>
 *   <li>any request carrying an {@value #IDEMPOTENCY_KEY_HEADER} header;
 *   <li>any request marked with {@link #markSafe(Request.Builder)}, or accepted by a predicate given to
 *       {@link ResilientHttp.Builder#retrySafe(Predicate)};
 *   <li>a request tagged with {@link RequestMetadata} (both clients tag every request they make) when
 *       its {@link RequestMetadata#repeatable()} is true: the client knows which of its operations
 *       are reads, read-only POSTs or full-value upserts;
 *   <li>a request without that tag (made by other code) only when its method is {@code GET},
 *       {@code HEAD} or {@code OPTIONS}: nothing else is known about it.
 * </ul>
 *
 * <p>Other requests are repeated only when the server cannot have acted on them: after a 429, or
 * when the connection could not be established.
 */
public final class RetrySafety {

  /** The header whose presence makes a request safe to repeat. */
  public static final String IDEMPOTENCY_KEY_HEADER = "Idempotency-Key";

  private RetrySafety() {}

  /**
   * Marks a request as safe to repeat (for example a custom idempotent endpoint).
   *
   * @param builder the request builder
   * @return the same builder, tagged
   */
  public static Request.Builder markSafe(Request.Builder builder) {
    return builder.tag(Marker.class, Marker.SAFE);
  }

  /**
   * The built-in rule described in the class documentation.
   *
   * @param request the request
   * @return whether it may be repeated after an ambiguous failure
   */
  public static boolean isSafeByDefault(Request request) {
    if (request.header(IDEMPOTENCY_KEY_HEADER) != null || request.tag(Marker.class) != null) {
      return true;
    }
    Optional<RequestMetadata> meta = RequestMetadata.of(request);
    if (meta.isPresent()) {
      return meta.get().repeatable();
    }
    String method = request.method().toUpperCase(Locale.ROOT);
    return method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS");
  }

  /**
   * The built-in rule, widened by {@code extra}.
   *
   * @param extra more requests to treat as safe
   * @return the combined rule
   */
  public static Predicate<Request> defaultsOr(Predicate<Request> extra) {
    Predicate<Request> base = RetrySafety::isSafeByDefault;
    return extra == null ? base : base.or(extra);
  }

  private enum Marker {
    SAFE
  }
}
