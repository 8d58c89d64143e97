package io.github.ghlplezi.sync.token;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import ch.qos.logback.core.AppenderBase;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/** Keeps every log line of the test JVM (message, MDC, exceptions) for the secret-leak check. */
public final class CapturingAppender extends AppenderBase<ILoggingEvent> {
  private static final ConcurrentLinkedQueue<String> LINES = new ConcurrentLinkedQueue<>();

  @Override
  protected void append(ILoggingEvent event) {
    StringBuilder b = new StringBuilder()
        .append(event.getLevel()).append(' ').append(event.getLoggerName()).append(' ')
        .append(event.getFormattedMessage()).append(' ').append(event.getMDCPropertyMap());
    for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
      b.append(" | ").append(t.getClassName()).append(": ").append(t.getMessage());
      for (StackTraceElementProxy s : t.getStackTraceElementProxyArray()) {
        b.append(' ').append(s.getSTEAsString());
      }
    }
    LINES.add(b.toString());
  }

  /** Adds output captured elsewhere (child JVMs). */
  static void addExternal(List<String> lines) {
    LINES.addAll(lines);
  }

  /** @return every line captured so far (the adversarial suite scans them for its secrets too) */
  public static List<String> lines() {
    return new ArrayList<>(LINES);
  }
}
