package io.github.ghlplezi.ghl;


/** One token for every location. */
final class FixedTokenSource implements TokenSource {

  private final String token;

  FixedTokenSource(String token, String parameter) {
    if (token == null || token.isBlank()) {
      throw new GhlInvalidArgumentException(parameter, "must not be blank");
    }
    if (token.chars().anyMatch(c -> c <= ' ' || c == 127)) {
      throw new GhlInvalidArgumentException(parameter, "must not contain whitespace or control characters");
    }
    this.token = token;
  }

  @Override
  public String accessToken(String locationId) {
    return token;
  }

  @Override
  public String toString() {
    return "FixedTokenSource[token=<redacted>]";
  }
}
