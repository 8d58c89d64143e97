package io.github.ghlplezi.plezi.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ghlplezi.plezi.model.ErrorDetail;
import io.github.ghlplezi.plezi.model.ImmutableErrorDetail;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads error bodies: JSON:API ({@code {"errors":[{"title","detail","status","source"}]}}), the Rails
 * shape ({@code {"errors":{"email":["is invalid"]}}}), {@code {"error":"..."}} /
 * {@code {"message":"..."}}, and anything else as plain text.
 */
public final class ErrorBodies {

  private static final int MAX_TEXT = 300;

  /**
   * A parsed error body.
   *
   * @param errors the error objects found
   * @param message a one-line summary, or null when the body is empty
   */
  public record Parsed(List<ErrorDetail> errors, String message) {
  }

  private ErrorBodies() {
  }

  /**
   * @param mapper a JSON mapper
   * @param body the body text (may be empty)
   * @param contentType the response content type, or null
   * @param redactor removes secrets from every text kept
   * @return the errors and a summary, all redacted
   */
  public static Parsed parse(ObjectMapper mapper, String body, String contentType, Redactor redactor) {
    if (body == null || body.isBlank()) {
      return new Parsed(List.of(), null);
    }
    String trimmed = body.strip();
    JsonNode root = readJson(mapper, trimmed);
    if (root == null || !root.isContainerNode()) {
      return new Parsed(List.of(), redactor.redact(textSummary(trimmed, contentType, body.length())));
    }
    List<ErrorDetail> errors = new ArrayList<>();
    JsonNode errs = root.get("errors");
    if (errs != null && errs.isArray()) {
      for (JsonNode e : errs) {
        if (e.isObject()) {
          errors.add(fromJsonApi(e, redactor));
        } else if (e.isTextual()) {
          errors.add(ImmutableErrorDetail.builder().title(redactor.redact(e.asText())).build());
        }
      }
    } else if (errs != null && errs.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = errs.properties().iterator(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> f = it.next();
        List<JsonNode> messages = new ArrayList<>();
        if (f.getValue().isArray()) {
          f.getValue().forEach(messages::add);
        } else {
          messages.add(f.getValue());
        }
        for (JsonNode m : messages) {
          errors.add(ImmutableErrorDetail.builder().field(f.getKey())
              .detail(redactor.redact(m.asText())).build());
        }
      }
    }
    String message;
    if (!errors.isEmpty()) {
      List<String> parts = new ArrayList<>();
      for (ErrorDetail e : errors) {
        String one = e.title().map(t -> e.detail().map(d -> d.equals(t) ? t : t + ": " + d).orElse(t))
            .orElseGet(() -> e.detail().map(d -> e.field().map(f -> f + " " + d).orElse(d))
                .orElse("error"));
        parts.add(one);
        if (parts.size() == 5) {
          parts.add("...");
          break;
        }
      }
      message = String.join("; ", parts);
    } else {
      message = text(root, "error").or(() -> text(root, "message"))
          .map(redactor::redact).orElse(redactor.redact(clip(trimmed)));
    }
    return new Parsed(List.copyOf(errors), message);
  }

  private static JsonNode readJson(ObjectMapper mapper, String text) {
    if (!(text.startsWith("{") || text.startsWith("["))) {
      return null;
    }
    try {
      return mapper.readTree(text);
    } catch (java.io.IOException e) {
      return null;
    }
  }

  private static ErrorDetail fromJsonApi(JsonNode e, Redactor redactor) {
    ImmutableErrorDetail.Builder b = ImmutableErrorDetail.builder();
    text(e, "title").map(redactor::redact).ifPresent(b::title);
    text(e, "detail").map(redactor::redact).ifPresent(b::detail);
    text(e, "status").ifPresent(b::status);
    text(e, "code").ifPresent(b::code);
    JsonNode source = e.get("source");
    if (source != null && source.isObject()) {
      Optional<String> field = text(source, "parameter").or(() -> text(source, "pointer")
          .map(p -> p.substring(p.lastIndexOf('/') + 1)).filter(s -> !s.isEmpty()));
      field.ifPresent(b::field);
    }
    return b.build();
  }

  private static Optional<String> text(JsonNode node, String name) {
    JsonNode v = node.get(name);
    if (v == null || v.isNull() || v.isContainerNode()) {
      return Optional.empty();
    }
    return Optional.of(v.asText());
  }

  private static String textSummary(String trimmed, String contentType, int length) {
    boolean html = trimmed.startsWith("<") || (contentType != null && contentType.contains("html"));
    if (html) {
      return "non-JSON error body (" + (contentType == null ? "html" : contentType) + ", " + length
          + " characters)";
    }
    return clip(trimmed);
  }

  private static String clip(String text) {
    String oneLine = text.replaceAll("\\s+", " ");
    return oneLine.length() <= MAX_TEXT ? oneLine : oneLine.substring(0, MAX_TEXT) + "...";
  }
}
