package io.github.ghlplezi.testkit;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension that starts one {@link Sandbox} per test class (settings from
 * {@link SandboxOptions} on the class, defaults otherwise) and injects
 * it, or its {@link FakeGhl}, {@link FakePlezi} or {@link TestClock}, into constructors, lifecycle
 * methods and test methods. The sandbox is closed after the class.
 *
 * <pre>{@code
 * @ExtendWith(SandboxExtension.class)
 * class MyTest {
 *   @Test void lists_tags(Sandbox sandbox) { ... }
 * }
 * }</pre>
 */
public final class SandboxExtension implements ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(SandboxExtension.class);

  @Override
  public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
    Class<?> type = parameterContext.getParameter().getType();
    return type == Sandbox.class || type == FakeGhl.class || type == FakePlezi.class || type == TestClock.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
    Sandbox sandbox = sandbox(extensionContext);
    Class<?> type = parameterContext.getParameter().getType();
    if (type == FakeGhl.class) {
      return sandbox.ghl();
    }
    if (type == FakePlezi.class) {
      return sandbox.plezi();
    }
    if (type == TestClock.class) {
      return sandbox.clock();
    }
    return sandbox;
  }

  private static Sandbox sandbox(ExtensionContext context) {
    ExtensionContext classContext = context;
    while (classContext.getTestMethod().isPresent() && classContext.getParent().isPresent()) {
      classContext = classContext.getParent().get();
    }
    Class<?> testClass = classContext.getRequiredTestClass();
    return classContext
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(testClass.getName(), k -> new Holder(start(testClass)), Holder.class)
        .sandbox;
  }

  private static Sandbox start(Class<?> testClass) {
    SandboxOptions o = testClass.getAnnotation(SandboxOptions.class);
    if (o == null) {
      return Sandbox.start();
    }
    Sandbox.Builder b = Sandbox.builder()
        .seed(o.seed())
        .locations(o.locations())
        .tickingClock(o.tickingClock())
        .tagCountMode(o.tagCountMode())
        .statisticsChangeAsString(o.statisticsChangeAsString())
        .unknownValueMode(o.unknownValueMode())
        .ghlRateLimits(o.ghlBurstLimit(), java.time.Duration.ofSeconds(10), o.ghlDailyLimit());
    if (!o.clockStart().isEmpty()) {
      b.clockStart(java.time.Instant.parse(o.clockStart()));
    }
    return b.start();
  }

  /** Closes the sandbox when JUnit closes the class-level store (JUnit 5.13+ closes AutoCloseable values). */
  private static final class Holder implements AutoCloseable {
    final Sandbox sandbox;

    Holder(Sandbox sandbox) {
      this.sandbox = sandbox;
    }

    @Override
    public void close() {
      sandbox.close();
    }
  }
}
