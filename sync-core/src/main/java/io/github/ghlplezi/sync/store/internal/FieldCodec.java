package io.github.ghlplezi.sync.store.internal;

import io.github.ghlplezi.sync.deliver.FieldWrite;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Field values as one text column: fields split by U+001D, parts by U+001E, values by U+001F. */
public final class FieldCodec {

  private FieldCodec() {
  }

  /** Encodes one field. */
  public static String encode(FieldWrite field) {
    return field.key() + '\u001e' + field.kind() + '\u001e' + String.join("\u001f", field.values());
  }

  /** Decodes one field. */
  public static FieldWrite decode(String text) {
    String[] parts = text.split("\u001e", -1);
    List<String> values = parts[2].isEmpty() ? List.of() : Arrays.asList(parts[2].split("\u001f", -1));
    FieldWrite.Kind kind = FieldWrite.Kind.valueOf(parts[1]);
    if (kind != FieldWrite.Kind.MULTI_SELECT && values.isEmpty()) {
      values = List.of("");
    }
    return new FieldWrite(parts[0], kind, values);
  }

  /** Encodes several fields. */
  public static String encodeAll(List<FieldWrite> fields) {
    List<String> encoded = new ArrayList<>();
    fields.forEach(f -> encoded.add(encode(f)));
    return String.join("\u001d", encoded);
  }

  /** Decodes several fields. */
  public static List<FieldWrite> decodeAll(String text) {
    return Arrays.stream(text.split("\u001d")).map(FieldCodec::decode).toList();
  }
}
