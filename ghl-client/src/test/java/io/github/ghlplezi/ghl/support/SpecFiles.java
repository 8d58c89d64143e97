package io.github.ghlplezi.ghl.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;

/** Locates HighLevel's OpenAPI files through the {@code ghlplezi.specs.dir} system property. */
public final class SpecFiles {

  /** The Social Planner specification, relative to the specs folder. */
  public static final String SOCIAL_PLANNER = "apps/social-media-posting.json";
  /** The OAuth specification, relative to the specs folder. */
  public static final String OAUTH = "apps/oauth.json";

  private SpecFiles() {
  }

  /** @return the specs folder when it is configured and holds both files */
  public static Optional<Path> dir() {
    String configured = System.getProperty("ghlplezi.specs.dir");
    if (configured == null || configured.isBlank()) {
      return Optional.empty();
    }
    Path dir = Paths.get(configured).toAbsolutePath().normalize();
    if (Files.isRegularFile(dir.resolve(SOCIAL_PLANNER)) && Files.isRegularFile(dir.resolve(OAUTH))) {
      return Optional.of(dir);
    }
    return Optional.empty();
  }

  /** Skips the calling test, with a clear message, when the specs are absent. */
  public static Path requireDir() {
    Optional<Path> dir = dir();
    Assumptions.assumeTrue(dir.isPresent(), () -> "HighLevel OpenAPI specs not found (system property ghlplezi.specs.dir="
        + System.getProperty("ghlplezi.specs.dir") + " must name a folder with " + SOCIAL_PLANNER + " and " + OAUTH
        + "); skipping the spec contract test");
    return dir.get();
  }

  /**
   * @param file a spec file
   * @return its operation ids, in document order
   */
  public static Set<String> operationIds(Path file) {
    try {
      JsonNode root = new ObjectMapper().readTree(file.toFile());
      Set<String> ids = new LinkedHashSet<>();
      for (Iterator<Map.Entry<String, JsonNode>> paths = root.path("paths").fields(); paths.hasNext(); ) {
        for (Iterator<Map.Entry<String, JsonNode>> ops = paths.next().getValue().fields(); ops.hasNext(); ) {
          JsonNode op = ops.next().getValue();
          if (op.hasNonNull("operationId")) {
            ids.add(op.get("operationId").asText());
          }
        }
      }
      return ids;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
