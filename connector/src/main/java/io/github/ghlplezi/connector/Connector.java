package io.github.ghlplezi.connector;

import com.github.kagkarlsson.scheduler.Scheduler;
import io.github.ghlplezi.connector.auth.HighLevelAccess;
import io.github.ghlplezi.connector.auth.JdbcReauthorizations;
import io.github.ghlplezi.connector.config.ConnectorConfig;
import io.github.ghlplezi.connector.config.DatabaseConfig;
import io.github.ghlplezi.connector.config.LocationEntry;
import io.github.ghlplezi.connector.schedule.Jobs;
import io.github.ghlplezi.connector.webhook.JdbcLocationRegistry;
import io.github.ghlplezi.connector.webhook.WebhookEndpoint;
import io.github.ghlplezi.connector.webhook.WebhookIntake;
import io.github.ghlplezi.ghl.GhlClient;
import io.github.ghlplezi.ghl.model.UserType;
import io.github.ghlplezi.ghl.webhook.WebhookVerifier;
import io.github.ghlplezi.notify.digest.DigestOutcome;
import io.github.ghlplezi.plezi.PleziClient;
import io.github.ghlplezi.sync.LocationMapping;
import io.github.ghlplezi.sync.deliver.PleziContactSink;
import io.github.ghlplezi.sync.http.ResilientHttp;
import io.github.ghlplezi.sync.run.Selection;
import io.github.ghlplezi.sync.run.SyncRun;
import io.github.ghlplezi.sync.run.Trigger;
import io.github.ghlplezi.sync.stats.StatisticsStore;
import io.github.ghlplezi.sync.store.JdbcStatisticsStore;
import io.github.ghlplezi.sync.store.JdbcSyncStore;
import io.github.ghlplezi.sync.store.SyncStore;
import io.github.ghlplezi.sync.token.StoredToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import okhttp3.OkHttpClient;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The connector built from a valid {@link ConnectorConfig}: database, HighLevel access (Private
 * Integration Tokens or an OAuth app), the engine's operations, the location registry, and on demand
 * the scheduler and the webhook endpoint. The only place that builds the vendor clients.
 */
public final class Connector implements AutoCloseable {

  /** Where the embedded H2 file lives when no database is configured. */
  public static final String EMBEDDED_H2_URL = "jdbc:h2:file:./ghl-plezi-data/connector;AUTO_SERVER=TRUE";

  private static final Logger LOG = LoggerFactory.getLogger(Connector.class);

  private final ConnectorConfig config;
  private final DataSource dataSource;
  /** Keeps an embedded H2 database open while the connector lives; {@code null} otherwise. */
  private final Connection embeddedHold;
  private final SyncOperations operations;
  private final Notifications notifications;
  private final JdbcLocationRegistry registry;
  private final JdbcReauthorizations reauthorizations;
  private final HighLevelAccess access;
  private final Clock clock;
  private Scheduler scheduler;
  private WebhookEndpoint endpoint;

  /**
   * Opens the database (creating every table when missing) and builds the engine; starts nothing.
   *
   * @param config a valid configuration
   * @param clock the clock
   */
  public Connector(ConnectorConfig config, Clock clock) {
    this(config, clock, null);
  }

  /**
   * The same over a given database (tests inject failures through it).
   *
   * @param config a valid configuration
   * @param clock the clock
   * @param dataSource the database, or {@code null} for {@code database} of the configuration
   */
  public Connector(ConnectorConfig config, Clock clock, DataSource dataSource) {
    this.config = config;
    this.clock = clock;
    DatabaseConfig db = config.databaseIfSet().orElse(new DatabaseConfig(EMBEDDED_H2_URL, null, null));
    boolean postgres = db.url().startsWith("jdbc:postgresql:");
    this.dataSource = dataSource != null ? dataSource : dataSource(db, postgres);
    this.embeddedHold = dataSource == null && db.url().startsWith("jdbc:h2:") ? hold(this.dataSource) : null;
    this.registry = new JdbcLocationRegistry(this.dataSource, clock).createSchemaIfMissing();
    this.reauthorizations = new JdbcReauthorizations(this.dataSource).createSchemaIfMissing();
    Jobs.createSchemaIfMissing(this.dataSource, postgres);
    SyncStore store = new JdbcSyncStore(this.dataSource).createSchemaIfMissing();
    StatisticsStore history = new JdbcStatisticsStore(this.dataSource).createSchemaIfMissing();
    this.notifications = new Notifications(config, this.dataSource, store, history, clock);
    OkHttpClient ghlHttp = ResilientHttp.ghl().build();
    this.access = HighLevelAccess.of(config.highLevel(), this.dataSource, reauthorizations,
        notifications.tokenListener(), ghlHttp, clock);
    GhlClient ghl = GhlClient.builder().baseUrl(config.highLevel().baseUrl())
        .tokenSource(access.tokenSource()).okHttpClient(ghlHttp).build();
    PleziClient.Builder plezi = PleziClient.builder()
        .apiKey(config.plezi().apiKey().reveal())
        .tenantCompany(config.plezi().tenantCompany())
        .okHttpClient(ResilientHttp.plezi().baseClient(ghlHttp).build());
    if (config.plezi().baseUrl() != null) {
      plezi.legacyBaseUrl(config.plezi().baseUrl());
    }
    this.operations = new SyncOperations(config, ghl,
        new PleziContactSink(plezi.build(), config.plezi().formId(), config.plezi().contentWebFormId()),
        store, history, clock);
  }

  /**
   * One connection held open while the connector lives. Without it, H2 closes an embedded database
   * each time its last connection closes and opens it again for the next statement, and a commit
   * made while another thread reopens it can be lost (a sync run's last event was, now and then,
   * under load).
   */
  private static Connection hold(DataSource dataSource) {
    try {
      return dataSource.getConnection();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot open the embedded database: " + e.getMessage(), e);
    }
  }

  private static DataSource dataSource(DatabaseConfig db, boolean postgres) {
    String password = db.password() == null ? null : db.password().reveal();
    if (postgres) {
      PGSimpleDataSource pg = new PGSimpleDataSource();
      pg.setURL(db.url());
      if (db.user() != null) {
        pg.setUser(db.user());
      }
      if (password != null) {
        pg.setPassword(password);
      }
      return pg;
    }
    if (db.url().startsWith("jdbc:h2:file:./")) {
      try {
        Files.createDirectories(Path.of(db.url().substring("jdbc:h2:file:".length())).getParent());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL(db.url());
    h2.setUser(db.user() == null ? "" : db.user());
    h2.setPassword(password == null ? "" : password);
    return h2;
  }

  /** @return the engine's operations (sync, test pull, replay, statistics, retention, events) */
  public SyncOperations operations() {
    return operations;
  }

  /** @return the alerts and the weekly digest */
  public Notifications notifications() {
    return notifications;
  }

  /** @return the database */
  public DataSource dataSource() {
    return dataSource;
  }

  /** @return the registry of installed locations */
  public JdbcLocationRegistry registry() {
    return registry;
  }

  /** @return the ids waiting for a person to re-authorize the app */
  public JdbcReauthorizations reauthorizations() {
    return reauthorizations;
  }

  /** @return how HighLevel calls are authorized */
  public HighLevelAccess access() {
    return access;
  }

  /**
   * The locations to sync now: the explicit list, then every installed location through the rule.
   * With no ids given, the locations waiting for re-authorization are left out (they could only
   * fail; {@code status} lists them), and none at all while the agency token is dead.
   *
   * @param only location ids to keep (empty: all)
   * @return the selection
   */
  public Selection selection(Collection<String> only) {
    Map<String, LocationMapping> mappings = new LinkedHashMap<>();
    for (LocationEntry entry : config.locations()) {
      mappings.put(entry.locationId(), new LocationMapping(entry.locationId(), entry.contactEmail()));
    }
    if (config.installedLocations() != null) {
      for (String id : registry.installed()) {
        mappings.putIfAbsent(id, new LocationMapping(id, config.installedLocations().contactFor(id)));
      }
    }
    Set<String> wanted = new LinkedHashSet<>(only);
    Set<String> blocked = wanted.isEmpty() ? reauthorizations.blocked() : Set.of();
    Optional<String> deadAgency = wanted.isEmpty() ? access.deadAgency(blocked) : Optional.empty();
    if (deadAgency.isPresent()) {
      LOG.warn("the agency token of {} needs re-authorization: no location is synced until `authorize` stores a new"
          + " one", deadAgency.get());
      return new Selection(List.of());
    }
    List<LocationMapping> selected = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    for (LocationMapping m : mappings.values()) {
      if (blocked.contains(m.locationId())) {
        skipped.add(m.locationId());
      } else if (wanted.isEmpty() || wanted.contains(m.locationId())) {
        selected.add(m);
      }
    }
    if (!skipped.isEmpty()) {
      LOG.warn("{} location(s) left out until re-authorized: {}", skipped.size(), skipped);
    }
    return new Selection(selected);
  }

  /**
   * Starts the scheduler: tag sync (then the operational alerts), statistics snapshot (then the
   * threshold alerts), digest and retention, each once per period across replicas.
   *
   * @param heartbeat the heartbeat interval
   * @param replicaName this replica's name
   * @param onTagSync called with each scheduled tag sync
   */
  public synchronized void startScheduler(Duration heartbeat, String replicaName, Consumer<SyncRun> onTagSync) {
    scheduler = Jobs.scheduler(dataSource, config.schedules(), jobActions(onTagSync, replicaName), heartbeat,
        replicaName, clock);
    scheduler.start();
  }

  /**
   * What the scheduled jobs do.
   *
   * @param onTagSync called with each tag sync
   * @param replicaName this replica's name (kept with its digest claims)
   * @return the actions
   */
  public Jobs.Actions jobActions(Consumer<SyncRun> onTagSync, String replicaName) {
    return new Jobs.Actions(
        () -> {
          Selection selection = selection(List.of());
          SyncRun run = operations.sync(Trigger.SCHEDULE, selection);
          onTagSync.accept(run);
          return "run=" + run.id() + " locations=" + run.outcomes().size() + " failed=" + run.failed()
              + " alerts=" + notifications.checkOperations(selection).size();
        },
        () -> {
          Selection selection = selection(List.of());
          return operations.snapshotStatistics(selection) + " alerts="
              + notifications.evaluateThresholds(selection).size();
        },
        operations::applyRetention,
        () -> digestSummary(notifications.sendDueDigests(selection(List.of()), replicaName)));
  }

  private static String digestSummary(List<DigestOutcome> outcomes) {
    Map<DigestOutcome.Result, Long> counts = new TreeMap<>(outcomes.stream()
        .collect(Collectors.groupingBy(DigestOutcome::result, Collectors.counting())));
    return counts.isEmpty() ? "nothing due" : counts.entrySet().stream()
        .map(e -> e.getKey().name().toLowerCase(Locale.ROOT) + "=" + e.getValue())
        .collect(Collectors.joining(" "));
  }

  /**
   * Exchanges an OAuth consent code and stores its token; a location's token also adds the location
   * to the synced set.
   *
   * @param code the authorization code
   * @return what was stored (no token)
   */
  public String authorize(String code) {
    StoredToken stored = access.authorize(code);
    boolean added = UserType.LOCATION.equals(stored.userType())
        && registry.add(stored.id());
    return "stored the " + stored.userType().value() + " token of " + stored.id() + " (version " + stored.version()
        + ")" + (added ? "; location " + stored.id() + " is synced from now on" : "");
  }

  /**
   * The webhook intake of this connector (shares the registry and the token store).
   *
   * @return the intake
   * @throws IOException when a key file cannot be read
   */
  public WebhookIntake webhookIntake() throws IOException {
    var hooks = config.webhooks();
    WebhookVerifier.Builder verifier = WebhookVerifier.builder().clock(clock);
    if (hooks.ed25519PublicKeyFile() != null) {
      verifier.ed25519PublicKeyPem(Files.readString(Path.of(hooks.ed25519PublicKeyFile())));
    }
    if (hooks.rsaPublicKeyFile() != null) {
      verifier.rsaPublicKeyPem(Files.readString(Path.of(hooks.rsaPublicKeyFile())));
    }
    access.appId().ifPresent(verifier::expectedAppId);
    return new WebhookIntake(verifier, registry, access.installTokens());
  }

  /**
   * Starts the webhook endpoint when {@code webhooks.port} is not 0 and a public key is configured.
   *
   * @return the endpoint, or {@code null} when disabled
   * @throws IOException when the port cannot be bound or a key file read
   */
  public synchronized WebhookEndpoint startWebhooks() throws IOException {
    var hooks = config.webhooks();
    if (hooks.port() == 0 || hooks.ed25519PublicKeyFile() == null && hooks.rsaPublicKeyFile() == null) {
      return null;
    }
    endpoint = WebhookEndpoint.start(webhookIntake(), hooks.port(), hooks.path(), hooks.oauthCallbackPath(),
        access.usesOAuth() ? this::authorize : null);
    return endpoint;
  }

  @Override
  public synchronized void close() {
    if (endpoint != null) {
      endpoint.close();
    }
    if (scheduler != null) {
      scheduler.stop();
    }
    if (embeddedHold != null) {
      try {
        embeddedHold.close();
      } catch (SQLException e) {
        LOG.warn("closing the embedded database: {}", e.getMessage());
      }
    }
  }
}
