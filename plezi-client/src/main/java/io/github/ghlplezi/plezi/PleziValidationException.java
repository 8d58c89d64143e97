package io.github.ghlplezi.plezi;

import io.github.ghlplezi.plezi.model.ErrorDetail;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Plezi refused the request's content (HTTP 400 or 422 by default). {@link #errors()} holds every
 * JSON:API error; {@link #fieldErrors()} groups the messages by the field they point at
 * ({@code source.parameter}, or the last segment of {@code source.pointer}).
 */
public final class PleziValidationException extends PleziApiException {

  private static final long serialVersionUID = 1L;

  PleziValidationException(String message, int status, String vendorMessage, String requestId,
      List<ErrorDetail> errors) {
    super(message, status, vendorMessage, requestId, errors, null);
  }

  /**
   * @return for each field named by an error, the messages about it ({@code detail}, else
   *     {@code title}), in the order of the response
   */
  public Map<String, List<String>> fieldErrors() {
    Map<String, List<String>> byField = new java.util.LinkedHashMap<>();
    for (ErrorDetail e : errors()) {
      Optional<String> field = e.field();
      if (field.isEmpty()) {
        continue;
      }
      String text = e.detail().or(e::title).orElse("invalid");
      byField.computeIfAbsent(field.get(), k -> new java.util.ArrayList<>()).add(text);
    }
    byField.replaceAll((k, v) -> List.copyOf(v));
    return java.util.Collections.unmodifiableMap(byField);
  }
}
