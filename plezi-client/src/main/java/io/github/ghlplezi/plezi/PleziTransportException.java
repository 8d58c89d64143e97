package io.github.ghlplezi.plezi;

import java.io.IOException;
import java.util.List;

/** The request did not get an HTTP response (connection refused, timeout, reset...). */
public final class PleziTransportException extends PleziApiException {

  private static final long serialVersionUID = 1L;

  PleziTransportException(String message, IOException cause) {
    super(message, 0, null, null, List.of(), cause);
  }

}
