package io.github.ghlplezi.connector.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns a secret reference into its value; every failure message names the reference, never a value. */
final class SecretResolver {

  private static final Pattern ENV = Pattern.compile("\\$\\{env:([A-Za-z_][A-Za-z0-9_]{0,127})}");
  private static final String FILE = "file:";
  private static final int MAX_FILE_BYTES = 64 * 1024;

  private final Function<String, String> environment;
  private final Path baseDirectory;

  SecretResolver(Function<String, String> environment, Path baseDirectory) {
    this.environment = environment;
    this.baseDirectory = baseDirectory;
  }

  /** The outcome: a secret, or a problem that is safe to print. */
  sealed interface Resolution {
  }

  record Resolved(Secret secret) implements Resolution {
  }

  record Problem(String message) implements Resolution {
  }

  Resolution resolve(String text) {
    Matcher env = ENV.matcher(text);
    if (env.matches()) {
      String name = env.group(1);
      String value = environment.apply(name);
      if (value == null || value.isBlank()) {
        return new Problem("environment variable " + name + " is not set");
      }
      return new Resolved(new Secret("env:" + name, value.strip()));
    }
    if (text.startsWith(FILE)) {
      String name = text.substring(FILE.length());
      try {
        Path path = baseDirectory.resolve(name).normalize();
        if (!Files.isRegularFile(path)) {
          return new Problem("secret file " + name + " does not exist");
        }
        if (Files.size(path) > MAX_FILE_BYTES) {
          return new Problem("secret file " + name + " is larger than 64 KiB");
        }
        String value = Files.readString(path, StandardCharsets.UTF_8).strip();
        if (value.isEmpty()) {
          return new Problem("secret file " + name + " is empty");
        }
        return new Resolved(new Secret(FILE + name, value));
      } catch (InvalidPathException | IOException e) {
        return new Problem("secret file " + name + " cannot be read");
      }
    }
    return new Problem("must be a reference (${env:NAME} or file:PATH), not a literal secret");
  }
}
