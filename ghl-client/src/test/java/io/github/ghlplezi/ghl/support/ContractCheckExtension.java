package io.github.ghlplezi.ghl.support;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Validates every request a test sent (and the response it got) against HighLevel's OpenAPI
 * specification after the test; fails the test on any violation. Without the specs folder the
 * exchanges are discarded (the dedicated contract tests report the skip).
 */
public final class ContractCheckExtension implements BeforeEachCallback, AfterEachCallback {

  private static int validatedExchanges;

  /** @return how many exchanges were validated in this JVM */
  public static synchronized int validatedExchanges() {
    return validatedExchanges;
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    RecordingInterceptor.drain();
  }

  @Override
  public void afterEach(ExtensionContext context) {
    List<RecordingInterceptor.Exchange> exchanges = RecordingInterceptor.drain();
    if (exchanges.isEmpty()) {
      return;
    }
    ContractValidator validator = ContractValidator.get();
    if (validator == null) {
      return;
    }
    List<String> problems = new ArrayList<>();
    for (RecordingInterceptor.Exchange e : exchanges) {
      problems.addAll(validator.validate(e));
    }
    synchronized (ContractCheckExtension.class) {
      validatedExchanges += exchanges.size();
    }
    if (!problems.isEmpty()) {
      fail("Requests/responses of " + context.getDisplayName() + " violate HighLevel's OpenAPI specification:\n  "
          + String.join("\n  ", problems));
    }
  }
}
