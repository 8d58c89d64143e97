package io.github.ghlplezi.plezi.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import okhttp3.MediaType;
import okhttp3.ResponseBody;
import retrofit2.Converter;
import retrofit2.Retrofit;

/**
 * Reads {@code Decoded<T>} bodies with the next converter (converter-jackson's). A body that is empty, not JSON, or not of the
 * shape of {@code T} becomes {@link Decoded#unreadable()} instead of an exception, so the caller
 * can report it with its status. The body was already capped by the body-limit interceptor.
 */
public final class DecodingConverterFactory extends Converter.Factory {

  private static final int QUOTE = 200;

  /** Creates the factory; add it before converter-jackson's. */
  public DecodingConverterFactory() {
  }

  @Override
  public Converter<ResponseBody, ?> responseBodyConverter(Type type, Annotation[] annotations,
      Retrofit retrofit) {
    if (getRawType(type) != Decoded.class || !(type instanceof ParameterizedType)) {
      return null;
    }
    Converter<ResponseBody, ?> json = retrofit.nextResponseBodyConverter(this,
        getParameterUpperBound(0, (ParameterizedType) type), annotations);
    return body -> {
      byte[] bytes;
      MediaType contentType;
      try (body) {
        contentType = body.contentType();
        bytes = body.bytes();
      }
      try {
        Object value = bytes.length == 0 ? null
            : json.convert(ResponseBody.create(bytes, contentType));
        return value == null ? new Decoded<>(null, quote(bytes)) : new Decoded<>(value, null);
      } catch (JsonProcessingException e) {
        return new Decoded<>(null, quote(bytes));
      }
    };
  }

  /**
   * @param bytes a body
   * @return its first characters on one line, or a description of an empty body
   */
  static String quote(byte[] bytes) {
    if (bytes.length == 0) {
      return "(empty body)";
    }
    int n = Math.min(bytes.length, QUOTE * 4);
    String text = new String(bytes, 0, n, StandardCharsets.UTF_8).replaceAll("\\s+", " ").strip();
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length() && out.length() < QUOTE; i++) {
      char c = text.charAt(i);
      out.append(c < ' ' || c == 0x7f ? '?' : c);
    }
    return "'" + out + "'" + (bytes.length > out.length() ? " (" + bytes.length + " bytes)" : "");
  }
}
