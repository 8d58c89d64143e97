package io.github.ghlplezi.sync.run;

import io.github.ghlplezi.ghl.GhlClient;
import io.github.ghlplezi.plezi.PleziClient;
import io.github.ghlplezi.sync.deliver.PleziContactSink;
import io.github.ghlplezi.sync.fetch.GhlTagSource;
import io.github.ghlplezi.sync.http.ResilientHttp;
import io.github.ghlplezi.sync.store.SyncStore;
import io.github.ghlplezi.testkit.FakeGhl;
import io.github.ghlplezi.testkit.FakePlezi;
import io.github.ghlplezi.testkit.Sandbox;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import okhttp3.OkHttpClient;

/** Wires a {@link SyncEngine} to a sandbox through the production adapters and the resilient HTTP stack. */
final class EngineFixture {

  private EngineFixture() {
  }

  static SyncEngine engine(Sandbox sandbox, SyncStore store, EngineSettings settings) {
    return builder(sandbox, store, settings, true).build();
  }

  /** The tag stream and the statistics stream, from the sandbox's HighLevel into its Plezi. */
  static SyncEngine engine(Sandbox sandbox, SyncStore store, EngineSettings settings,
      Function<GhlClient, StatisticsStream> statistics) {
    SyncEngine.Builder builder = builder(sandbox, store, settings, true);
    return builder.statistics(statistics.apply(ghl(sandbox))).build();
  }

  /** The statistics stream alone. */
  static SyncEngine statisticsOnly(Sandbox sandbox, SyncStore store, Function<GhlClient, StatisticsStream> statistics) {
    return builder(sandbox, store, EngineSettings.defaults(), false).statistics(statistics.apply(ghl(sandbox))).build();
  }

  private static SyncEngine.Builder builder(Sandbox sandbox, SyncStore store, EngineSettings settings, boolean tags) {
    FakePlezi fp = sandbox.plezi();
    OkHttpClient ghlHttp = ghlHttp(sandbox);
    OkHttpClient pleziHttp = ResilientHttp.plezi().clock(sandbox.clock()).sleeper(d -> sandbox.clock().advance(d))
        .baseClient(ghlHttp).build();
    PleziClient plezi = PleziClient.builder().legacyBaseUrl(fp.legacyBaseUrl()).apiKey(fp.apiKey())
        .tenantCompany(fp.tenantCompany()).okHttpClient(pleziHttp).build();
    SyncEngine.Builder builder = SyncEngine.builder()
        .sink(new PleziContactSink(plezi, fp.formId(), fp.contentWebFormId()))
        .store(store).settings(settings).clock(sandbox.clock());
    return tags ? builder.tags(new GhlTagSource(ghl(sandbox, ghlHttp))) : builder;
  }

  private static OkHttpClient ghlHttp(Sandbox sandbox) {
    return ResilientHttp.ghl().clock(sandbox.clock()).sleeper(d -> sandbox.clock().advance(d)).build();
  }

  /** A HighLevel client on the sandbox's fake, through the resilient HTTP stack, with each location's PIT. */
  static GhlClient ghl(Sandbox sandbox) {
    return ghl(sandbox, ghlHttp(sandbox));
  }

  private static GhlClient ghl(Sandbox sandbox, OkHttpClient http) {
    FakeGhl fg = sandbox.ghl();
    Map<String, String> pits = new ConcurrentHashMap<>();
    return GhlClient.builder().baseUrl(fg.baseUrl())
        .tokenSource(id -> pits.computeIfAbsent(id, fg::privateIntegrationToken)).okHttpClient(http).build();
  }
}
