package io.github.ghlplezi.sync.token;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Runs last (see junit-platform.properties): every log line of this test JVM, and the output of
 * the child JVMs, must be free of every token issued during the suite.
 */
@Order(Integer.MAX_VALUE)
class ZzNoSecretInLogsTest {

  @Test
  void no_token_issued_during_the_suite_appears_in_any_log_line() {
    List<String> lines = CapturingAppender.lines();
    Set<String> secrets = IssuedTokens.all();
    assumeTrue(!secrets.isEmpty(), "run with the whole test suite: no token was issued in this JVM");
    assertFalse(lines.isEmpty(), "the capturing appender saw no log output at all");
    assertTrue(lines.stream().anyMatch(l -> l.contains("Renewed")), "renewals were logged (capture works)");
    for (String line : lines) {
      for (String secret : secrets) {
        if (line.contains(secret)) {
          fail("A token appears in a log line: " + line.replace(secret, "<THE TOKEN>"));
        }
      }
    }
  }
}
