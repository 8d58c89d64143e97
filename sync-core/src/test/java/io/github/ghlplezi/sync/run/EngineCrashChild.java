package io.github.ghlplezi.sync.run;

import io.github.ghlplezi.ghl.GhlClient;
import io.github.ghlplezi.plezi.PleziClient;
import io.github.ghlplezi.sync.LocationMapping;
import io.github.ghlplezi.sync.deliver.PleziContactSink;
import io.github.ghlplezi.sync.fetch.GhlTagSource;
import io.github.ghlplezi.sync.http.ResilientHttp;
import io.github.ghlplezi.sync.store.JdbcSyncStore;
import io.github.ghlplezi.sync.tags.OptionRules;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The process {@link EngineCrashProofTest} kills: reads the sandbox's coordinates from a properties
 * file, runs the engine against a PostgreSQL store and prints {@code RUNNING}, then {@code DONE}.
 */
public final class EngineCrashChild {

  private EngineCrashChild() {
  }

  /** Shared by the child and the parent's restart: the same wiring from the same file. */
  static SyncEngine engine(Properties p) {
    Map<String, String> pits = new HashMap<>();
    for (String name : p.stringPropertyNames()) {
      if (name.startsWith("pit.")) {
        pits.put(name.substring(4), p.getProperty(name));
      }
    }
    GhlClient ghl = GhlClient.builder().baseUrl(p.getProperty("ghl")).tokenSource(pits::get)
        .okHttpClient(ResilientHttp.ghl().build()).build();
    PleziClient plezi = PleziClient.builder().legacyBaseUrl(p.getProperty("plezi")).apiKey(p.getProperty("apiKey"))
        .tenantCompany(p.getProperty("tenant")).okHttpClient(ResilientHttp.plezi().build()).build();
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setURL(p.getProperty("jdbc"));
    JdbcSyncStore store = new JdbcSyncStore(ds).createSchemaIfMissing();
    OptionRules rules = OptionRules.of(p.getProperty("field"), List.of(p.getProperty("options").split(",")));
    return new SyncEngine(new GhlTagSource(ghl),
        new PleziContactSink(plezi, p.getProperty("form"), p.getProperty("cwf")), store,
        EngineSettings.of(rules).withParallelism(4), Clock.systemUTC());
  }

  static Selection selection(Properties p) {
    List<LocationMapping> mappings = new ArrayList<>();
    for (String location : p.getProperty("locations").split(",")) {
      mappings.add(new LocationMapping(location, EngineScaleProofTest.email(location)));
    }
    return new Selection(mappings);
  }

  static Properties read(Path file) throws IOException {
    Properties p = new Properties();
    try (Reader in = Files.newBufferedReader(file)) {
      p.load(in);
    }
    return p;
  }

  /**
   * @param args the properties file
   * @throws IOException when it cannot be read
   */
  public static void main(String[] args) throws IOException {
    Properties p = read(Path.of(args[0]));
    SyncEngine engine = engine(p);
    System.out.println("RUNNING");
    System.out.flush();
    SyncRun run = engine.run(Trigger.SCHEDULE, selection(p));
    System.out.println("DONE " + run.failed());
  }
}
