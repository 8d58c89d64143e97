package io.github.ghlplezi.plezi;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ghlplezi.http.RequestMetadata;
import io.github.ghlplezi.http.ResponseTooLargeException;
import io.github.ghlplezi.plezi.internal.Decoded;
import io.github.ghlplezi.plezi.internal.ErrorBodies;
import io.github.ghlplezi.plezi.internal.Redactor;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.Response;

/** Runs one call and turns every failure into the matching {@link PleziApiException}. */
final class Exchange {

  /** How much of an error body is read for its message; the rest is never needed. */
  private static final int MAX_ERROR_TEXT = 64 * 1024;

  private static final long MAX_RETRY_AFTER_SECONDS = Duration.ofDays(1).toSeconds();

  private final ObjectMapper mapper;
  private final PleziProtocol settings;
  private final Redactor redactor;
  private final Clock clock;

  Exchange(ObjectMapper mapper, PleziProtocol settings, Redactor redactor, Clock clock) {
    this.mapper = mapper;
    this.settings = settings;
    this.redactor = redactor;
    this.clock = clock;
  }

  ObjectMapper mapper() {
    return mapper;
  }

  PleziProtocol settings() {
    return settings;
  }

  /**
   * A successful response.
   *
   * @param status the HTTP status
   * @param value the decoded body, never {@code null}
   * @param requestId the {@code X-Request-Id}, or {@code null}
   */
  record Reply<T>(int status, T value, String requestId) {
  }

  /**
   * Executes the call: a 2xx whose body is the expected JSON is returned, anything else thrown.
   *
   * @param operation a short name for messages, e.g. "contact upsert"
   */
  <T> Reply<T> execute(Call<Decoded<T>> call, String operation) {
    Request request = call.request();
    String where = where(request);
    Response<Decoded<T>> response = send(call, operation, where);
    int status = response.code();
    String requestId = response.headers().get("X-Request-Id");
    Decoded<T> decoded = response.body();
    if (decoded == null || decoded.value() == null) {
      String quote = decoded == null ? "(no body)" : redactor.redact(decoded.unreadable());
      throw new PleziUnexpectedResponseException("Plezi " + operation + " (" + where
          + ") answered HTTP " + status + " without the expected JSON body: " + quote,
          status, requestId, null);
    }
    return new Reply<>(status, decoded.value(), requestId);
  }

  /**
   * Executes a call whose body does not matter and returns its 2xx status; anything else is thrown.
   */
  int executeForStatus(Call<Void> call, String operation) {
    return send(call, operation, where(call.request())).code();
  }

  private <T> Response<T> send(Call<T> call, String operation, String where) {
    Response<T> response;
    try {
      response = call.execute();
    } catch (ResponseTooLargeException e) {
      throw new PleziUnexpectedResponseException("Plezi " + operation + " (" + where
          + ") failed: " + e.getMessage(), 0, null, e);
    } catch (IOException e) {
      throw new PleziTransportException("Plezi " + operation + " (" + where + ") failed: "
          + e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : ": " + redactor.redact(e.getMessage())), e);
    }
    int status = response.code();
    if (status >= 300 && status <= 399) {
      ResponseBody ignored = response.errorBody();
      if (ignored != null) {
        ignored.close();
      }
      throw redirect(response, status, operation, where);
    }
    if (!response.isSuccessful()) {
      throw failure(response, status, response.headers().get("X-Request-Id"), operation, where);
    }
    return response;
  }

  private static String where(Request request) {
    String path = RequestMetadata.of(request).map(RequestMetadata::pathTemplate)
        .orElseGet(() -> request.url().encodedPath());
    return request.method() + " " + path;
  }

  private static PleziRedirectException redirect(Response<?> response, int status,
      String operation, String where) {
    String location = response.headers().get("Location");
    HttpUrl target = location == null ? null : response.raw().request().url().resolve(location);
    String host = target == null ? null : target.host();
    return new PleziRedirectException("Plezi " + operation + " (" + where + ") answered HTTP "
        + status + (host == null ? " without a usable Location" : " redirecting to host " + host)
        + "; redirects are not followed, so credentials never leave their host", status, host,
        response.headers().get("X-Request-Id"));
  }

  private PleziApiException failure(Response<?> response, int status, String requestId,
      String operation, String where) {
    ResponseBody errorBody = response.errorBody();
    String contentType = errorBody == null || errorBody.contentType() == null ? null
        : errorBody.contentType().toString();
    // Retrofit has buffered the error body already, within the body-limit interceptor's cap.
    ErrorBodies.Parsed parsed = ErrorBodies.parse(mapper, read(errorBody), contentType, redactor);
    Family family = familyOf(status);
    long retryAfter = family == Family.RATE_LIMITED
        ? retryAfterSeconds(response.headers().get("Retry-After")) : -1;
    StringBuilder message = new StringBuilder("Plezi ").append(operation).append(" (")
        .append(where).append(") failed with HTTP ").append(status);
    if (parsed.message() != null) {
      message.append(": ").append(parsed.message());
    }
    if (retryAfter >= 0) {
      message.append("; retry after ").append(retryAfter).append(" s");
    }
    if (requestId != null) {
      message.append(" (request id ").append(requestId).append(')');
    }
    String text = message.toString();
    List<io.github.ghlplezi.plezi.model.ErrorDetail> errors = parsed.errors();
    String vendor = parsed.message();
    return switch (family) {
      case AUTHENTICATION -> new PleziAuthenticationException(text, status, vendor, requestId, errors);
      case VALIDATION -> new PleziValidationException(text, status, vendor, requestId, errors);
      case NOT_FOUND -> new PleziNotFoundException(text, status, vendor, requestId, errors);
      case RATE_LIMITED -> new PleziRateLimitedException(text, status, vendor, requestId, errors,
          retryAfter < 0 ? null : Duration.ofSeconds(retryAfter));
      case SERVER -> new PleziServerException(text, status, vendor, requestId, errors);
      case OTHER -> new PleziApiException(text, status, vendor, requestId, errors, null);
    };
  }

  /** The family an error status belongs to, by {@link PleziProtocol}. */
  enum Family { AUTHENTICATION, VALIDATION, NOT_FOUND, RATE_LIMITED, SERVER, OTHER }

  Family familyOf(int status) {
    if (settings.authenticationStatuses().contains(status)) {
      return Family.AUTHENTICATION;
    }
    if (settings.validationStatuses().contains(status)) {
      return Family.VALIDATION;
    }
    if (settings.notFoundStatuses().contains(status)) {
      return Family.NOT_FOUND;
    }
    if (settings.rateLimitedStatuses().contains(status)) {
      return Family.RATE_LIMITED;
    }
    return status >= 500 && status <= 599 ? Family.SERVER : Family.OTHER;
  }

  private long retryAfterSeconds(String header) {
    if (header == null || header.isBlank()) {
      return -1;
    }
    String value = header.trim();
    if (value.matches("\\d+")) {
      return value.length() > 18 ? MAX_RETRY_AFTER_SECONDS
          : Math.min(Long.parseLong(value), MAX_RETRY_AFTER_SECONDS);
    }
    try {
      ZonedDateTime at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
      long seconds = Duration.between(clock.instant(), at.toInstant()).getSeconds();
      return Math.max(0, Math.min(seconds, MAX_RETRY_AFTER_SECONDS));
    } catch (DateTimeParseException | ArithmeticException notDate) {
      return -1;
    }
  }

  private static String read(ResponseBody body) {
    if (body == null) {
      return "";
    }
    try (body; java.io.InputStream in = body.byteStream()) {
      return new String(in.readNBytes(MAX_ERROR_TEXT), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }
}
