package io.github.ghlplezi.sync.alert;

import static io.github.ghlplezi.sync.alert.Fixtures.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

class LogAlertSinkTest {

  @Test
  void an_alert_is_one_warn_line_with_its_location_in_the_mdc() {
    Logger logger = (Logger) LoggerFactory.getLogger(LogAlertSink.LOGGER);
    ListAppender<ILoggingEvent> appender = new ListAppender<>();
    appender.start();
    logger.addAppender(appender);
    try {
      LogAlertSink sink = new LogAlertSink();
      sink.send(new Alert("k:1", AlertKind.DEAD_LETTER, "loc-9", T0, "Two\nlines", "a\r\nmessage",
          Map.of("b", "2", "a", "1")));

      assertEquals("log", sink.name());
      assertEquals(1, appender.list.size());
      ILoggingEvent event = appender.list.get(0);
      assertEquals(Level.WARN, event.getLevel());
      assertEquals("alert k:1 [DEAD_LETTER] location=loc-9 Two lines: a  message {a=1, b=2}",
          event.getFormattedMessage());
      assertEquals("loc-9", event.getMDCPropertyMap().get("locationId"));
      assertNull(MDC.get("locationId"), "the MDC is restored");
    } finally {
      logger.detachAppender(appender);
    }
  }
}
