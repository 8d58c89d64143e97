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
import okhttp3.OkHttpClient;

/** Wires a {@link SyncEngine} to a sandbox through the production adapters and the resilient HTTP stack. */
final class EngineFixture {

  private EngineFixture() {
  }

  static SyncEngine engine(Sandbox sandbox, SyncStore store, EngineSettings settings) {
    return engine(sandbox, store, settings, LocationFields.NONE);
  }

  static SyncEngine engine(Sandbox sandbox, SyncStore store, EngineSettings settings, LocationFields extra) {
    FakePlezi fp = sandbox.plezi();
    OkHttpClient ghlHttp = ghlHttp(sandbox);
    OkHttpClient pleziHttp = ResilientHttp.plezi().clock(sandbox.clock()).sleeper(d -> sandbox.clock().advance(d))
        .baseClient(ghlHttp).build();
    GhlClient ghl = ghl(sandbox, ghlHttp);
    PleziClient plezi = PleziClient.builder().legacyBaseUrl(fp.legacyBaseUrl()).apiKey(fp.apiKey())
        .tenantCompany(fp.tenantCompany()).okHttpClient(pleziHttp).build();
    return new SyncEngine(new GhlTagSource(ghl), new PleziContactSink(plezi, fp.formId(), fp.contentWebFormId()),
        store, settings, sandbox.clock(), extra);
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
