package io.github.ghlplezi.plezi;

import io.github.ghlplezi.plezi.model.ErrorDetail;
import java.util.List;

/** Plezi failed on its side (HTTP 5xx). */
public final class PleziServerException extends PleziApiException {

  private static final long serialVersionUID = 1L;

  PleziServerException(String message, int status, String vendorMessage, String requestId,
      List<ErrorDetail> errors) {
    super(message, status, vendorMessage, requestId, errors, null);
  }

}
