package io.github.ghlplezi.plezi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ghlplezi.plezi.internal.ErrorBodies;
import io.github.ghlplezi.plezi.internal.Redactor;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import okhttp3.Request;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.Response;

/** Runs one call and turns every failure into the matching {@link PleziApiException}. */
final class Exchange {

  private static final int MAX_BODY = 1 << 20;

  private final ObjectMapper mapper;
  private final PleziStatusCodes statusCodes;
  private final Redactor redactor;
  private final Clock clock;

  Exchange(ObjectMapper mapper, PleziStatusCodes statusCodes, Redactor redactor, Clock clock) {
    this.mapper = mapper;
    this.statusCodes = statusCodes;
    this.redactor = redactor;
    this.clock = clock;
  }

  ObjectMapper mapper() {
    return mapper;
  }

  PleziStatusCodes statusCodes() {
    return statusCodes;
  }

  /** A successful response: status, body text (may be empty) and request id. */
  record Reply(int status, String body, String requestId) {

    JsonNode json(ObjectMapper mapper, String operation) {
      if (body.isBlank()) {
        return mapper.missingNode();
      }
      try {
        return mapper.readTree(body);
      } catch (IOException e) {
        throw new PleziApiException("Plezi " + operation + " returned HTTP " + status
            + " with a body that is not JSON", status, null, requestId, java.util.List.of(), e);
      }
    }

    JsonNode jsonOrMissing(ObjectMapper mapper) {
      try {
        return body.isBlank() ? mapper.missingNode() : mapper.readTree(body);
      } catch (IOException e) {
        return mapper.missingNode();
      }
    }
  }

  /**
   * Executes the call; any 2xx is returned, anything else thrown.
   *
   * @param operation a short name for messages, e.g. "contact upsert"
   */
  Reply execute(Call<ResponseBody> call, String operation) {
    Request request = call.request();
    String where = request.method() + " " + request.url().encodedPath();
    Response<ResponseBody> response;
    try {
      response = call.execute();
    } catch (IOException e) {
      throw new PleziTransportException("Plezi " + operation + " (" + where + ") failed: "
          + e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : ": " + redactor.redact(e.getMessage())), e);
    }
    int status = response.code();
    String requestId = response.headers().get("X-Request-Id");
    if (response.isSuccessful()) {
      return new Reply(status, readAll(response.body(), operation, where), requestId);
    }
    throw failure(response, status, requestId, operation, where);
  }

  private PleziApiException failure(Response<ResponseBody> response, int status, String requestId,
      String operation, String where) {
    ResponseBody errorBody = response.errorBody();
    String contentType = errorBody == null || errorBody.contentType() == null ? null
        : errorBody.contentType().toString();
    ErrorBodies.Parsed parsed = ErrorBodies.parse(mapper, read(errorBody), contentType, redactor);
    PleziStatusCodes.Family family = statusCodes.familyOf(status);
    long retryAfter = family == PleziStatusCodes.Family.RATE_LIMITED
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
    return PleziApiException.of(family, message.toString(), status, parsed.message(), requestId,
        parsed.errors(), retryAfter);
  }

  private long retryAfterSeconds(String header) {
    if (header == null || header.isBlank()) {
      return -1;
    }
    String value = header.trim();
    try {
      return Math.max(0, Long.parseLong(value));
    } catch (NumberFormatException notSeconds) {
      try {
        ZonedDateTime at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
        return Math.max(0, Duration.between(clock.instant(), at.toInstant()).getSeconds());
      } catch (DateTimeParseException notDate) {
        return -1;
      }
    }
  }

  private String readAll(ResponseBody body, String operation, String where) {
    if (body == null) {
      return "";
    }
    try (body) {
      return body.string();
    } catch (IOException e) {
      throw new PleziTransportException("Plezi " + operation + " (" + where
          + ") failed while reading the response: " + e.getClass().getSimpleName(), e);
    }
  }

  private static String read(ResponseBody body) {
    if (body == null) {
      return "";
    }
    try (body; java.io.InputStream in = body.byteStream()) {
      return new String(in.readNBytes(MAX_BODY), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }
}
