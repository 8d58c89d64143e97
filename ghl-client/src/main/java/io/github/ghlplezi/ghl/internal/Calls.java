package io.github.ghlplezi.ghl.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ghlplezi.ghl.GhlApiException;
import io.github.ghlplezi.ghl.GhlErrorDetails;
import io.github.ghlplezi.ghl.GhlForbiddenException;
import io.github.ghlplezi.ghl.GhlNotFoundException;
import io.github.ghlplezi.ghl.GhlRateLimitedException;
import io.github.ghlplezi.ghl.GhlRedirectException;
import io.github.ghlplezi.ghl.GhlReauthorizationRequiredException;
import io.github.ghlplezi.ghl.GhlServerException;
import io.github.ghlplezi.ghl.GhlTransportException;
import io.github.ghlplezi.ghl.GhlUnreadableResponseException;
import io.github.ghlplezi.ghl.GhlUnauthorizedException;
import io.github.ghlplezi.ghl.GhlValidationException;
import io.github.ghlplezi.ghl.RateLimitInfo;
import io.github.ghlplezi.ghl.model.ImmutableSocialOAuthStart;
import io.github.ghlplezi.ghl.model.SocialOAuthStart;
import io.github.ghlplezi.http.Redactor;
import io.github.ghlplezi.http.ResponseTooLargeException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import io.github.ghlplezi.ghl.model.SkippedRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import okhttp3.HttpUrl;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import retrofit2.Call;
import retrofit2.Response;

/** Executes Retrofit calls and turns failures into the {@link GhlApiException} hierarchy. */
public final class Calls {

  private static final int MAX_ERROR_BODY = 64 * 1024;

  private final ObjectMapper mapper;
  private final Clock clock;

  /**
   * @param mapper reads error bodies
   * @param clock stamps rate-limit info of failures
   */
  public Calls(ObjectMapper mapper, Clock clock) {
    this.mapper = mapper;
    this.clock = clock;
  }

  /**
   * Runs a call and returns its body.
   *
   * @param call the call
   * @param <T> body type
   * @return the body, never {@code null}
   */
  public <T> T execute(Call<T> call) {
    T body = executeNullable(call);
    if (body == null) {
      OperationMeta op = OperationMeta.of(call.request());
      throw new GhlTransportException(new GhlErrorDetails(0, op.httpMethod(), op.pathTemplate(),
          op.operationId(), List.of("empty response body"), null, null), null);
    }
    return body;
  }

  /**
   * Runs a call; a successful answer without a body yields {@code null}.
   *
   * @param call the call
   * @param <T> body type
   * @return the body or {@code null}
   */
  public <T> T executeNullable(Call<T> call) {
    Response<T> response = send(call);
    if (response.isSuccessful()) {
      return response.body();
    }
    throw toException(response);
  }

  /**
   * Runs one of the {@code oauth/<platform>/start} calls, whose answer may be a redirect.
   *
   * @param call the call (made with a client that does not follow redirects)
   * @return status, redirect target and body
   */
  public SocialOAuthStart executeStart(Call<ResponseBody> call) {
    Response<ResponseBody> response = send(call);
    int code = response.code();
    if (!response.isSuccessful() && (code < 300 || code >= 400)) {
      throw toException(response);
    }
    ImmutableSocialOAuthStart.Builder b = ImmutableSocialOAuthStart.builder().status(code);
    String location = response.headers().get("Location");
    if (location != null) {
      b.redirectUrl(location);
    }
    try (ResponseBody body = response.isSuccessful() ? response.body() : response.errorBody()) {
      if (body != null) {
        String text = body.string();
        if (!text.isEmpty()) {
          b.body(text);
        }
      }
    } catch (IOException e) {
      OperationMeta op = OperationMeta.of(call.request());
      throw new GhlTransportException(new GhlErrorDetails(0, op.httpMethod(), op.pathTemplate(),
          op.operationId(), List.of(e.toString()), null, null), e);
    }
    return b.build();
  }

  /**
   * Reads each record on its own: one that does not fit {@code type} (a required field missing, a
   * malformed date) is left out and reported in {@code skipped} instead of failing the whole page.
   *
   * @param records the records' JSON, may be {@code null}
   * @param type the model type
   * @param skipped receives one entry per record left out
   * @param <T> the model type
   * @return the readable records, in order
   */
  public <T> List<T> readEach(List<TokenBuffer> records, Class<T> type, List<SkippedRecord> skipped) {
    if (records == null) {
      return List.of();
    }
    List<T> read = new ArrayList<>(records.size());
    for (int i = 0; i < records.size(); i++) {
      TokenBuffer record = records.get(i);
      try {
        read.add(mapper.readValue(record.asParser(mapper), type));
      } catch (IOException | RuntimeException e) {
        skipped.add(new SkippedRecord(i, describe(e)));
      }
    }
    return read;
  }

  /** The failure type, the JSON path and, for a missing field, the builder's message: never a value. */
  private static String describe(Exception e) {
    StringBuilder sb = new StringBuilder(e.getClass().getSimpleName());
    if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
      sb.append(" at ").append(m.getPathReference());
    }
    Throwable cause = e.getCause();
    if (cause instanceof IllegalStateException && cause.getMessage() != null && cause.getMessage().startsWith("Cannot build")) {
      sb.append(": ").append(cause.getMessage());
    }
    return sb.toString();
  }

  private <T> Response<T> send(Call<T> call) {
    try {
      return call.execute();
    } catch (ResponseTooLargeException e) {
      // Retrofit buffers error bodies whole, so the cap fires inside execute() and the response is
      // gone: report the status the cap saw, the template and the limit, never a raw IOException
      OperationMeta op = OperationMeta.of(call.request());
      GhlErrorDetails details = new GhlErrorDetails(e.status(), op.httpMethod(), op.pathTemplate(),
          op.operationId(), List.of("response body exceeds " + e.limitBytes() + " bytes"), null, null);
      throw e.status() > 0 ? byStatus(details, null, e) : new GhlTransportException(details, e);
    } catch (JsonProcessingException e) {
      // Retrofit converts only successful bodies: HighLevel answered, but not with what it documents
      OperationMeta op = OperationMeta.of(call.request());
      throw new GhlUnreadableResponseException(new GhlErrorDetails(0, op.httpMethod(), op.pathTemplate(),
          op.operationId(), List.of("unreadable response body (" + e.getClass().getSimpleName() + ")"), null, null), e);
    } catch (IOException e) {
      OperationMeta op = OperationMeta.of(call.request());
      throw new GhlTransportException(new GhlErrorDetails(0, op.httpMethod(), op.pathTemplate(),
          op.operationId(), List.of(Secrets.of(call.request()).redact(e.toString())), null, null), e);
    }
  }

  private GhlApiException toException(Response<?> response) {
    okhttp3.Response raw = response.raw();
    OperationMeta op = OperationMeta.of(raw.request());
    if (response.code() >= 300 && response.code() < 400) {
      if (response.errorBody() != null) {
        response.errorBody().close();
      }
      return redirect(raw, op);
    }
    List<String> messages = new ArrayList<>();
    String traceId = null;
    String errorCode = null;
    try (ResponseBody errorBody = response.errorBody()) {
      if (errorBody != null) {
        Parsed parsed = parse(readAtMost(errorBody, MAX_ERROR_BODY));
        messages.addAll(parsed.messages());
        traceId = parsed.traceId();
        errorCode = parsed.errorCode();
      }
    } catch (IOException | RuntimeException e) {
      messages.add("(error body unreadable)");
    }
    int status = response.code();
    Redactor redactor = Secrets.of(raw.request());
    messages.replaceAll(redactor::redact);
    RateLimitInfo rateLimit = RateLimitTracker.parse(raw, clock);
    GhlErrorDetails details = new GhlErrorDetails(status, op.httpMethod(), op.pathTemplate(),
        op.operationId(), messages, redactor.redact(traceId), rateLimit.isReported() ? rateLimit : null);
    if (isInvalidGrant(op, status, errorCode, messages)) {
      return new GhlReauthorizationRequiredException(details);
    }
    return byStatus(details, retryAfter(raw.header("Retry-After")), null);
  }

  private static GhlApiException byStatus(GhlErrorDetails details, Duration retryAfter, Throwable cause) {
    int status = details.status();
    return switch (status) {
      case 400, 422 -> new GhlValidationException(details, cause);
      case 401 -> new GhlUnauthorizedException(details, cause);
      case 403 -> new GhlForbiddenException(details, cause);
      case 404 -> new GhlNotFoundException(details, cause);
      case 429 -> new GhlRateLimitedException(details, retryAfter);
      default -> status >= 500 ? new GhlServerException(details, cause) : new GhlApiException(details, cause);
    };
  }

  /** Reads the first {@code maxBytes} of a body without buffering the rest. */
  private static String readAtMost(ResponseBody body, long maxBytes) throws IOException {
    BufferedSource source = body.source();
    Buffer buffer = new Buffer();
    while (buffer.size() < maxBytes && source.read(buffer, maxBytes - buffer.size()) != -1) {
      // keep reading
    }
    return buffer.readString(body.contentType() != null && body.contentType().charset() != null
        ? body.contentType().charset() : StandardCharsets.UTF_8);
  }

  /** Names the target host only: a redirect's path or query may carry anything. */
  private GhlRedirectException redirect(okhttp3.Response raw, OperationMeta op) {
    String location = raw.header("Location");
    HttpUrl target = location == null ? null : raw.request().url().resolve(location);
    String host = target == null ? null : target.host();
    RateLimitInfo rateLimit = RateLimitTracker.parse(raw, clock);
    return new GhlRedirectException(new GhlErrorDetails(raw.code(), op.httpMethod(), op.pathTemplate(), op.operationId(),
        List.of("redirect to " + (host == null ? "an unnamed host" : "host " + host) + " not followed"), null,
        rateLimit.isReported() ? rateLimit : null), host);
  }

  private static boolean isInvalidGrant(OperationMeta op, int status, String errorCode, List<String> messages) {
    if (!"/oauth/token".equals(op.pathTemplate()) || (status != 400 && status != 401)) {
      return false;
    }
    if ("invalid_grant".equalsIgnoreCase(errorCode)) {
      return true;
    }
    return messages.stream().anyMatch(m -> {
      String lower = m.toLowerCase(Locale.ROOT);
      return lower.contains("invalid grant") || lower.contains("invalid_grant");
    });
  }

  private record Parsed(List<String> messages, String traceId, String errorCode) {
  }

  private Parsed parse(String text) {
    List<String> messages = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return new Parsed(messages, null, null);
    }
    JsonNode root;
    try {
      root = mapper.readTree(text);
    } catch (IOException e) {
      // kept whole here: redacted first, then clipped by GhlErrorDetails, so no secret is cut in half
      messages.add(text);
      return new Parsed(messages, null, null);
    }
    if (root == null || !root.isObject()) {
      messages.add(text);
      return new Parsed(messages, null, null);
    }
    JsonNode message = root.get("message");
    if (message != null && message.isArray()) {
      message.forEach(m -> messages.add(m.asText()));
    } else if (message != null && !message.isNull()) {
      messages.add(message.asText());
    }
    String errorCode = null;
    JsonNode error = root.get("error");
    if (error != null && error.isObject()) {
      // AIP-style envelope: {"error":{"code":..,"message":..}}
      if (error.hasNonNull("message")) {
        messages.add(error.get("message").asText());
      }
      errorCode = error.hasNonNull("code") ? error.get("code").asText() : null;
    } else if (error != null && error.isTextual()) {
      errorCode = error.asText();
      if (messages.isEmpty()) {
        messages.add(errorCode);
      }
    }
    JsonNode description = root.get("error_description");
    if (description != null && description.isTextual()) {
      messages.add(description.asText());
    }
    String traceId = root.hasNonNull("traceId") ? root.get("traceId").asText() : null;
    return new Parsed(messages, traceId, errorCode);
  }

  Duration retryAfter(String header) {
    if (header == null || header.isBlank()) {
      return null;
    }
    try {
      long seconds = Long.parseLong(header.trim());
      return seconds < 0 ? null : Duration.ofSeconds(seconds);
    } catch (NumberFormatException e) {
      try {
        ZonedDateTime at = ZonedDateTime.parse(header.trim(), DateTimeFormatter.RFC_1123_DATE_TIME);
        Duration d = Duration.between(clock.instant(), at.toInstant());
        return d.isNegative() ? Duration.ZERO : d;
      } catch (DateTimeParseException e2) {
        return null;
      }
    }
  }
}
