package io.github.ghlplezi.connector;

import com.github.kagkarlsson.scheduler.Scheduler;
import io.github.ghlplezi.connector.config.ConnectorConfig;
import io.github.ghlplezi.connector.config.DatabaseConfig;
import io.github.ghlplezi.connector.config.HighLevelAuth;
import io.github.ghlplezi.connector.config.LocationEntry;
import io.github.ghlplezi.connector.config.Secret;
import io.github.ghlplezi.connector.schedule.Jobs;
import io.github.ghlplezi.connector.webhook.InstallTokens;
import io.github.ghlplezi.connector.webhook.JdbcLocationRegistry;
import io.github.ghlplezi.connector.webhook.WebhookEndpoint;
import io.github.ghlplezi.connector.webhook.WebhookIntake;
import io.github.ghlplezi.ghl.GhlClient;
import io.github.ghlplezi.ghl.webhook.WebhookVerifier;
import io.github.ghlplezi.plezi.PleziClient;
import io.github.ghlplezi.sync.LocationMapping;
import io.github.ghlplezi.sync.deliver.PleziContactSink;
import io.github.ghlplezi.sync.fetch.GhlTagSource;
import io.github.ghlplezi.sync.http.ResilientHttp;
import io.github.ghlplezi.sync.run.EngineSettings;
import io.github.ghlplezi.sync.run.Selection;
import io.github.ghlplezi.sync.run.SyncEngine;
import io.github.ghlplezi.sync.store.JdbcSyncStore;
import io.github.ghlplezi.sync.tags.OptionRules;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import okhttp3.OkHttpClient;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The connector built from a valid {@link ConnectorConfig}: database, engine, location registry,
 * and on demand the scheduler and the webhook endpoint. The only place that builds the vendor
 * clients (the engine reaches them through {@code TagSource}/{@code ContactSink}).
 */
public final class Connector implements AutoCloseable {

  /** Where the embedded H2 file lives when no database is configured. */
  public static final String EMBEDDED_H2_URL = "jdbc:h2:file:./ghl-plezi-data/connector;AUTO_SERVER=TRUE";

  private final ConnectorConfig config;
  private final DataSource dataSource;
  private final boolean postgres;
  private final SyncEngine engine;
  private final JdbcLocationRegistry registry;
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
    if (config.highLevel().auth().mode() != HighLevelAuth.Mode.PRIVATE_TOKENS) {
      // Checked before anything opens: the OAuth keys are validated, but `run` does not wire them yet.
      throw new UnsupportedOperationException("highLevel.auth.mode OAUTH: the runnable connector supports"
          + " PRIVATE_TOKENS so far; wire OAuth with sync-core's ManagedTokenSource (see the README)");
    }
    this.config = config;
    this.clock = clock;
    DatabaseConfig db = config.databaseIfSet().orElse(new DatabaseConfig(EMBEDDED_H2_URL, null, null));
    this.postgres = db.url().startsWith("jdbc:postgresql:");
    this.dataSource = dataSource(db, postgres);
    this.registry = new JdbcLocationRegistry(dataSource, clock).createSchemaIfMissing();
    Jobs.createSchemaIfMissing(dataSource, postgres);
    OkHttpClient ghlHttp = ResilientHttp.ghl().build();
    Map<String, Secret> tokens = config.highLevel().auth().privateTokens();
    GhlClient ghl = GhlClient.builder().baseUrl(config.highLevel().baseUrl())
        .tokenSource(locationId -> {
          Secret token = tokens.get(locationId);
          if (token == null) {
            throw new IllegalStateException("no Private Integration Token configured for location " + locationId);
          }
          return token.reveal();
        })
        .okHttpClient(ghlHttp).build();
    PleziClient.Builder plezi = PleziClient.builder()
        .apiKey(config.plezi().apiKey().reveal())
        .tenantCompany(config.plezi().tenantCompany())
        .okHttpClient(ResilientHttp.plezi().baseClient(ghlHttp).build());
    if (config.plezi().baseUrl() != null) {
      plezi.legacyBaseUrl(config.plezi().baseUrl());
    }
    OptionRules options = new OptionRules(config.tags().field(), Set.copyOf(config.tags().optionList()),
        config.tags().overrides());
    EngineSettings settings = EngineSettings.of(options)
        .withParallelism(config.engine().parallelism())
        .withRetention(config.engine().retention());
    if (config.triggers() != null && config.triggers().dateField() != null && config.triggers().valueField() != null) {
      settings = settings.withTriggerFields(config.triggers().dateField(), config.triggers().valueField());
    }
    this.engine = new SyncEngine(new GhlTagSource(ghl),
        new PleziContactSink(plezi.build(), config.plezi().formId(), config.plezi().contentWebFormId()),
        new JdbcSyncStore(dataSource).createSchemaIfMissing(), settings, clock);
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

  /** @return the engine */
  public SyncEngine engine() {
    return engine;
  }

  /** @return the database */
  public DataSource dataSource() {
    return dataSource;
  }

  /** @return the registry of installed locations */
  public JdbcLocationRegistry registry() {
    return registry;
  }

  /**
   * The locations to sync now: the explicit list, then every installed location through the rule.
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
    List<LocationMapping> selected = new ArrayList<>();
    for (LocationMapping m : mappings.values()) {
      if (wanted.isEmpty() || wanted.contains(m.locationId())) {
        selected.add(m);
      }
    }
    return new Selection(selected);
  }

  /**
   * Starts the scheduler (tag sync and retention, once per period across replicas).
   *
   * @param heartbeat the heartbeat interval
   * @param replicaName this replica's name
   * @param onTagSync called with each scheduled run
   */
  public synchronized void startScheduler(Duration heartbeat, String replicaName,
      java.util.function.Consumer<io.github.ghlplezi.sync.run.SyncRun> onTagSync) {
    scheduler = Jobs.scheduler(dataSource, config.schedules(),
        () -> onTagSync.accept(engine.run(io.github.ghlplezi.sync.run.Trigger.SCHEDULE, selection(List.of()))),
        engine::applyRetention, heartbeat, replicaName);
    scheduler.start();
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
    WebhookVerifier.Builder verifier = WebhookVerifier.builder().clock(clock).webhookIdStore(registry);
    if (hooks.ed25519PublicKeyFile() != null) {
      verifier.ed25519PublicKeyPem(Files.readString(Path.of(hooks.ed25519PublicKeyFile())));
    }
    if (hooks.rsaPublicKeyFile() != null) {
      verifier.rsaPublicKeyPem(Files.readString(Path.of(hooks.rsaPublicKeyFile())));
    }
    endpoint = WebhookEndpoint.start(new WebhookIntake(verifier.build(), registry, InstallTokens.NONE),
        hooks.port(), hooks.path());
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
  }
}
