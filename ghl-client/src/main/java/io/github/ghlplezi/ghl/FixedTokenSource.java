package io.github.ghlplezi.ghl;

import io.github.ghlplezi.ghl.internal.Validate;

/** One token for every location. */
final class FixedTokenSource implements TokenSource {

  private final String token;

  FixedTokenSource(String token, String parameter) {
    this.token = Validate.secret(parameter, token);
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
