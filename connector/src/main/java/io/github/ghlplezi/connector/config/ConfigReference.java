package io.github.ghlplezi.connector.config;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;

/**
 * Generates the configuration reference table (Markdown) from the {@link ConfigDoc} annotations of
 * the configuration records. {@code ConfigReferenceTest} fails when the committed
 * {@code connector/README-config.md} differs from this output.
 */
public final class ConfigReference {

  private ConfigReference() {
  }

  /**
   * Prints the reference table.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    System.out.print(markdown());
  }

  /** @return the whole reference document */
  public static String markdown() {
    StringBuilder out = new StringBuilder();
    out.append("# Connector configuration reference\n\n")
        .append("Generated from the annotated configuration classes (`io.github.ghlplezi.connector.config`) by\n")
        .append("`ConfigReference`; `ConfigReferenceTest` fails when this file is stale. Secrets are references:\n")
        .append("`${env:NAME}` or `file:PATH` (relative to the configuration file), never literal values.\n")
        .append("`[]` marks a list element, `<id>` a map key.\n\n")
        .append("| key | meaning | default |\n|---|---|---|\n");
    rows(ConnectorConfig.class, "", out);
    return out.toString();
  }

  private static void rows(Class<?> record, String prefix, StringBuilder out) {
    for (RecordComponent c : record.getRecordComponents()) {
      ConfigDoc doc = c.getAnnotation(ConfigDoc.class);
      if (doc == null) {
        throw new IllegalStateException(record.getSimpleName() + "." + c.getName() + " has no @ConfigDoc");
      }
      String key = prefix + c.getName();
      Type type = c.getGenericType();
      Class<?> raw = KeyCheck.raw(type);
      String meaning = doc.value();
      out.append("| `").append(key).append("` | ").append(meaning.replace("|", "\\|"))
          .append(" | ").append(doc.defaultValue()).append(" |\n");
      if (raw.isRecord()) {
        rows(raw, key + ".", out);
      } else if (type instanceof ParameterizedType p) {
        Type element = List.class.isAssignableFrom(raw) ? p.getActualTypeArguments()[0]
            : Map.class.isAssignableFrom(raw) ? p.getActualTypeArguments()[1] : null;
        Class<?> elementRaw = element == null ? Object.class : KeyCheck.raw(element);
        if (elementRaw.isRecord()) {
          rows(elementRaw, key + (List.class.isAssignableFrom(raw) ? "[]." : ".<id>."), out);
        }
      }
    }
  }
}
