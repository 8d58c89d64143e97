package io.github.ghlplezi.connector.config;

import java.util.List;
import java.util.stream.Collectors;

/** The configuration file has problems; all of them are listed, each with its path. */
public final class InvalidConfigException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<ConfigProblem> problems;

  InvalidConfigException(String source, List<ConfigProblem> problems) {
    super(problems.size() + " problem(s) in " + source + ":\n" + problems.stream()
        .map(p -> "  " + p).collect(Collectors.joining("\n")));
    this.problems = List.copyOf(problems);
  }

  /** @return every problem, sorted by path */
  public List<ConfigProblem> problems() {
    return problems;
  }
}
