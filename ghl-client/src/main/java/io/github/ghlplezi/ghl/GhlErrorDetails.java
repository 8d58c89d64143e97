package io.github.ghlplezi.ghl;

import io.github.ghlplezi.http.Redactor;
import java.util.List;
import java.util.Objects;

/**
 * What is known about a failed HighLevel call; the constructor argument of every
 * {@link GhlApiException}.
 *
 * <p>Vendor text is bounded here: at most {@value #MAX_VENDOR_MESSAGES} messages of at most
 * {@value #MAX_VENDOR_MESSAGE_CHARS} characters each, and a trace id of at most
 * {@value #MAX_TRACE_ID_CHARS} characters (longer values are cut and end with {@code …}). The
 * client removes the request's credentials from vendor text before it gets here.
 *
 * @param status HTTP status, {@code 0} when no response was received
 * @param method HTTP method
 * @param pathTemplate OpenAPI path template of the operation
 * @param operationId OpenAPI operation id, may be {@code null}
 * @param vendorMessages HighLevel's message(s), never {@code null}
 * @param traceId HighLevel's trace id, may be {@code null}
 * @param rateLimit rate-limit headers of the response, may be {@code null}
 */
public record GhlErrorDetails(
    int status,
    String method,
    String pathTemplate,
    String operationId,
    List<String> vendorMessages,
    String traceId,
    RateLimitInfo rateLimit) {

  /** The most vendor messages kept. */
  public static final int MAX_VENDOR_MESSAGES = 20;
  /** The longest vendor message kept, in characters. */
  public static final int MAX_VENDOR_MESSAGE_CHARS = 1000;
  /** The longest trace id kept, in characters. */
  public static final int MAX_TRACE_ID_CHARS = 128;

  /**
   * Normalises the message list and bounds vendor text.
   *
   * @param status see the record component
   * @param method see the record component
   * @param pathTemplate see the record component
   * @param operationId see the record component
   * @param vendorMessages see the record component
   * @param traceId see the record component
   * @param rateLimit see the record component
   */
  public GhlErrorDetails {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(pathTemplate, "pathTemplate");
    vendorMessages = vendorMessages == null ? List.of() : vendorMessages.stream()
        .limit(MAX_VENDOR_MESSAGES)
        .map(m -> m == null ? "null" : Redactor.clip(m, MAX_VENDOR_MESSAGE_CHARS))
        .toList();
    traceId = traceId == null ? null : Redactor.clip(traceId, MAX_TRACE_ID_CHARS);
  }

  String describe() {
    StringBuilder sb = new StringBuilder("HighLevel ");
    sb.append(method).append(' ').append(pathTemplate);
    if (operationId != null) {
      sb.append(" (").append(operationId).append(')');
    }
    sb.append(status == 0 ? " failed without a response" : " answered " + status);
    if (!vendorMessages.isEmpty()) {
      sb.append(": ").append(String.join("; ", vendorMessages));
    }
    if (traceId != null) {
      sb.append(" [traceId ").append(traceId).append(']');
    }
    return sb.toString();
  }
}
