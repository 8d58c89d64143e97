/**
 * E-mail over SMTP (Jakarta Mail, Eclipse Angus): the transport settings, a mailer that sorts
 * failures into retriable and permanent, and the e-mail {@link io.github.ghlplezi.sync.alert.AlertSink}.
 */
package io.github.ghlplezi.notify.mail;
