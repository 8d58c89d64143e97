package io.github.ghlplezi.connector.config;

/**
 * One thing wrong with a configuration file.
 *
 * @param path where, for example {@code locations[3].contactEmail} ({@code (file)} for the whole file)
 * @param message what, never containing a secret value
 */
public record ConfigProblem(String path, String message) implements Comparable<ConfigProblem> {

  @Override
  public int compareTo(ConfigProblem other) {
    int byPath = path.compareTo(other.path);
    return byPath != 0 ? byPath : message.compareTo(other.message);
  }

  @Override
  public String toString() {
    return path + ": " + message;
  }
}
