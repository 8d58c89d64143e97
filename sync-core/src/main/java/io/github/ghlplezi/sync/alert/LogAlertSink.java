package io.github.ghlplezi.sync.alert;

import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Writes each alert as one SLF4J {@code WARN} line on the logger {@code io.github.ghlplezi.alert}, with the
 * MDC {@code locationId}: key, kind, location, title, message and details (sorted). An alert never
 * holds a secret, so neither does the line. Never fails.
 */
public final class LogAlertSink implements AlertSink {

  /** The logger's name. */
  public static final String LOGGER = "io.github.ghlplezi.alert";

  private final Logger log;

  /** A sink on the {@value #LOGGER} logger. */
  public LogAlertSink() {
    this(LoggerFactory.getLogger(LOGGER));
  }

  LogAlertSink(Logger log) {
    this.log = log;
  }

  @Override
  public String name() {
    return "log";
  }

  @Override
  public void send(Alert alert) {
    Map<String, String> details = new TreeMap<>(alert.details());
    try (MDC.MDCCloseable ignored = MDC.putCloseable("locationId", alert.locationId())) {
      log.warn("alert {} [{}] location={} {}: {} {}", alert.key(), alert.kind(), alert.locationId(),
          oneLine(alert.title()), oneLine(alert.message()), oneLine(details.toString()));
    }
  }

  private static String oneLine(String text) {
    return text.replace('\r', ' ').replace('\n', ' ');
  }
}
