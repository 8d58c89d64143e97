package io.github.ghlplezi.ghl.support;

import okhttp3.OkHttpClient;

/** OkHttp clients for tests: every exchange is recorded for the spec contract check. */
public final class TestClients {

  private static final OkHttpClient RECORDING = new OkHttpClient.Builder()
      .addNetworkInterceptor(RecordingInterceptor.INSTANCE)
      .build();

  private TestClients() {
  }

  /** @return an OkHttp client that records every exchange */
  public static OkHttpClient recording() {
    return RECORDING;
  }
}
