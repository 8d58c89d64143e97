package io.github.ghlplezi.plezi;

import java.util.List;

/**
 * Plezi answered in a way the protocol does not allow: a success status whose body is not the
 * expected JSON (an HTML page, invalid JSON, nothing), or a body larger than the client's limit
 * ({@link #getCause()} is then an {@code io.github.ghlplezi.http.ResponseTooLargeException}). The
 * message quotes the start of an unexpected body, truncated and with secrets masked. Permanent:
 * repeating the request would not change the answer's shape. A write may have been applied.
 */
public final class PleziUnexpectedResponseException extends PleziApiException {

  private static final long serialVersionUID = 1L;

  PleziUnexpectedResponseException(String message, int status, String requestId, Throwable cause) {
    super(message, status, null, requestId, List.of(), cause);
  }
}
