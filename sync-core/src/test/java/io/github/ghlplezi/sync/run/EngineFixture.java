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
    FakeGhl fg = sandbox.ghl();
    FakePlezi fp = sandbox.plezi();
    Map<String, String> pits = new ConcurrentHashMap<>();
    OkHttpClient ghlHttp = ResilientHttp.ghl().clock(sandbox.clock()).sleeper(d -> sandbox.clock().advance(d)).build();
    OkHttpClient pleziHttp = ResilientHttp.plezi().clock(sandbox.clock()).sleeper(d -> sandbox.clock().advance(d))
        .baseClient(ghlHttp).build();
    GhlClient ghl = GhlClient.builder().baseUrl(fg.baseUrl())
        .tokenSource(id -> pits.computeIfAbsent(id, fg::privateIntegrationToken)).okHttpClient(ghlHttp).build();
    PleziClient plezi = PleziClient.builder().legacyBaseUrl(fp.legacyBaseUrl()).apiKey(fp.apiKey())
        .tenantCompany(fp.tenantCompany()).okHttpClient(pleziHttp).build();
    return new SyncEngine(new GhlTagSource(ghl), new PleziContactSink(plezi, fp.formId(), fp.contentWebFormId()),
        store, settings, sandbox.clock());
  }
}
