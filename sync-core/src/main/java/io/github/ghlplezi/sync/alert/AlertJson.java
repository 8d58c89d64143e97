package io.github.ghlplezi.sync.alert;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.TreeMap;

/** The JSON shapes of an alert: the webhook bodies and the stored details. Keys in a stable order. */
final class AlertJson {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final TypeReference<TreeMap<String, String>> DETAILS = new TypeReference<>() { };

  private AlertJson() {
  }

  /** The generic body: every field of the alert, details sorted by key. */
  static String generic(Alert alert) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("key", alert.key());
    root.put("kind", alert.kind().name());
    root.put("locationId", alert.locationId());
    root.put("raisedAt", alert.raisedAt().toString());
    root.put("title", alert.title());
    root.put("message", alert.message());
    ObjectNode details = root.putObject("details");
    new TreeMap<>(alert.details()).forEach(details::put);
    return write(root);
  }

  /** Slack's incoming-webhook shape: one {@code text} field. */
  static String slack(Alert alert) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("text", "*" + alert.title() + "*\n" + alert.message()
        + (alert.locationId().isEmpty() ? "" : "\nlocation: " + alert.locationId()) + "\nkey: " + alert.key());
    return write(root);
  }

  static String details(Map<String, String> details) {
    return write(MAPPER.valueToTree(new TreeMap<>(details)));
  }

  static Map<String, String> details(String json) {
    try {
      return MAPPER.readValue(json, DETAILS);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored alert details are not a JSON object of strings", e);
    }
  }

  private static String write(Object node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write an alert as JSON", e);
    }
  }
}
