package io.github.ghlplezi.connector;

import io.github.ghlplezi.connector.config.AlertsConfig;
import io.github.ghlplezi.connector.config.ConnectorConfig;
import io.github.ghlplezi.connector.config.DigestConfig;
import io.github.ghlplezi.connector.config.DigestRecipientConfig;
import io.github.ghlplezi.connector.config.SmtpConfig;
import io.github.ghlplezi.connector.config.ThresholdRuleConfig;
import io.github.ghlplezi.connector.config.ThresholdsConfig;
import io.github.ghlplezi.notify.digest.DigestAssembler;
import io.github.ghlplezi.notify.digest.DigestClaimStore;
import io.github.ghlplezi.notify.digest.DigestOutcome;
import io.github.ghlplezi.notify.digest.DigestRecipient;
import io.github.ghlplezi.notify.digest.DigestSchedule;
import io.github.ghlplezi.notify.digest.DigestService;
import io.github.ghlplezi.notify.digest.DigestSink;
import io.github.ghlplezi.notify.digest.DigestWeek;
import io.github.ghlplezi.notify.digest.EmailDigestSink;
import io.github.ghlplezi.notify.digest.FileDigestSink;
import io.github.ghlplezi.notify.digest.JdbcDigestClaimStore;
import io.github.ghlplezi.notify.digest.RenderedDigest;
import io.github.ghlplezi.notify.mail.EmailAlertSink;
import io.github.ghlplezi.notify.mail.SmtpSettings;
import io.github.ghlplezi.sync.LocationMapping;
import io.github.ghlplezi.sync.alert.Alert;
import io.github.ghlplezi.sync.alert.AlertDispatcher;
import io.github.ghlplezi.sync.alert.AlertStore;
import io.github.ghlplezi.sync.alert.JdbcAlertStore;
import io.github.ghlplezi.sync.alert.LogAlertSink;
import io.github.ghlplezi.sync.alert.OperationalMonitor;
import io.github.ghlplezi.sync.alert.OperationalSettings;
import io.github.ghlplezi.sync.alert.SignedWebhook;
import io.github.ghlplezi.sync.alert.ThresholdMonitor;
import io.github.ghlplezi.sync.alert.ThresholdRule;
import io.github.ghlplezi.sync.alert.WebhookAlertSink;
import io.github.ghlplezi.sync.run.Selection;
import io.github.ghlplezi.sync.stats.StatisticsStore;
import io.github.ghlplezi.sync.store.SyncStore;
import io.github.ghlplezi.sync.token.TokenEventListener;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * The connector's alerts and weekly digest, built from the configuration: the threshold rules and the
 * operational conditions raise alerts through one dispatcher (the log, and the configured signed
 * webhook and e-mail addresses), and the digest service sends each recipient the past week once,
 * across replicas (claims in the shared database).
 */
public final class Notifications {

  private final ConnectorConfig config;
  private final AlertDispatcher dispatcher;
  private final ThresholdMonitor thresholds;
  private final OperationalMonitor operational;
  private final DigestAssembler assembler;
  private final DigestClaimStore claims;
  private final Clock clock;

  Notifications(ConnectorConfig config, DataSource dataSource, SyncStore events, StatisticsStore history,
      Clock clock) {
    this.config = config;
    this.clock = clock;
    AlertStore alerts = new JdbcAlertStore(dataSource).createSchemaIfMissing();
    AlertDispatcher.Builder dispatch = AlertDispatcher.builder().store(alerts).eventLog(events).clock(clock)
        .sink(new LogAlertSink());
    AlertsConfig sinks = config.alerts();
    if (sinks.webhook() != null) {
      dispatch.sink(new WebhookAlertSink(SignedWebhook.builder(sinks.webhook().url())
          .secret(sinks.webhook().secret().reveal()).clock(clock).build(), sinks.webhook().format()));
    }
    if (!sinks.emailTo().isEmpty()) {
      dispatch.sink(new EmailAlertSink(smtp(config.smtp()), sinks.emailTo()));
    }
    this.dispatcher = dispatch.build();
    this.thresholds = new ThresholdMonitor(rules(config.thresholds()), history, alerts, dispatcher, clock);
    this.operational = new OperationalMonitor(OperationalSettings.defaults().withStalledAfter(sinks.stalledAfter()),
        events, alerts, dispatcher, clock);
    this.assembler = new DigestAssembler(history, events);
    this.claims = new JdbcDigestClaimStore(dataSource).createSchemaIfMissing();
  }

  /**
   * The configured threshold rules: the {@code engagementDropPercent} shorthand, then the listed rules.
   *
   * @param thresholds the {@code thresholds} section, or {@code null}
   * @return the rules
   */
  static List<ThresholdRule> rules(ThresholdsConfig thresholds) {
    if (thresholds == null) {
      return List.of();
    }
    List<ThresholdRule.Builder> builders = new ArrayList<>();
    if (thresholds.engagementDropPercent() != null) {
      builders.add(ThresholdRule.builder(ThresholdsConfig.ENGAGEMENT_DROP, "likes")
          .changeAtOrBelow(7, -thresholds.engagementDropPercent()));
    }
    for (ThresholdRuleConfig rule : thresholds.rules()) {
      ThresholdRule.Builder b = ThresholdRule.builder(rule.id(), rule.metric())
          .set(rule.measure(), rule.days(), rule.direction(), rule.value())
          .hysteresis(rule.hysteresis()).cooldown(rule.cooldown()).perAccount(rule.perAccount())
          .locations(Set.copyOf(rule.locations()));
      if (rule.platform() != null) {
        b.platform(rule.platform());
      }
      builders.add(b);
    }
    return ThresholdRule.buildAll(builders);
  }

  private static SmtpSettings smtp(SmtpConfig smtp) {
    SmtpSettings.Builder settings = SmtpSettings.builder(smtp.host(), smtp.port(), smtp.from())
        .security(smtp.security());
    if (smtp.username() != null) {
      settings.credentials(smtp.username(), () -> smtp.password().reveal().toCharArray());
    }
    return settings.build();
  }

  /** @return records re-authorization requests of the token source for the next operational check */
  TokenEventListener tokenListener() {
    return operational.tokenListener();
  }

  /**
   * Evaluates the threshold rules over the locations' statistics (after a statistics snapshot).
   *
   * @param selection the locations
   * @return the alerts fired now
   */
  public List<Alert> evaluateThresholds(Selection selection) {
    return thresholds.evaluate(ids(selection));
  }

  /**
   * Checks the operational conditions (re-authorization, missing options, dead letters, stalled
   * locations) of the locations.
   *
   * @param selection the locations
   * @return the alerts fired now
   */
  public List<Alert> checkOperations(Selection selection) {
    return operational.check(ids(selection));
  }

  /** @return the alert dispatcher (its dead letters can be replayed) */
  public AlertDispatcher dispatcher() {
    return dispatcher;
  }

  /**
   * Sends every digest due now, each recipient and sink once per week across replicas.
   *
   * @param synced the synced locations (a recipient without its own list sees all of them)
   * @param owner this replica's name, kept with its claims
   * @return one outcome per recipient due and sink
   */
  public List<DigestOutcome> sendDueDigests(Selection synced, String owner) {
    Optional<DigestService> service = service(synced, owner, sinks());
    return service.map(s -> s.sendDue(clock.instant())).orElse(List.of());
  }

  /**
   * Renders a recipient's digest of a week without sending it or claiming it, and writes it (HTML,
   * text, subject, charts) under a directory.
   *
   * @param synced the synced locations
   * @param recipientId the recipient, or {@code null} for the first configured one
   * @param week the week, or {@code null} for the last complete week in the recipient's time zone
   * @param directory where the files go
   * @return the folder written and the rendered digest
   * @throws UnknownRecipientException when no such recipient is configured
   * @throws IOException when a file cannot be written
   */
  public Preview preview(Selection synced, String recipientId, DigestWeek week, Path directory) throws IOException {
    List<DigestRecipient> recipients = recipients(synced);
    DigestRecipient recipient = recipients.stream()
        .filter(r -> recipientId == null || r.id().equals(recipientId)).findFirst()
        .orElseThrow(() -> new UnknownRecipientException(recipients.isEmpty()
            ? "no digest recipient is configured (`digest.recipients`)"
            : "no digest recipient `" + recipientId + "`; configured: "
                + recipients.stream().map(DigestRecipient::id).collect(Collectors.joining(", "))));
    DigestWeek shown = week != null ? week
        : DigestWeek.of(clock.instant().atZone(recipient.zone()).toLocalDate()).previous();
    FileDigestSink files = new FileDigestSink(directory);
    DigestService service = DigestService.builder(assembler, claims).recipient(recipient).sink(files)
        .clock(clock).build();
    RenderedDigest rendered = service.preview(recipient, shown);
    return new Preview(files.write(rendered), rendered);
  }

  /** A digest asked for a recipient the configuration does not name; the message lists the configured ones. */
  public static final class UnknownRecipientException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    UnknownRecipientException(String message) {
      super(message);
    }
  }

  /**
   * A rendered preview.
   *
   * @param folder the folder its files were written to
   * @param digest the rendered digest
   */
  public record Preview(Path folder, RenderedDigest digest) {
  }

  private Optional<DigestService> service(Selection synced, String owner, List<DigestSink> sinks) {
    List<DigestRecipient> recipients = recipients(synced);
    if (recipients.isEmpty() || sinks.isEmpty()) {
      return Optional.empty();
    }
    DigestConfig digest = config.digest();
    DigestService.Builder service = DigestService.builder(assembler, claims).recipients(recipients)
        .schedule(new DigestSchedule(digest.day(), digest.hour())).clock(clock);
    if (owner != null) {
      service.owner(owner);
    }
    sinks.forEach(service::sink);
    return Optional.of(service.build());
  }

  private List<DigestSink> sinks() {
    List<DigestSink> sinks = new ArrayList<>();
    if (config.digest() != null && config.digest().directory() != null) {
      sinks.add(new FileDigestSink(Path.of(config.digest().directory())));
    }
    if (config.smtp() != null) {
      sinks.add(new EmailDigestSink(smtp(config.smtp())));
    }
    return sinks;
  }

  private List<DigestRecipient> recipients(Selection synced) {
    if (config.digest() == null) {
      return List.of();
    }
    Map<String, String> names = config.locations().stream().filter(l -> l.name() != null)
        .collect(Collectors.toMap(l -> l.locationId(), l -> l.name(), (a, b) -> a));
    List<String> all = ids(synced);
    List<DigestRecipient> out = new ArrayList<>();
    for (DigestRecipientConfig r : config.digest().recipients()) {
      DigestRecipient.Builder recipient = DigestRecipient.builder(r.id(), r.email())
          .zone(ZoneId.of(r.timeZone())).locale(Locale.forLanguageTag(r.locale()));
      Set<String> seen = new LinkedHashSet<>(r.locations().isEmpty() ? all : r.locations());
      if (seen.isEmpty()) {
        continue;   // nothing synced yet: no digest to send
      }
      seen.forEach(id -> recipient.location(id, names.getOrDefault(id, id)));
      out.add(recipient.build());
    }
    return out;
  }

  private static List<String> ids(Selection selection) {
    return selection.mappings().stream().map(LocationMapping::locationId).toList();
  }
}
