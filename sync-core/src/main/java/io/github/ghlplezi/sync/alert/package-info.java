/**
 * Alerts: threshold rules over the statistics series and operational conditions, raised once per
 * crossing and handed to {@link io.github.ghlplezi.sync.alert.AlertSink}s.
 */
package io.github.ghlplezi.sync.alert;
