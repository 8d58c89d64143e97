package io.github.ghlplezi.connector.config;

import io.github.ghlplezi.sync.stats.AggregateSpec;
import io.github.ghlplezi.sync.stats.SegmentRules;
import io.github.ghlplezi.sync.stats.SegmentRulesException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The connector's whole configuration, read from one YAML file by {@link ConfigLoader}. Keys and
 * defaults are listed in {@code connector/README-config.md}, generated from the {@link ConfigDoc}
 * annotations.
 *
 * @param highLevel how the connector reaches HighLevel
 * @param plezi how the connector reaches Plezi
 * @param locations explicit location to contact mappings
 * @param installedLocations the mapping rule for every location that installed the app
 * @param tags the Plezi field that receives the tags
 * @param triggers the Plezi fields written when tags change
 * @param schedules when jobs run
 * @param database where the connector keeps its state
 * @param webhooks the webhook endpoint
 * @param engine engine tuning
 * @param statistics aggregates computed after each statistics snapshot
 * @param segments Plezi fields whose value segment rules compute from the aggregates
 * @param thresholds threshold alerts over the statistics
 * @param alerts where alerts go, and operational alert settings
 * @param digest the weekly digest
 * @param smtp the mail server of the digest and the alert e-mails
 */
public record ConnectorConfig(
    @ConfigDoc(value = "How the connector reaches HighLevel", defaultValue = "required")
    @NotNull @Valid HighLevelConfig highLevel,
    @ConfigDoc(value = "How the connector reaches Plezi", defaultValue = "required")
    @NotNull @Valid PleziConfig plezi,
    @ConfigDoc("Explicit HighLevel location -> Plezi contact mappings")
    List<@NotNull @Valid LocationEntry> locations,
    @ConfigDoc("Sync every location that installed the app, mapped to a contact by this rule")
    @Valid InstalledLocationRule installedLocations,
    @ConfigDoc(value = "The Plezi multi-select field that receives the tags", defaultValue = "required")
    @NotNull @Valid TagFieldConfig tags,
    @ConfigDoc("Plezi fields written when a location's tags change")
    @Valid TriggerConfig triggers,
    @ConfigDoc(value = "When the jobs run", defaultValue = "see keys")
    @Valid SchedulesConfig schedules,
    @ConfigDoc("The database shared by every replica; none: an embedded H2 file under ./ghl-plezi-data")
    @Valid DatabaseConfig database,
    @ConfigDoc(value = "The webhook endpoint of `run`", defaultValue = "see keys")
    @Valid WebhookConfig webhooks,
    @ConfigDoc(value = "Engine tuning", defaultValue = "see keys")
    @Valid EngineConfig engine,
    @ConfigDoc("Aggregates of the statistics, written to Plezi fields and used by segment rules")
    @Valid StatisticsConfig statistics,
    @ConfigDoc("Plezi dropdown or multi-select fields whose value rules compute from the aggregates")
    List<@NotNull @Valid SegmentFieldConfig> segments,
    @ConfigDoc("Threshold alerts over the statistics history, evaluated after each statistics snapshot")
    @Valid ThresholdsConfig thresholds,
    @ConfigDoc(value = "Where alerts go besides the log; operational alerts", defaultValue = "see keys")
    @Valid AlertsConfig alerts,
    @ConfigDoc("The weekly digest and its recipients")
    @Valid DigestConfig digest,
    @ConfigDoc("Mail server of the digest and the alert e-mails")
    @Valid SmtpConfig smtp) {

  /** Fills defaults. */
  public ConnectorConfig {
    locations = Copies.list(locations);
    segments = Copies.list(segments);
    schedules = schedules == null ? SchedulesConfig.defaults() : schedules;
    webhooks = webhooks == null ? WebhookConfig.defaults() : webhooks;
    engine = engine == null ? EngineConfig.defaults() : engine;
    alerts = alerts == null ? AlertsConfig.defaults() : alerts;
  }

  /** @return the aggregates, in order (none without a {@code statistics} section) */
  public List<AggregateSpec> aggregateSpecs() {
    return statistics == null ? List.of() : statistics.aggregates().stream().map(AggregateConfig::toSpec).toList();
  }

  /**
   * The segment rules, checked against the fields' options and the aggregates.
   *
   * @return the rules
   * @throws SegmentRulesException listing every problem (unknown aggregate, value not among the
   *     field's options, dropdown rules that overlap or leave a gap)
   */
  public SegmentRules segmentRules() {
    Map<String, Set<String>> options = new LinkedHashMap<>();
    segments.forEach(s -> options.put(s.field(), Set.copyOf(s.options())));
    Set<String> aggregates = new LinkedHashSet<>();
    aggregateSpecs().forEach(a -> aggregates.add(a.name()));
    return SegmentRules.load(segments.stream().map(SegmentFieldConfig::toField).toList(), options, aggregates);
  }

  /** @return the database, empty for the embedded H2 file */
  public Optional<DatabaseConfig> databaseIfSet() {
    return Optional.ofNullable(database);
  }

  /** @return whether every digest recipient can be reached */
  @AssertTrue(message = "digest recipients need `smtp` or `digest.directory`: the digest would go nowhere")
  public boolean isDigestDeliverable() {
    return digest == null || digest.recipients().isEmpty() || smtp != null || digest.directory() != null;
  }

  /** @return whether alert e-mails have a mail server */
  @AssertTrue(message = "`alerts.emailTo` needs `smtp`")
  public boolean isAlertMailDeliverable() {
    return alerts == null || alerts.emailTo().isEmpty() || smtp != null;
  }

  /** @return whether at least one location source is configured */
  @AssertTrue(message = "set `locations` or `installedLocations`: no location would ever be synced")
  public boolean isLocationSourceSet() {
    return !locations.isEmpty() || installedLocations != null;
  }
}
