package io.github.ghlplezi.plezi.internal;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON shapes Plezi answers with, as Jackson reads them. Unknown properties are ignored so that
 * vendor additions never break a caller. Public models are built from these in {@link Resources}.
 */
public final class Wire {

  private Wire() {
  }

  /**
   * A listing: JSON:API {@code {"data":[...],"meta":{"total_results":N}}}; the legacy listings'
   * undocumented shape may also name its array {@code contacts} or {@code contact_lists}, or be a
   * plain array.
   *
   * @param data the resources, {@code null} when the body has no collection
   * @param meta the meta object
   * @param total a top-level total
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Listing(List<Resource> data, Meta meta, Long total) {

    /**
     * Reads an object.
     *
     * @param data the resources
     * @param meta the meta object
     * @param total a top-level total
     */
    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    public Listing(@JsonProperty("data") @JsonAlias({"contacts", "contact_lists"})
        List<Resource> data, @JsonProperty("meta") Meta meta, @JsonProperty("total") Long total) {
      this.data = data;
      this.meta = meta;
      this.total = total;
    }

    /**
     * Reads a plain array.
     *
     * @param items the resources
     * @return the listing
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Listing of(List<Resource> items) {
      return new Listing(items, null, null);
    }
  }

  /**
   * The meta object of a listing.
   *
   * @param totalResults how many resources exist in all ({@code total_results}, {@code total} or
   *     {@code total_count})
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Meta(@JsonProperty("total_results") @JsonAlias({"total", "total_count"})
      Long totalResults) {
  }

  /**
   * The answer to a contact write: a JSON object, with the contact as {@code data} or the id at
   * the top level when Plezi gives them (it documents neither).
   *
   * @param data the written contact
   * @param id the contact id
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record WriteAnswer(Resource data, JsonNode id) {
  }

  /**
   * The answer of {@code analytics_script}.
   *
   * @param data its data object
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record ScriptAnswer(ScriptData data) {
  }

  /**
   * The data object of {@code analytics_script}.
   *
   * @param script the script markup
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record ScriptData(String script) {
  }

  /**
   * One resource: JSON:API {@code {"id","type","attributes":{...}}}, or a flat object whose other
   * properties are its attributes.
   */
  public static final class Resource {
    private final JsonNode id;
    private final String type;
    private final Map<String, JsonNode> attributes = new LinkedHashMap<>();

    /**
     * @param id the id (text or number)
     * @param type the JSON:API type
     * @param attributes the attributes object
     */
    @JsonCreator
    public Resource(@JsonProperty("id") JsonNode id, @JsonProperty("type") String type,
        @JsonProperty("attributes") Map<String, JsonNode> attributes) {
      this.id = id;
      this.type = type;
      if (attributes != null) {
        this.attributes.putAll(attributes);
      }
    }

    @JsonAnySetter
    void flat(String name, JsonNode value) {
      attributes.putIfAbsent(name, value);
    }

    /** @return the id as text, or {@code null} when absent or not a scalar */
    public String id() {
      return id != null && (id.isTextual() || id.isNumber()) ? id.asText() : null;
    }

    /** @return the JSON:API type, or {@code null} */
    public String type() {
      return type;
    }

    /** @return the attributes, {@code attributes} first, then flat properties */
    public Map<String, JsonNode> attributes() {
      return attributes;
    }
  }
}
