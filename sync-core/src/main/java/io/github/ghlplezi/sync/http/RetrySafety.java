package io.github.ghlplezi.sync.http;

import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import okhttp3.Request;

/**
 * Which requests may be repeated after an ambiguous failure (a 5xx, a timeout, a connection lost
 * after the request was sent). Repeating them cannot change the outcome:
 *
 * <ul>
 *   <li>{@code GET}, {@code HEAD} and {@code OPTIONS};
 *   <li>HighLevel's read-only POSTs: {@code /social-media-posting/{locationId}/tags/details},
 *       {@code /social-media-posting/statistics} and {@code /social-media-posting/{locationId}/posts/list};
 *   <li>Plezi's {@code create_contact_after_webform} upsert (the same values written twice leave the
 *       contact as written once);
 *   <li>any request carrying an {@value #IDEMPOTENCY_KEY_HEADER} header;
 *   <li>any request marked with {@link #markSafe(Request.Builder)}, or accepted by a predicate given to
 *       {@link ResilientHttp.Builder#retrySafe(Predicate)}.
 * </ul>
 *
 * <p>Other requests are repeated only when the server cannot have acted on them: after a 429, or
 * when the connection could not be established.
 */
public final class RetrySafety {

  /** The header whose presence makes a request safe to repeat. */
  public static final String IDEMPOTENCY_KEY_HEADER = "Idempotency-Key";

  private static final Pattern READ_ONLY_POST = Pattern.compile(
      ".*/social-media-posting/(?:[^/]+/tags/details|statistics|[^/]+/posts/list)/?");
  private static final Pattern PLEZI_UPSERT = Pattern.compile(".*/create_contact_after_webform/?");

  private RetrySafety() {}

  /** Marks a request as safe to repeat (for example a custom idempotent endpoint). */
  public static Request.Builder markSafe(Request.Builder builder) {
    return builder.tag(Marker.class, Marker.SAFE);
  }

  /** The built-in rule described in the class documentation. */
  public static boolean isSafeByDefault(Request request) {
    String method = request.method().toUpperCase(Locale.ROOT);
    if (method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS")) {
      return true;
    }
    if (request.header(IDEMPOTENCY_KEY_HEADER) != null || request.tag(Marker.class) != null) {
      return true;
    }
    String path = request.url().encodedPath();
    return PLEZI_UPSERT.matcher(path).matches()
        || method.equals("POST") && READ_ONLY_POST.matcher(path).matches();
  }

  /** The built-in rule, widened by {@code extra}. */
  public static Predicate<Request> defaultsOr(Predicate<Request> extra) {
    Predicate<Request> base = RetrySafety::isSafeByDefault;
    return extra == null ? base : base.or(extra);
  }

  private enum Marker {
    SAFE
  }
}
