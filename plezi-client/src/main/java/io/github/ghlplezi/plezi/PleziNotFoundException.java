package io.github.ghlplezi.plezi;

import io.github.ghlplezi.plezi.model.ErrorDetail;
import java.util.List;

/** The resource or a referenced id does not exist (HTTP 404 by default), for example an unknown form id. */
public final class PleziNotFoundException extends PleziApiException {

  private static final long serialVersionUID = 1L;

  PleziNotFoundException(String message, int status, String vendorMessage, String requestId,
      List<ErrorDetail> errors) {
    super(message, status, vendorMessage, requestId, errors, null);
  }

}
