package io.github.ghlplezi.examples;

import io.github.ghlplezi.ghl.GhlClient;
import io.github.ghlplezi.ghl.auth.OAuthClient;
import io.github.ghlplezi.plezi.PleziClient;
import io.github.ghlplezi.sync.TagSync;
import io.github.ghlplezi.sync.TagSyncSettings;
import io.github.ghlplezi.sync.http.ResilientHttp;
import io.github.ghlplezi.sync.token.JdbcTokenStore;
import io.github.ghlplezi.sync.token.KeyProvider;
import io.github.ghlplezi.sync.token.ManagedTokenSource;
import io.github.ghlplezi.sync.token.OAuthClientRefresher;
import io.github.ghlplezi.sync.token.TokenEventListener;
import io.github.ghlplezi.sync.token.TokenStore;
import java.time.Clock;
import javax.sql.DataSource;
import okhttp3.OkHttpClient;

/**
 * How a production service wires the SDK: the code behind the README's "Using it from your
 * application" section, kept here so that it compiles with every change.
 */
public final class ProductionWiring {

  private ProductionWiring() {
  }

  /**
   * Builds a tag sync for an OAuth-installed HighLevel app.
   *
   * @param dataSource the database the token store lives in, shared by every replica
   * @param ghlClientId the HighLevel app's OAuth client id
   * @param ghlClientSecret the HighLevel app's OAuth client secret
   * @param pleziApiKey the Plezi API key
   * @param pleziTenant the Plezi tenant company
   * @param settings where in Plezi the tags go
   * @param reauthorization told when a person must re-install or re-authorize the app
   * @return a tag sync ready to run
   */
  public static TagSync tagSync(DataSource dataSource, String ghlClientId, String ghlClientSecret,
      String pleziApiKey, String pleziTenant, TagSyncSettings settings, TokenEventListener reauthorization) {
    // Tokens are encrypted at rest; GHLPLEZI_TOKEN_KEYS holds "keyId:base64Key[,olderId:base64Key]".
    TokenStore store = new JdbcTokenStore(dataSource, KeyProvider.fromEnvironment("GHLPLEZI_TOKEN_KEYS"))
        .createSchemaIfMissing();
    OkHttpClient ghlHttp = ResilientHttp.ghl().build();
    OAuthClient oauth = OAuthClient.builder()
        .clientId(ghlClientId)
        .clientSecret(ghlClientSecret)
        .okHttpClient(ghlHttp)
        .build();
    ManagedTokenSource tokens = ManagedTokenSource.builder()
        .store(store)
        .refresher(new OAuthClientRefresher(oauth))
        .listener(reauthorization)
        .build();
    GhlClient ghl = GhlClient.builder()
        .tokenSource(tokens)
        .okHttpClient(ghlHttp)
        .build();
    PleziClient plezi = PleziClient.builder()
        .apiKey(pleziApiKey)
        .tenantCompany(pleziTenant)
        .okHttpClient(ResilientHttp.plezi().baseClient(ghlHttp).build())
        .build();
    return new TagSync(ghl, plezi, settings, Clock.systemUTC());
  }
}
