package io.github.ghlplezi.sync.token;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.ghlplezi.testkit.SeededLocation;
import io.github.ghlplezi.testkit.Sandbox;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Runs last (see junit-platform.properties): every log line of this test JVM (root at DEBUG), and
 * the output of the child JVMs, must be free of every token issued during the suite.
 */
@Order(Integer.MAX_VALUE)
class ZzNoSecretInLogsTest {
  /** Shapes of the testkit's tokens: JWT-shaped OAuth tokens and {@code pit-<uuid>} PITs. */
  private static final Pattern TOKEN_SHAPE = Pattern.compile(
      "eyJ[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{10,}|pit-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-");

  @Test
  void no_token_issued_during_the_suite_appears_in_any_log_line() {
    List<String> lines = CapturingAppender.lines();
    Set<String> secrets = new HashSet<>(IssuedTokens.all());
    assumeTrue(!secrets.isEmpty(), "run with the whole test suite: no token was issued in this JVM");
    // The seeded secrets other test classes use (the testkit is deterministic for a seed).
    try (Sandbox seeded = Sandbox.start()) {
      for (SeededLocation l : seeded.ghl().locations()) {
        secrets.add(seeded.ghl().privateIntegrationToken(l.id()));
      }
      secrets.add(seeded.ghl().oauthClientSecret());
    }
    assertFalse(lines.isEmpty(), "the capturing appender saw no log output at all");
    assertTrue(lines.stream().anyMatch(l -> l.contains("Renewed")), "renewals were logged (capture works)");
    for (String line : lines) {
      for (String secret : secrets) {
        if (line.contains(secret)) {
          fail("A token appears in a log line: " + line.replace(secret, "<THE TOKEN>"));
        }
      }
      Matcher m = TOKEN_SHAPE.matcher(line);
      if (m.find()) {
        fail("A token-shaped string appears in a log line: " + m.replaceAll("<TOKEN-SHAPED>"));
      }
    }
  }

  @Test
  void the_token_shape_check_recognises_the_testkit_tokens() {
    try (Sandbox sandbox = Sandbox.start()) {
      String location = sandbox.ghl().locations().get(0).id();
      assertTrue(TOKEN_SHAPE.matcher(sandbox.ghl().privateIntegrationToken(location)).find());
      assertTrue(TOKEN_SHAPE.matcher(sandbox.ghl().issueLocationTokens(location).accessToken()).find());
      assertTrue(TOKEN_SHAPE.matcher(sandbox.ghl().issueLocationTokens(location).refreshToken()).find());
    }
  }
}
