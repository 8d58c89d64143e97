package io.github.ghlplezi.connector.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.ghlplezi.sync.stats.SegmentRulesException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.AssertTrue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads the connector's YAML configuration, resolves its secret references and validates it,
 * reporting every problem at once with its path (for example
 * {@code locations[3].contactEmail: not an e-mail}). Nothing in a problem message repeats a value
 * from the file or a secret: a mistyped value is described by the type expected.
 */
public final class ConfigLoader {

  private static final String ROOT = "(file)";
  private static final Object PROBLEMS = new Object();

  private final Function<String, String> environment;

  /** @param environment environment variables by name ({@code System::getenv} in production) */
  public ConfigLoader(Function<String, String> environment) {
    this.environment = environment;
  }

  /**
   * Loads a file; secret {@code file:} references are relative to the file's directory.
   *
   * @param file the YAML file
   * @return the valid configuration
   * @throws InvalidConfigException listing every problem
   */
  public ConnectorConfig load(Path file) {
    String source = file.getFileName().toString();
    byte[] yaml;
    try {
      yaml = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new InvalidConfigException(source, List.of(new ConfigProblem(ROOT, "cannot be read")));
    }
    Path base = file.toAbsolutePath().getParent();
    return parse(source, yaml, base);
  }

  /**
   * Loads YAML text.
   *
   * @param source a name for messages
   * @param yaml the YAML bytes
   * @param baseDirectory where {@code file:} references are resolved
   * @return the valid configuration
   * @throws InvalidConfigException listing every problem
   */
  public ConnectorConfig parse(String source, byte[] yaml, Path baseDirectory) {
    List<ConfigProblem> problems = new ArrayList<>();
    SecretResolver secrets = new SecretResolver(environment, baseDirectory);
    ObjectMapper mapper = mapper(secrets);
    JsonNode tree;
    try {
      tree = mapper.readTree(yaml);
    } catch (IOException e) {
      String where = e instanceof JsonProcessingException j && j.getLocation() != null
          ? " at line " + j.getLocation().getLineNr() + ", column " + j.getLocation().getColumnNr() : "";
      throw new InvalidConfigException(source, List.of(new ConfigProblem(ROOT, "not valid YAML" + where)));
    }
    if (tree == null || tree.isMissingNode() || tree.isNull()) {
      throw new InvalidConfigException(source, List.of(new ConfigProblem(ROOT, "is empty")));
    }
    if (!tree.isObject()) {
      throw new InvalidConfigException(source, List.of(new ConfigProblem(ROOT, "must be a mapping of keys")));
    }
    KeyCheck.unknownKeys(tree, ConnectorConfig.class, "", problems);
    ConnectorConfig config;
    try (JsonParser tokens = mapper.treeAsTokens(tree)) {
      config = mapper.readerFor(ConnectorConfig.class).withAttribute(PROBLEMS, problems).readValue(tokens);
    } catch (JsonMappingException e) {
      problems.add(new ConfigProblem(pathOf(e.getPath()), "cannot be read here (check its type and indentation)"));
      throw new InvalidConfigException(source, sorted(problems));
    } catch (IOException e) {
      problems.add(new ConfigProblem(ROOT, "cannot be read"));
      throw new InvalidConfigException(source, sorted(problems));
    }
    if (config == null) {
      problems.add(new ConfigProblem(ROOT, "is empty"));
      throw new InvalidConfigException(source, problems);
    }
    Set<String> bindingPaths = problems.stream().map(ConfigProblem::path).collect(Collectors.toSet());
    for (ConstraintViolation<ConnectorConfig> v : validate(config)) {
      ConfigProblem p = problemOf(v);
      if (!bindingPaths.contains(p.path()) && !(isCrossField(v) && hasUnreadField(p.path(), bindingPaths))) {
        problems.add(p);
      }
    }
    if (!config.segments().isEmpty() && problems.stream().map(ConfigProblem::path)
        .noneMatch(p -> p.startsWith("segments") || p.startsWith("statistics"))) {
      try {
        config.segmentRules();
      } catch (SegmentRulesException e) {
        e.problems().forEach(p -> problems.add(new ConfigProblem("segments", p)));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidConfigException(source, sorted(problems));
    }
    return config;
  }

  private static List<ConfigProblem> sorted(Collection<ConfigProblem> problems) {
    return List.copyOf(new TreeSet<>(problems));
  }

  private static Set<ConstraintViolation<ConnectorConfig>> validate(ConnectorConfig config) {
    // Every message template is a constant of the config classes; no value from the file is interpolated.
    try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
      Validator validator = factory.getValidator();
      return validator.validate(config);
    }
  }

  private static boolean isCrossField(ConstraintViolation<?> v) {
    return v.getConstraintDescriptor().getAnnotation() instanceof AssertTrue;
  }

  /**
   * Whether a field of the object at {@code path} could not be read: a rule across its fields then
   * judges a value the file never gave (an unresolved secret reads as absent) and would only repeat
   * the problem already reported at that field.
   */
  private static boolean hasUnreadField(String path, Set<String> bindingPaths) {
    if (ROOT.equals(path)) {
      return false;   // the file's own rules name whole sections, which an unknown key does not excuse
    }
    String prefix = path + ".";
    return bindingPaths.stream().anyMatch(b -> b.startsWith(prefix) && b.indexOf('.', prefix.length()) < 0
        && b.indexOf('[', prefix.length()) < 0);
  }

  private static ConfigProblem problemOf(ConstraintViolation<?> v) {
    List<String> parts = new ArrayList<>();
    for (jakarta.validation.Path.Node node : v.getPropertyPath()) {
      if (node.isInIterable() && node.getIndex() != null) {
        parts.add("[" + node.getIndex() + "]");
      } else if (node.isInIterable() && node.getKey() != null) {
        parts.add("." + node.getKey());
      }
      if (node.getKind() != jakarta.validation.ElementKind.CONTAINER_ELEMENT && node.getName() != null) {
        parts.add("." + node.getName());
      }
    }
    if (isCrossField(v) && !parts.isEmpty()) {
      // A cross-field rule: report it at the object it belongs to.
      parts.remove(parts.size() - 1);
    }
    String path = String.join("", parts);
    path = path.startsWith(".") ? path.substring(1) : path;
    return new ConfigProblem(path.isEmpty() ? ROOT : path, v.getMessage());
  }

  private static ObjectMapper mapper(SecretResolver secrets) {
    SimpleModule secretModule = new SimpleModule("secrets");
    secretModule.addDeserializer(Secret.class, new SecretDeserializer(secrets));
    ObjectMapper mapper = new ObjectMapper(new YAMLFactory());
    mapper.registerModule(new JavaTimeModule());
    mapper.registerModule(secretModule);
    mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    mapper.disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);
    mapper.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    mapper.addHandler(new ProblemCollector());
    return mapper;
  }

  @SuppressWarnings("unchecked")
  private static void report(DeserializationContext ctxt, String path, String message) {
    ((List<ConfigProblem>) ctxt.getAttribute(PROBLEMS)).add(new ConfigProblem(path, message));
  }

  static String pathOf(JsonStreamContext context) {
    List<String> parts = new ArrayList<>();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inArray()) {
        parts.add("[" + Math.max(0, c.getCurrentIndex()) + "]");
      } else if (c.getCurrentName() != null) {
        parts.add("." + c.getCurrentName());
      }
    }
    StringBuilder path = new StringBuilder();
    for (int i = parts.size() - 1; i >= 0; i--) {
      path.append(parts.get(i));
    }
    String text = path.toString();
    return text.startsWith(".") ? text.substring(1) : text.isEmpty() ? ROOT : text;
  }

  private static String pathOf(List<JsonMappingException.Reference> references) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference r : references) {
      if (r.getFieldName() != null) {
        path.append(path.length() == 0 ? "" : ".").append(r.getFieldName());
      } else if (r.getIndex() >= 0) {
        path.append('[').append(r.getIndex()).append(']');
      }
    }
    return path.length() == 0 ? ROOT : path.toString();
  }

  private static String describe(Class<?> type) {
    if (type.isEnum()) {
      return "one of " + java.util.Arrays.toString(type.getEnumConstants());
    }
    if (type == java.time.Duration.class) {
      return "an ISO-8601 duration such as PT15M";
    }
    if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
      return "a number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (type == String.class) {
      return "text";
    }
    if (Collection.class.isAssignableFrom(type)) {
      return "a list";
    }
    if (Map.class.isAssignableFrom(type) || type.isRecord()) {
      return "a mapping of keys";
    }
    return type.getSimpleName();
  }

  /** Turns each binding mistake into a problem and carries on, so that all are reported at once. */
  private static final class ProblemCollector extends DeserializationProblemHandler {

    @Override
    public Object handleWeirdStringValue(DeserializationContext ctxt, Class<?> targetType, String valueToConvert,
        String failureMsg) {
      report(ctxt, pathOf(ctxt.getParser().getParsingContext()), "expected " + describe(targetType));
      return null;
    }

    @Override
    public Object handleWeirdNumberValue(DeserializationContext ctxt, Class<?> targetType, Number valueToConvert,
        String failureMsg) {
      report(ctxt, pathOf(ctxt.getParser().getParsingContext()), "expected " + describe(targetType));
      return null;
    }

    @Override
    public Object handleUnexpectedToken(DeserializationContext ctxt, JavaType targetType, JsonToken t, JsonParser p,
        String failureMsg) throws IOException {
      report(ctxt, pathOf(p.getParsingContext()), "expected " + describe(targetType.getRawClass()));
      p.skipChildren();
      return targetType.isPrimitive() ? defaultPrimitive(targetType.getRawClass()) : null;
    }

    private static Object defaultPrimitive(Class<?> type) {
      return type == boolean.class ? Boolean.FALSE : type == int.class ? 0 : type == long.class ? 0L : 0.0;
    }
  }

  /** Reads a secret reference and resolves it; a failure is a problem at the key, never an exception. */
  private static final class SecretDeserializer extends JsonDeserializer<Secret> {

    private final SecretResolver resolver;

    SecretDeserializer(SecretResolver resolver) {
      this.resolver = resolver;
    }

    @Override
    public Secret deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      String path = pathOf(p.getParsingContext());
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        p.skipChildren();
        report(ctxt, path, "must be a reference (${env:NAME} or file:PATH)");
        return null;
      }
      SecretResolver.Resolution resolution = resolver.resolve(p.getText());
      if (resolution instanceof SecretResolver.Resolved resolved) {
        return resolved.secret();
      }
      report(ctxt, path, ((SecretResolver.Problem) resolution).message());
      return null;
    }
  }
}
