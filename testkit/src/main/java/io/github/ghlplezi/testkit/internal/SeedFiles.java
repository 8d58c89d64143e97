package io.github.ghlplezi.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads a seed file:
 *
 * <pre>{@code
 * {"seed": 42, "companyName": "...",
 *  "locations": [{"name": "...", "tags": ["Spring Sale!"],
 *                 "accounts": [{"platform": "facebook", "type": "page", "name": "...", "expired": false}]}],
 *  "plezi": {"apiKey": "...", "tenantCompany": "..."}}
 * }</pre>
 */
public final class SeedFiles {
  private static final Set<String> PLATFORMS = Set.of("google", "facebook", "instagram", "linkedin", "twitter", "tiktok", "youtube", "pinterest");

  private SeedFiles() {}

  public static SeedData read(Path file, long defaultSeed) throws IOException {
    JsonNode root = Json.MAPPER.readTree(Files.readAllBytes(file));
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException(file + ": the seed file must hold a JSON object");
    }
    long seed = root.path("seed").canConvertToLong() ? root.get("seed").asLong() : defaultSeed;
    String company = root.path("companyName").asText("Sunrise Marketing Agency");
    JsonNode locs = root.path("locations");
    if (!locs.isArray() || locs.isEmpty()) {
      throw new IllegalArgumentException(file + ": 'locations' must be a non-empty array");
    }
    List<DefaultSeed.LocationSpec> specs = new ArrayList<>();
    int i = 0;
    for (JsonNode l : locs) {
      String name = l.path("name").asText("");
      if (name.isBlank()) {
        throw new IllegalArgumentException(file + ": locations[" + i + "].name is required");
      }
      List<String> tags = new ArrayList<>();
      l.path("tags").forEach(t -> tags.add(t.asText()));
      List<DefaultSeed.AccountSpec> accounts = new ArrayList<>();
      int a = 0;
      for (JsonNode acc : l.path("accounts")) {
        String platform = acc.path("platform").asText("");
        if (!PLATFORMS.contains(platform)) {
          throw new IllegalArgumentException(file + ": locations[" + i + "].accounts[" + a + "].platform must be one of " + PLATFORMS);
        }
        accounts.add(new DefaultSeed.AccountSpec(platform, acc.path("type").asText("page"),
            acc.hasNonNull("name") ? acc.get("name").asText() : null, acc.path("expired").asBoolean(false)));
        a++;
      }
      specs.add(new DefaultSeed.LocationSpec(name, tags, accounts));
      i++;
    }
    JsonNode plezi = root.path("plezi");
    return DefaultSeed.build(seed, company, specs,
        plezi.hasNonNull("apiKey") ? plezi.get("apiKey").asText() : null,
        plezi.hasNonNull("tenantCompany") ? plezi.get("tenantCompany").asText() : null);
  }
}
