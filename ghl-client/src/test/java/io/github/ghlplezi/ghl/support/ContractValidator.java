package io.github.ghlplezi.ghl.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Validates recorded exchanges against HighLevel's OpenAPI files with Atlassian's
 * swagger-request-validator (path, method, parameters, headers, request body schema and, for
 * statuses the specification documents, the response body schema).
 *
 * <p>Spec errata, applied to a temporary copy (the original folder layout is kept so the
 * {@code ../common/common-schemas.json} references resolve): HighLevel declares several enum-like
 * properties as {@code type: object} while their description and example are strings (post
 * {@code type}, {@code status}, {@code postType}, approval status, TikTok privacy level, GMB action
 * type, account {@code type}/{@code platform}). Such a property (type object, no properties, a
 * string example) is treated as a string. {@link #errata()} lists every property changed.
 */
public final class ContractValidator {

  private static ContractValidator instance;

  private final OpenApiInteractionValidator socialPlanner;
  private final OpenApiInteractionValidator oauth;
  private final OpenApiInteractionValidator socialPlannerResponses;
  private final OpenApiInteractionValidator oauthResponses;
  private final List<String> errata = new ArrayList<>();

  private ContractValidator(Path specsDir) throws IOException {
    Path copy = Files.createTempDirectory("ghl-specs");
    copy.toFile().deleteOnExit();
    Files.createDirectories(copy.resolve("apps"));
    Files.createDirectories(copy.resolve("common"));
    Files.copy(specsDir.resolve("common/common-schemas.json"), copy.resolve("common/common-schemas.json"));
    ObjectMapper mapper = new ObjectMapper();
    for (String file : List.of(SpecFiles.SOCIAL_PLANNER, SpecFiles.OAUTH)) {
      JsonNode root = mapper.readTree(specsDir.resolve(file).toFile());
      JsonNode schemas = root.path("components").path("schemas");
      for (Iterator<Map.Entry<String, JsonNode>> it = schemas.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> schema = it.next();
        for (Iterator<Map.Entry<String, JsonNode>> props = schema.getValue().path("properties").fields(); props.hasNext(); ) {
          Map.Entry<String, JsonNode> prop = props.next();
          JsonNode p = prop.getValue();
          if ("object".equals(p.path("type").asText()) && !p.has("properties") && p.path("example").isTextual()) {
            ((ObjectNode) p).put("type", "string");
            errata.add(file + " " + schema.getKey() + "." + prop.getKey() + ": type object -> string");
          }
        }
      }
      for (Iterator<Map.Entry<String, JsonNode>> paths = root.path("paths").fields(); paths.hasNext(); ) {
        Map.Entry<String, JsonNode> path = paths.next();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{([^}]+)}").matcher(path.getKey());
        List<String> names = new ArrayList<>();
        while (m.find()) {
          names.add(m.group(1));
        }
        for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
          Map.Entry<String, JsonNode> op = ops.next();
          JsonNode params = op.getValue().path("parameters");
          for (String name : names) {
            boolean declared = false;
            for (JsonNode param : params) {
              declared |= name.equals(param.path("name").asText()) && "path".equals(param.path("in").asText());
            }
            if (!declared && params.isArray()) {
              ObjectNode added = ((com.fasterxml.jackson.databind.node.ArrayNode) params).addObject();
              added.put("name", name).put("in", "path").put("required", true).putObject("schema").put("type", "string");
              errata.add(file + " " + op.getKey().toUpperCase(java.util.Locale.ROOT) + " " + path.getKey()
                  + ": undeclared path parameter " + name + " added");
            }
          }
        }
      }
      mapper.writeValue(copy.resolve(file).toFile(), root);
    }
    // requests: strict (undeclared properties are errors, so the client sends only what the spec knows)
    this.socialPlanner = validator(copy.resolve(SpecFiles.SOCIAL_PLANNER), false);
    this.oauth = validator(copy.resolve(SpecFiles.OAUTH), false);
    // responses: the client tolerates fields HighLevel adds (real 422 bodies carry traceId), and
    // fault-injection statuses (403, 404, 429, 5xx) are not declared for most operations
    this.socialPlannerResponses = validator(copy.resolve(SpecFiles.SOCIAL_PLANNER), true);
    this.oauthResponses = validator(copy.resolve(SpecFiles.OAUTH), true);
  }

  private static OpenApiInteractionValidator validator(Path spec, boolean lenient) {
    LevelResolver.Builder levels = LevelResolver.create();
    if (lenient) {
      levels.withLevel("validation.response.status.unknown", ValidationReport.Level.IGNORE)
          .withLevel("validation.schema.additionalProperties", ValidationReport.Level.IGNORE);
    }
    return OpenApiInteractionValidator.createForSpecificationUrl(spec.toUri().toString())
        .withLevelResolver(levels.build())
        .build();
  }

  /** @return the shared validator, or {@code null} when the specs folder is absent */
  public static synchronized ContractValidator get() {
    if (instance == null) {
      Path dir = SpecFiles.dir().orElse(null);
      if (dir == null) {
        return null;
      }
      try {
        instance = new ContractValidator(dir);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return instance;
  }

  /** @return the spec properties this validator reads as strings */
  public List<String> errata() {
    return List.copyOf(errata);
  }

  /**
   * @param exchange a recorded exchange
   * @return human-readable violations, empty when the exchange matches the specification
   */
  public List<String> validate(RecordingInterceptor.Exchange exchange) {
    SimpleRequest.Builder rb = new SimpleRequest.Builder(Request.Method.valueOf(exchange.method()), exchange.path());
    exchange.requestHeaders().forEach(rb::withHeader);
    exchange.query().forEach(rb::withQueryParam);
    if (exchange.requestBody() != null) {
      rb.withBody(exchange.requestBody());
      if (exchange.requestContentType() != null) {
        rb.withContentType(exchange.requestContentType());
      }
    }
    SimpleResponse.Builder sb = SimpleResponse.Builder.status(exchange.status());
    if (exchange.responseBody() != null && !exchange.responseBody().isEmpty()) {
      sb.withBody(exchange.responseBody());
    }
    if (exchange.responseContentType() != null) {
      sb.withContentType(exchange.responseContentType());
    }
    boolean isOauth = exchange.path().startsWith("/oauth/");
    ValidationReport report = (isOauth ? oauth : socialPlanner).validateRequest(rb.build())
        .merge((isOauth ? oauthResponses : socialPlannerResponses).validateResponse(exchange.path(),
            Request.Method.valueOf(exchange.method()), sb.build()));
    List<String> problems = new ArrayList<>();
    for (ValidationReport.Message m : report.getMessages()) {
      if (m.getLevel() == ValidationReport.Level.ERROR) {
        problems.add(exchange.method() + " " + exchange.path() + " -> " + exchange.status() + ": [" + m.getKey() + "] "
            + m.getMessage() + (m.getAdditionalInfo().isEmpty() ? "" : " " + m.getAdditionalInfo()));
      }
    }
    return problems;
  }
}
