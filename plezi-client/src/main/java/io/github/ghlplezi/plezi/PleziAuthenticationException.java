package io.github.ghlplezi.plezi;

import io.github.ghlplezi.plezi.model.ErrorDetail;
import java.util.List;

/** The credentials were refused: a missing or wrong API key or tenant (HTTP 401 or 403 by default), or an unknown or badly signed brain key. */
public final class PleziAuthenticationException extends PleziApiException {

  private static final long serialVersionUID = 1L;

  PleziAuthenticationException(String message, int status, String vendorMessage, String requestId,
      List<ErrorDetail> errors) {
    super(message, status, vendorMessage, requestId, errors, null);
  }

}
