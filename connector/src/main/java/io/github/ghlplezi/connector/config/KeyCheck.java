package io.github.ghlplezi.connector.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Finds keys the configuration records do not have, walking the YAML tree beside the record types. */
final class KeyCheck {

  private KeyCheck() {
  }

  static void unknownKeys(JsonNode node, Type type, String path, List<ConfigProblem> problems) {
    Class<?> raw = raw(type);
    if (raw.isRecord() && node.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        String at = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
        RecordComponent component = component(raw, field.getKey());
        if (component == null) {
          problems.add(new ConfigProblem(at, "unknown key"));
        } else {
          unknownKeys(field.getValue(), component.getGenericType(), at, problems);
        }
      }
    } else if (List.class.isAssignableFrom(raw) && node.isArray() && type instanceof ParameterizedType p) {
      for (int i = 0; i < node.size(); i++) {
        unknownKeys(node.get(i), p.getActualTypeArguments()[0], path + "[" + i + "]", problems);
      }
    } else if (Map.class.isAssignableFrom(raw) && node.isObject() && type instanceof ParameterizedType p) {
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        unknownKeys(field.getValue(), p.getActualTypeArguments()[1], path + "." + field.getKey(), problems);
      }
    }
  }

  private static RecordComponent component(Class<?> record, String name) {
    for (RecordComponent c : record.getRecordComponents()) {
      if (c.getName().equals(name)) {
        return c;
      }
    }
    return null;
  }

  static Class<?> raw(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p) {
      return (Class<?>) p.getRawType();
    }
    return Object.class;
  }
}
