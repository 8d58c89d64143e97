package io.github.ghlplezi.sync.http.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The loggers of the HTTP chain. */
final class Logs {
  static final Logger HTTP = LoggerFactory.getLogger("io.github.ghlplezi.sync.http");
  static final Logger RETRY = LoggerFactory.getLogger("io.github.ghlplezi.sync.http.retry");
  static final Logger BUDGET = LoggerFactory.getLogger("io.github.ghlplezi.sync.http.budget");
  static final Logger CIRCUIT = LoggerFactory.getLogger("io.github.ghlplezi.sync.http.circuit");

  private Logs() {}
}
