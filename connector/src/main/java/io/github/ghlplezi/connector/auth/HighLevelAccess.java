package io.github.ghlplezi.connector.auth;

import io.github.ghlplezi.connector.config.HighLevelAuth;
import io.github.ghlplezi.connector.config.HighLevelConfig;
import io.github.ghlplezi.connector.config.OAuthApp;
import io.github.ghlplezi.connector.config.Secret;
import io.github.ghlplezi.connector.config.TokenKeys;
import io.github.ghlplezi.connector.webhook.ConsentRefusedException;
import io.github.ghlplezi.connector.webhook.InstallTokens;
import io.github.ghlplezi.connector.webhook.OAuthInstallTokens;
import io.github.ghlplezi.ghl.TokenSource;
import io.github.ghlplezi.ghl.auth.OAuthClient;
import io.github.ghlplezi.ghl.model.UserType;
import io.github.ghlplezi.sync.token.JdbcTokenStore;
import io.github.ghlplezi.sync.token.ManagedTokenSource;
import io.github.ghlplezi.sync.token.OAuthClientRefresher;
import io.github.ghlplezi.sync.token.StoredToken;
import io.github.ghlplezi.sync.token.TokenEventListener;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import okhttp3.OkHttpClient;

/**
 * How the connector authorizes its HighLevel calls, built from {@code highLevel.auth}: the Private
 * Integration Tokens of the file, or an OAuth app whose tokens live encrypted in the connector's
 * database ({@link JdbcTokenStore} with the {@code tokenKeys}) behind sync-core's {@link
 * ManagedTokenSource} (refresh once across replicas, agency location tokens minted on demand, a dead
 * token reported once to {@link JdbcReauthorizations} and not tried again).
 */
public final class HighLevelAccess {

  private final TokenSource tokenSource;
  private final InstallTokens installTokens;
  private final OAuthClient oauth;
  private final ManagedTokenSource managed;
  private final OAuthApp app;
  private final JdbcReauthorizations reauthorizations;
  private final Clock clock;

  private HighLevelAccess(TokenSource tokenSource, InstallTokens installTokens, OAuthClient oauth,
      ManagedTokenSource managed, OAuthApp app, JdbcReauthorizations reauthorizations, Clock clock) {
    this.tokenSource = tokenSource;
    this.installTokens = installTokens;
    this.oauth = oauth;
    this.managed = managed;
    this.app = app;
    this.reauthorizations = reauthorizations;
    this.clock = clock;
  }

  /**
   * Builds the access of a valid configuration; creates the token table when the app uses OAuth.
   *
   * @param config {@code highLevel}
   * @param dataSource the connector's database
   * @param reauthorizations where dead tokens are reported
   * @param alsoTold told of each dead token as well (the operational alerts)
   * @param http the HighLevel HTTP client (the resilient stack)
   * @param clock expiry decisions
   * @return the access
   */
  public static HighLevelAccess of(HighLevelConfig config, DataSource dataSource,
      JdbcReauthorizations reauthorizations, TokenEventListener alsoTold, OkHttpClient http, Clock clock) {
    HighLevelAuth auth = config.auth();
    if (auth.mode() == HighLevelAuth.Mode.PRIVATE_TOKENS) {
      Map<String, Secret> tokens = auth.privateTokens();
      TokenSource fromFile = locationId -> {
        Secret token = tokens.get(locationId);
        if (token == null) {
          throw new IllegalStateException("no Private Integration Token configured for location " + locationId);
        }
        return token.reveal();
      };
      return new HighLevelAccess(fromFile, InstallTokens.NONE, null, null, null, reauthorizations, clock);
    }
    OAuthApp app = auth.oauth();
    JdbcTokenStore store = new JdbcTokenStore(dataSource, TokenKeys.parse(app.tokenKeys()),
        JdbcTokenStore.DEFAULT_STORE_ID, clock).createSchemaIfMissing();
    OAuthClient oauth = OAuthClient.builder().baseUrl(config.baseUrl()).clientId(app.clientId())
        .clientSecret(app.clientSecret().reveal()).okHttpClient(http).build();
    OAuthClientRefresher refresher = new OAuthClientRefresher(oauth);
    ManagedTokenSource.Builder tokens = ManagedTokenSource.builder().store(store).refresher(refresher)
        .clock(clock).listener(event -> {
          reauthorizations.onReauthorizationRequired(event);
          alsoTold.onReauthorizationRequired(event);
        });
    if (app.agencyInstall()) {
      tokens.agency(app.companyId(), refresher);
    }
    ManagedTokenSource managed = tokens.build();
    InstallTokens installs = new OAuthInstallTokens(managed, store, app.agencyInstall() ? refresher : null,
        app.agencyInstall() ? app.companyId() : null, reauthorizations, clock);
    return new HighLevelAccess(managed, installs, oauth, managed, app, reauthorizations, clock);
  }

  /** @return whether HighLevel calls are authorized by an OAuth app */
  public boolean usesOAuth() {
    return managed != null;
  }

  /** @return the token source of every HighLevel client */
  public TokenSource tokenSource() {
    return tokenSource;
  }

  /** @return what INSTALL and UNINSTALL webhooks do to tokens */
  public InstallTokens installTokens() {
    return installTokens;
  }

  /** @return the app id webhooks must carry, when configured */
  public Optional<String> appId() {
    return app == null ? Optional.empty() : Optional.ofNullable(app.appId());
  }

  /**
   * The agency whose token is dead, when the app is installed by an agency: then no location token
   * can be minted or renewed.
   *
   * @param blocked the ids waiting for re-authorization
   * @return the agency's company id when it is among them
   */
  public Optional<String> deadAgency(Set<String> blocked) {
    return app != null && app.agencyInstall() && blocked.contains(app.companyId())
        ? Optional.of(app.companyId()) : Optional.empty();
  }

  /**
   * Exchanges an authorization code (an agency's or a location's consent) and stores the token
   * encrypted, replacing any older one and clearing a pending re-authorization.
   *
   * @param code the single-use code from the consent redirect
   * @return the stored token (its {@code toString()} shows no token)
   * @throws IllegalStateException when the connector uses Private Integration Tokens
   * @throws ConsentRefusedException when the consent gave an agency token the configuration does not
   *     expect (another company than {@code companyId}, or an app set up for location installs);
   *     nothing is stored
   */
  public StoredToken authorize(String code) {
    if (managed == null) {
      throw new IllegalStateException("highLevel.auth.mode is PRIVATE_TOKENS: there is no code to exchange");
    }
    StoredToken exchanged = StoredToken.fromCodeExchange(oauth.exchangeCode(code, app.redirectUri(), null),
        clock.instant());
    if (UserType.COMPANY.equals(exchanged.userType()) && !app.agencyInstall()) {
      throw new ConsentRefusedException("the consent gave the agency (Company) token of " + exchanged.id()
          + ", but `highLevel.auth.oauth.agencyInstall` is false: nothing was stored");
    }
    if (UserType.COMPANY.equals(exchanged.userType()) && !exchanged.id().equals(app.companyId())) {
      throw new ConsentRefusedException("the consent was given for company " + exchanged.id()
          + ", not for `highLevel.auth.oauth.companyId` " + app.companyId() + ": nothing was stored");
    }
    StoredToken stored = managed.install(exchanged);
    reauthorizations.clear(stored.id());
    return stored;
  }
}
