package io.github.ghlplezi.ghl.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import io.github.ghlplezi.ghl.model.Tag;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.List;
import okhttp3.ResponseBody;
import okio.BufferedSource;
import retrofit2.Converter;
import retrofit2.Retrofit;

/**
 * Reads a tag page into {@link RawTagPage}: in one pass straight into {@link Tag}s when every tag
 * is readable (the common case), and only otherwise again from the same bytes with each tag kept
 * apart ({@link Calls#readEach}), so that one malformed tag cannot make the page unreadable. Both
 * passes read the same bytes with the same mapper, so the outcome is the one the second pass alone
 * would give; the first only spares buffering and re-reading every tag. An I/O failure while
 * reading (a body above the limit, a lost connection) is thrown as it happens, as before.
 */
final class TagPageConverter implements Converter<ResponseBody, Envelope<RawTagPage>> {

  private final ObjectReader direct;
  private final ObjectReader perRecord;

  private TagPageConverter(ObjectMapper mapper) {
    this.direct = mapper.readerFor(mapper.getTypeFactory().constructParametricType(Envelope.class, DirectPage.class));
    this.perRecord = mapper.readerFor(mapper.getTypeFactory().constructParametricType(Envelope.class, RecordPage.class));
  }

  /**
   * @param mapper the client's mapper
   * @return a factory answering for {@code Envelope<RawTagPage>} and declining every other type
   */
  static Converter.Factory factory(ObjectMapper mapper) {
    TagPageConverter converter = new TagPageConverter(mapper);
    return new Converter.Factory() {
      @Override
      public Converter<ResponseBody, ?> responseBodyConverter(Type type, Annotation[] annotations, Retrofit retrofit) {
        return type instanceof ParameterizedType p && p.getRawType() == Envelope.class
            && p.getActualTypeArguments()[0] == RawTagPage.class ? converter : null;
      }
    };
  }

  @Override
  public Envelope<RawTagPage> convert(ResponseBody body) throws IOException {
    try (body) {
      // peek() keeps what the first pass reads in the body's own buffer, so the second can start over
      BufferedSource source = body.source();
      Envelope<DirectPage> read = null;
      boolean unreadable = false;
      try {
        read = direct.readValue(source.peek().inputStream());
      } catch (JsonProcessingException | RuntimeException unreadableTag) {
        // read tag by tag below: that pass reports what is wrong, or throws what breaks the page as a whole
        unreadable = true;
      }
      if (read == null && !unreadable) {
        return null; // a JSON null body: the caller reports the missing answer, as for any other operation
      }
      if (read != null && (read.results() == null || read.results().tags() == null || !read.results().tags().contains(null))) {
        DirectPage page = read.results();
        return new Envelope<>(read.success(), read.statusCode(), read.message(),
            page == null ? null : new RawTagPage(page.tags() == null ? List.of() : page.tags(), List.of(), page.count()));
      }
      Envelope<RecordPage> records = perRecord.readValue(source.inputStream());
      if (records == null) {
        return null;
      }
      RecordPage page = records.results();
      return new Envelope<>(records.success(), records.statusCode(), records.message(),
          page == null ? null : new RawTagPage(null, page.tags(), page.count()));
    }
  }

  /** The page when every tag is readable. */
  record DirectPage(@JsonProperty("tags") List<Tag> tags, @JsonProperty("count") Long count) {
  }

  /** The page with each tag's JSON kept apart. */
  record RecordPage(@JsonProperty("tags") List<TokenBuffer> tags, @JsonProperty("count") Long count) {
  }
}
