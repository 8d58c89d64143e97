package io.github.ghlplezi.sync.adversarial;

import io.github.ghlplezi.ghl.GhlApiException;
import io.github.ghlplezi.ghl.GhlClient;
import io.github.ghlplezi.ghl.SocialPlanner;
import io.github.ghlplezi.ghl.auth.OAuthClient;
import io.github.ghlplezi.ghl.TokenSource;
import io.github.ghlplezi.ghl.model.AttachFacebookPageRequest;
import io.github.ghlplezi.ghl.model.AttachGoogleLocationRequest;
import io.github.ghlplezi.ghl.model.AttachInstagramAccountRequest;
import io.github.ghlplezi.ghl.model.AttachLinkedInRequest;
import io.github.ghlplezi.ghl.model.AttachTiktokProfileRequest;
import io.github.ghlplezi.ghl.model.AttachTwitterProfileRequest;
import io.github.ghlplezi.ghl.model.CsvQuery;
import io.github.ghlplezi.ghl.model.InstalledLocationsQuery;
import io.github.ghlplezi.ghl.model.PostRequest;
import io.github.ghlplezi.ghl.model.PostType;
import io.github.ghlplezi.ghl.model.StartSocialOAuthRequest;
import io.github.ghlplezi.ghl.model.TagQuery;
import io.github.ghlplezi.ghl.model.UserType;
import io.github.ghlplezi.ghl.webhook.WebhookVerification;
import io.github.ghlplezi.ghl.webhook.WebhookVerifier;
import io.github.ghlplezi.plezi.PleziApiException;
import io.github.ghlplezi.plezi.PleziClient;
import io.github.ghlplezi.plezi.model.ContentWebFormQuery;
import io.github.ghlplezi.plezi.model.WebformContact;
import io.github.ghlplezi.sync.http.ResilientHttp;
import io.github.ghlplezi.sync.http.RetryPolicy;
import io.github.ghlplezi.sync.http.Sleeper;
import io.github.ghlplezi.sync.http.Timeouts;
import io.github.ghlplezi.sync.token.InMemoryTokenStore;
import io.github.ghlplezi.sync.token.ManagedTokenSource;
import io.github.ghlplezi.sync.token.OAuthClientRefresher;
import io.github.ghlplezi.sync.token.StoredToken;
import io.github.ghlplezi.sync.token.TokenException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import okhttp3.OkHttpClient;

/**
 * Every call the adversarial suite makes into the SDK, in one place: when a client API is renamed
 * (for example {@code SocialPlanner} split into per-resource services), only this file changes.
 */
final class Targets {

  /**
   * The longest a call may take when the server drips its answer forever and the caller set no
   * timeout: the clients' documented default call timeout plus a margin. Adjust it to the documented
   * default when that changes.
   */
  static final Duration DEFAULT_CALL_TIMEOUT_CEILING = Duration.ofSeconds(75);

  /** A well-formed location id. */
  static final String LOCATION = "ve9EPM428h8vShlRW1KT";
  /** A well-formed 24-hex Plezi form id. */
  static final String FORM_ID = "5d5188d4f420874ad39371d6";

  private Targets() {
  }

  // ------------------------------------------------------------------ clients

  /** A HighLevel client for {@code baseUrl}; {@code http} may be null for the client's own stack. */
  static GhlClient ghl(String baseUrl, TokenSource tokens, OkHttpClient http) {
    GhlClient.Builder b = GhlClient.builder().baseUrl(baseUrl).tokenSource(tokens);
    if (http != null) {
      b.okHttpClient(http);
    }
    return b.build();
  }

  /** A HighLevel client sending one Private Integration Token. */
  static GhlClient ghlWithPit(String baseUrl, String pit, OkHttpClient http) {
    return ghl(baseUrl, TokenSource.privateIntegrationToken(pit), http);
  }

  static OAuthClient oauth(String baseUrl, String clientId, String clientSecret, OkHttpClient http) {
    OAuthClient.Builder b = OAuthClient.builder().baseUrl(baseUrl).clientId(clientId).clientSecret(clientSecret);
    if (http != null) {
      b.okHttpClient(http);
    }
    return b.build();
  }

  static PleziClient plezi(String baseUrl, String apiKey, String tenant, OkHttpClient http) {
    PleziClient.Builder b = PleziClient.builder().legacyBaseUrl(baseUrl).apiKey(apiKey).tenantCompany(tenant);
    if (http != null) {
      b.okHttpClient(http);
    }
    return b.build();
  }

  static PleziClient brain(String baseUrl, String publicKey, String secretKey, OkHttpClient http) {
    PleziClient.Builder b = PleziClient.builder().brainBaseUrl(baseUrl).publicKey(publicKey).secretKey(secretKey);
    if (http != null) {
      b.okHttpClient(http);
    }
    return b.build();
  }

  /** The resilient stack for HighLevel with its documented defaults. */
  static OkHttpClient resilientGhl() {
    return ResilientHttp.ghl().build();
  }

  /** The resilient stack for Plezi with its documented defaults. */
  static OkHttpClient resilientPlezi() {
    return ResilientHttp.plezi().build();
  }

  /** The resilient stack on a test clock: waits advance {@code clock} instead of sleeping. */
  static OkHttpClient resilient(boolean ghl, Clock clock, Sleeper sleeper, boolean rateBudget) {
    ResilientHttp.Builder b = (ghl ? ResilientHttp.ghl() : ResilientHttp.plezi()).clock(clock).sleeper(sleeper);
    if (!rateBudget) {
      b.withoutRateBudget();
    }
    return b.build();
  }

  /** The resilient stack with a short call timeout (and a retry deadline within it). */
  static OkHttpClient resilientWithCallTimeout(boolean ghl, Duration call) {
    return (ghl ? ResilientHttp.ghl() : ResilientHttp.plezi())
        .timeouts(Timeouts.defaults().withCall(call))
        .retryPolicy(RetryPolicy.defaults().withDeadline(call))
        .build();
  }

  /**
   * A managed OAuth token source whose refresher calls {@code oauth}; the location starts with an
   * expired access token so the first call refreshes.
   */
  static ManagedTokenSource managedTokens(OAuthClient oauth, String locationId, String access, String refresh, Clock clock) {
    InMemoryTokenStore store = new InMemoryTokenStore(clock);
    ManagedTokenSource source = ManagedTokenSource.builder().store(store).refresher(new OAuthClientRefresher(oauth))
        .clock(clock).build();
    source.install(new StoredToken(locationId, UserType.LOCATION, access,
        clock.instant().minusSeconds(60), refresh, Set.of(), 0, clock.instant()));
    return source;
  }

  /** The three token stores holding one token, and where they keep it. */
  record Stores(List<Object> all, java.nio.file.Path file, javax.sql.DataSource dataSource) {

    /** Everything the stores persisted: the file's bytes and every row of every table, as text. */
    String persisted() throws java.io.IOException, java.sql.SQLException {
      StringBuilder b = new StringBuilder(new String(java.nio.file.Files.readAllBytes(file),
          java.nio.charset.StandardCharsets.ISO_8859_1));
      try (java.sql.Connection c = dataSource.getConnection();
           java.sql.ResultSet tables = c.getMetaData().getTables(null, "PUBLIC", "%", new String[] {"TABLE"})) {
        while (tables.next()) {
          String table = tables.getString("TABLE_NAME");
          try (java.sql.Statement st = c.createStatement(); java.sql.ResultSet rows = st.executeQuery("SELECT * FROM PUBLIC.\"" + table + "\"")) {
            while (rows.next()) {
              for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
                b.append(' ').append(rows.getString(i));
              }
            }
          }
        }
      }
      return b.toString();
    }
  }

  /** Every token store, each holding {@code token}; the file store encrypts with {@code key}. */
  static Stores storesHolding(StoredToken token, java.nio.file.Path dir, byte[] key) {
    java.nio.file.Path path = dir.resolve("tokens.bin");
    io.github.ghlplezi.sync.token.EncryptedFileTokenStore file = new io.github.ghlplezi.sync.token.EncryptedFileTokenStore(
        path, io.github.ghlplezi.sync.token.EncryptedFileTokenStore.aesKey(key));
    org.h2.jdbcx.JdbcDataSource ds = new org.h2.jdbcx.JdbcDataSource();
    ds.setURL("jdbc:h2:mem:adversarial-" + java.util.UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    io.github.ghlplezi.sync.token.JdbcTokenStore jdbc = new io.github.ghlplezi.sync.token.JdbcTokenStore(ds,
        io.github.ghlplezi.sync.token.KeyProvider.of("adversarial",
            io.github.ghlplezi.sync.token.EncryptedFileTokenStore.aesKey(key))).createSchemaIfMissing();
    InMemoryTokenStore memory = new InMemoryTokenStore();
    for (io.github.ghlplezi.sync.token.TokenStore store : List.of(file, jdbc, memory)) {
      store.compareAndSet(0, token);
    }
    return new Stores(List.of(file, jdbc, memory), path, ds);
  }

  /** Values holding a secret, built from the public API (for the {@code toString} check). */
  static List<Object> valuesHolding(String access, String refresh, String pit, String clientSecret) {
    return List.of(
        TokenSource.privateIntegrationToken(pit),
        TokenSource.staticOAuth(access),
        TokenSource.privateIntegrationTokens(Map.of(LOCATION, pit)),
        io.github.ghlplezi.ghl.model.ImmutableOAuthTokens.builder().accessToken(access).refreshToken(refresh).build(),
        new io.github.ghlplezi.sync.token.TokenGrant(access, Duration.ofHours(1), refresh, Set.of()),
        new StoredToken(LOCATION, UserType.LOCATION, access, Instant.now(), refresh,
            Set.of(), 1, Instant.now()),
        StoredToken.privateIntegrationToken(LOCATION, pit, Instant.now()),
        new OAuthClientRefresher(oauth(GhlClient.DEFAULT_BASE_URL, "client-id-1", clientSecret, null)));
  }

  // ------------------------------------------------------------------ one representative call each

  static Object listTags(GhlClient ghl, String locationId) {
    return ghl.socialPlanner(locationId).tags().list(TagQuery.builder().build());
  }

  static Object deletePosts(GhlClient ghl, String locationId) {
    return ghl.socialPlanner(locationId).posts().delete(List.of("post1", "post2"));
  }

  static Object refresh(OAuthClient oauth, String refreshToken) {
    return oauth.refresh(refreshToken, UserType.LOCATION);
  }

  static Object exchangeCode(OAuthClient oauth, String code) {
    return oauth.exchangeCode(code);
  }

  static Object pleziList(PleziClient plezi) {
    return plezi.contacts().list(10, 0);
  }

  static WebformContact webform(String formId, String contentWebFormId, List<String> subscriptions) {
    return WebformContact.builder().email("owner@example.com").formId(formId).contentWebFormId(contentWebFormId)
        .subscriptions(subscriptions).build();
  }

  static Object pleziUpsert(PleziClient plezi) {
    return plezi.contacts().upsertFromWebform(webform(FORM_ID, FORM_ID, List.of()));
  }

  static Object brainForms(PleziClient brain) {
    return brain.forms().list(ContentWebFormQuery.defaults());
  }

  static Object brainAuthenticate(PleziClient brain) {
    return brain.authenticateBrainKeys();
  }

  // ------------------------------------------------------------------ id-taking entry points

  /**
   * One id-taking entry point: {@code call} passes the hostile value as {@code parameter} (every
   * other argument valid).
   */
  record IdEntry(String client, String name, String parameter, Consumer<String> call) {
    @Override
    public String toString() {
      return client + "." + name + "(" + parameter + ")";
    }
  }

  static List<IdEntry> ghlIdEntries(GhlClient ghl, OAuthClient oauth, String agencyToken) {
    Function<String, SocialPlanner> sp = ghl::socialPlanner;
    SocialPlanner ok = sp.apply(LOCATION);
    String valid = "abcDEF123";
    CsvQuery csv = CsvQuery.builder().build();
    return List.of(
        ghlEntry("socialPlanner.listTags", "locationId", id -> sp.apply(id).tags().list(TagQuery.builder().build())),
        ghlEntry("post", "postId", id -> ok.posts().get(id)),
        ghlEntry("editPost", "postId", id -> ok.posts().edit(id, PostRequest.builder().type(PostType.POST).build())),
        ghlEntry("deletePost", "postId", id -> ok.posts().delete(id)),
        ghlEntry("deletePosts", "postIds", id -> ok.posts().delete(List.of(valid, id))),
        ghlEntry("tagsByIds", "tagIds", id -> ok.tags().byIds(List.of(valid, id))),
        ghlEntry("deleteAccount", "accountId", id -> ok.accounts().delete(id, null, null)),
        ghlEntry("deleteAccount", "companyId", id -> ok.accounts().delete(valid, id, null)),
        ghlEntry("deleteAccount", "userId", id -> ok.accounts().delete(valid, null, id)),
        ghlEntry("startGoogleOAuth", "userId", id -> ok.google().start(StartSocialOAuthRequest.builder().userId(id).build())),
        ghlEntry("startFacebookOAuth", "userId", id -> ok.facebook().start(StartSocialOAuthRequest.builder().userId(id).build())),
        ghlEntry("googleLocations", "accountId", id -> ok.google().accounts(id)),
        ghlEntry("attachGoogleLocation", "accountId", id -> ok.google().attach(id, AttachGoogleLocationRequest.builder().build())),
        ghlEntry("facebookPages", "accountId", id -> ok.facebook().accounts(id)),
        ghlEntry("attachFacebookPage", "accountId", id -> ok.facebook().attach(id, AttachFacebookPageRequest.builder().build())),
        ghlEntry("instagramAccounts", "accountId", id -> ok.instagram().accounts(id)),
        ghlEntry("attachInstagramAccount", "accountId", id -> ok.instagram().attach(id, AttachInstagramAccountRequest.builder().pageId("page1").build())),
        ghlEntry("linkedInAccounts", "accountId", id -> ok.linkedIn().accounts(id)),
        ghlEntry("attachLinkedIn", "accountId", id -> ok.linkedIn().attach(id, AttachLinkedInRequest.builder().build())),
        ghlEntry("twitterProfiles", "accountId", id -> ok.twitter().accounts(id)),
        ghlEntry("attachTwitterProfile", "accountId", id -> ok.twitter().attach(id, AttachTwitterProfileRequest.builder().build())),
        ghlEntry("tiktokProfiles", "accountId", id -> ok.tiktok().accounts(id)),
        ghlEntry("attachTiktokProfile", "accountId", id -> ok.tiktok().attach(id, AttachTiktokProfileRequest.builder().build())),
        ghlEntry("tiktokBusinessProfiles", "accountId", id -> ok.tiktokBusiness().accounts(id)),
        ghlEntry("csvUploadStatus", "userId", id -> ok.csv().imports(CsvQuery.builder().userId(id).build())),
        ghlEntry("csvPosts", "csvId", id -> ok.csv().posts(id, csv)),
        ghlEntry("finalizeCsv", "csvId", id -> ok.csv().publish(id, null)),
        ghlEntry("finalizeCsv", "userId", id -> ok.csv().publish(valid, id)),
        ghlEntry("deleteCsv", "csvId", id -> ok.csv().delete(id)),
        ghlEntry("deleteCsvPost", "csvId", id -> ok.csv().deletePost(id, valid)),
        ghlEntry("deleteCsvPost", "postId", id -> ok.csv().deletePost(valid, id)),
        ghlEntry("category", "categoryId", id -> ok.categories().get(id)),
        new IdEntry("oauth", "locationToken", "companyId", id -> oauth.locationToken(agencyToken, id, LOCATION)),
        new IdEntry("oauth", "locationToken", "locationId", id -> oauth.locationToken(agencyToken, valid, id)),
        new IdEntry("oauth", "installedLocations", "companyId", id -> oauth.installedLocations(agencyToken,
            InstalledLocationsQuery.builder().companyId(id).appId(valid).build())),
        new IdEntry("oauth", "installedLocations", "appId", id -> oauth.installedLocations(agencyToken,
            InstalledLocationsQuery.builder().companyId(valid).appId(id).build())));
  }

  private static IdEntry ghlEntry(String name, String parameter, Consumer<String> call) {
    return new IdEntry("ghl", name, parameter, call);
  }

  static List<IdEntry> pleziIdEntries(PleziClient plezi) {
    return List.of(
        new IdEntry("plezi", "upsertFromWebform", "formId",
            id -> plezi.contacts().upsertFromWebform(webform(id, FORM_ID, List.of()))),
        new IdEntry("plezi", "upsertFromWebform", "contentWebFormId",
            id -> plezi.contacts().upsertFromWebform(webform(FORM_ID, id, List.of()))),
        new IdEntry("plezi", "upsertFromWebform", "subscriptions",
            id -> plezi.contacts().upsertFromWebform(webform(FORM_ID, FORM_ID, List.of(FORM_ID, id)))));
  }

  /**
   * Entry points taking free values that need a length limit (an authorization code, Plezi field
   * values): {@code call} passes the oversized value as {@code parameter}.
   */
  static List<IdEntry> oversizedValueEntries(OAuthClient oauth, PleziClient plezi) {
    return List.of(
        new IdEntry("oauth", "exchangeCode", "code", oauth::exchangeCode),
        new IdEntry("oauth", "refresh", "refreshToken", v -> oauth.refresh(v, UserType.LOCATION)),
        new IdEntry("plezi", "upsertFromWebform", "plz_note", v -> plezi.contacts().upsertFromWebform(
            WebformContact.builder().from(webform(FORM_ID, FORM_ID, List.of()))
                .fields(io.github.ghlplezi.plezi.model.ContactFields.builder().text("plz_note", v).build()).build())),
        new IdEntry("plezi", "upsertFromWebform", "firstName", v -> plezi.contacts().upsertFromWebform(
            WebformContact.builder().from(webform(FORM_ID, FORM_ID, List.of())).firstName(v).build())));
  }

  /**
   * Whether {@code t} is the documented refusal of a bad argument (thrown before any request) and
   * names {@code parameter}.
   */
  static boolean refusesNaming(Throwable t, String parameter) {
    boolean argumentError = t instanceof IllegalArgumentException
        || (t instanceof PleziApiException p && p.status() == 0);
    return argumentError && t.getMessage() != null && t.getMessage().contains(parameter);
  }

  /**
   * Whether {@code t} is one of the documented failure types of a call that reached the network
   * (anything else escaping a client is a crash).
   */
  static boolean isTypedFailure(Throwable t) {
    return t instanceof GhlApiException || t instanceof PleziApiException || t instanceof TokenException;
  }

  // ------------------------------------------------------------------ webhooks

  static WebhookVerifier.Builder webhookVerifier(String ed25519Pem, String rsaPem, Clock clock) {
    WebhookVerifier.Builder b = WebhookVerifier.builder().clock(clock);
    if (ed25519Pem != null) {
      b.ed25519PublicKeyPem(ed25519Pem);
    }
    if (rsaPem != null) {
      b.rsaPublicKeyPem(rsaPem);
    }
    return b;
  }

  static WebhookVerifier.Builder tolerance(WebhookVerifier.Builder b, Duration tolerance) {
    return b.timestampTolerance(tolerance);
  }

  static WebhookVerifier.Builder retention(WebhookVerifier.Builder b, Duration retention) {
    return b.webhookIdRetention(retention);
  }

  /** The header names of the two signature schemes: Ed25519 first, RSA second. */
  static List<String> signatureHeaders() {
    return List.of(WebhookVerifier.ED25519_HEADER, WebhookVerifier.RSA_HEADER);
  }

  static WebhookVerification verify(WebhookVerifier v, byte[] body, Map<String, String> headers) {
    return v.verify(body, headers);
  }

  /** Whether the verdict lets the delivery through as new. */
  static boolean accepted(WebhookVerification verdict) {
    return verdict instanceof WebhookVerification.Verified;
  }

  /** Whether the verdict says the signature was good (accepted as new, or recognised as a duplicate). */
  static boolean signatureTrusted(WebhookVerification verdict) {
    return verdict instanceof WebhookVerification.Verified || verdict instanceof WebhookVerification.Duplicate;
  }

  /** A short description of a verdict (no payload). */
  static String describe(WebhookVerification verdict) {
    if (verdict instanceof WebhookVerification.Verified v) {
      return "Verified(" + v.scheme() + ")";
    }
    if (verdict instanceof WebhookVerification.Rejected r) {
      return "Rejected(" + r.reason() + ")";
    }
    return verdict.getClass().getSimpleName();
  }
}
