package io.github.ghlplezi.plezi;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.ghlplezi.http.BodyLimitInterceptor;
import io.github.ghlplezi.http.CallLoggingInterceptor;
import io.github.ghlplezi.http.RequestMetadata;
import io.github.ghlplezi.plezi.internal.BrainApi;
import io.github.ghlplezi.plezi.internal.BrainSignature;
import io.github.ghlplezi.plezi.internal.DecodingConverterFactory;
import io.github.ghlplezi.plezi.internal.LegacyApi;
import io.github.ghlplezi.plezi.internal.LegacyHeadersInterceptor;
import io.github.ghlplezi.plezi.internal.Redactor;
import io.github.ghlplezi.plezi.internal.SigningInterceptor;
import io.github.ghlplezi.plezi.internal.Wire;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import retrofit2.Retrofit;
import retrofit2.converter.jackson.JacksonConverterFactory;

/**
 * Client of Plezi's two APIs, a small facade over one service per resource:
 *
 * <ul>
 *   <li>the legacy application API ({@code https://app.plezi.co/api/v1/}, headers
 *       {@code X-API-Key} and {@code X-Tenant-Company}): {@link #contacts()} and
 *       {@link #contactLists()};
 *   <li>the brain API ({@code https://brain.plezi.co/api/v1/}, public key and secret key, every
 *       call but the key check signed with an HMAC-SHA256 {@code X-AUTHORIZATION} header):
 *       {@link #forms()}, {@link #authenticateBrainKeys()} and {@link #analyticsScript()}.
 * </ul>
 *
 * Configure the credentials of the API(s) you use; protocol choices Plezi does not document live in
 * {@link PleziProtocol}. Thread-safe; build one per account and share it.
 *
 * <pre>{@code
 * PleziClient plezi = PleziClient.builder()
 *     .apiKey(apiKey).tenantCompany("Acme")
 *     .build();
 * UpsertResult r = plezi.contacts().upsertFromWebform(WebformContact.builder()
 *     .email("owner@example.com").formId(formId).contentWebFormId(contentWebFormId)
 *     .fields(ContactFields.builder().multiSelect("plz_social_tags", "spring-sale").build())
 *     .build());
 * }</pre>
 *
 * <p>The OkHttp client derived from the one given never follows redirects (a redirect is a
 * {@link PleziRedirectException}: credentials never leave their host), never retries on its own
 * ({@code retryOnConnectionFailure} off: retries are the caller's decision, see
 * {@link io.github.ghlplezi.http.RequestMetadata#repeatable()}), caps response bodies while
 * streaming, and always has a call timeout. Interceptors added, in order: credentials (application),
 * body limit (innermost application), call logging (network, logger
 * {@value #CALL_LOGGER}), brain signature (network, brain calls only).
 */
public final class PleziClient {

  /** The legacy API's base URL. */
  public static final String DEFAULT_LEGACY_BASE_URL = "https://app.plezi.co/api/v1/";

  /** The brain API's base URL. */
  public static final String DEFAULT_BRAIN_BASE_URL = "https://brain.plezi.co/api/v1/";

  /** The default {@code User-Agent}. */
  public static final String DEFAULT_USER_AGENT = "ghl-plezi/0.1 (plezi-client)";

  /** The default connect timeout. */
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);

  /** The default read timeout (between two reads of one response). */
  public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);

  /** The default call timeout (a whole call, from DNS to the last byte of the body). */
  public static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofSeconds(60);

  /** The SLF4J logger of the one DEBUG line per HTTP exchange. */
  public static final String CALL_LOGGER = "io.github.ghlplezi.plezi.calls";

  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
      .build();

  private static final OkHttpClient DEFAULT_HTTP = new OkHttpClient();

  private static final int MAX_CREDENTIAL = 1024;

  private final HttpUrl legacyBaseUrl;
  private final HttpUrl brainBaseUrl;
  private final String tenantCompany;
  private final String publicKey;
  private final String secretKey;
  private final OkHttpClient http;
  private final PleziContacts contacts;
  private final PleziContactLists contactLists;
  private final PleziForms forms;
  private final BrainApi brainUnsigned;
  private final Exchange exchange;
  private final RequestMetadata keyCheckMeta;
  private final RequestMetadata scriptMeta;
  private final BrainApi brainSigned;

  private PleziClient(Builder b) {
    this.legacyBaseUrl = b.legacyBaseUrl;
    this.brainBaseUrl = b.brainBaseUrl;
    this.tenantCompany = b.tenantCompany;
    this.publicKey = b.publicKey;
    this.secretKey = b.secretKey;
    this.http = derive(b);
    List<String> secrets = new ArrayList<>();
    if (b.apiKey != null) {
      secrets.add(b.apiKey);
    }
    if (b.secretKey != null) {
      secrets.add(b.secretKey);
    }
    this.exchange = new Exchange(MAPPER, b.settings, new Redactor(secrets), b.clock);
    if (b.apiKey != null) {
      LegacyApi api = retrofit(legacyBaseUrl, withInnermost(http,
          new LegacyHeadersInterceptor(b.apiKey, b.tenantCompany, b.userAgent), b.maxResponseBytes))
          .create(LegacyApi.class);
      this.contacts = new PleziContacts(api, exchange, legacyBaseUrl);
      this.contactLists = new PleziContactLists(api, exchange, legacyBaseUrl.encodedPath());
    } else {
      this.contacts = null;
      this.contactLists = null;
    }
    if (b.publicKey != null) {
      OkHttpClient unsigned = withInnermost(http,
          new LegacyHeadersInterceptor(null, null, b.userAgent), b.maxResponseBytes);
      Supplier<String> nonces = b.nonces != null ? b.nonces
          : SigningInterceptor.randomNonces(b.random != null ? b.random : new SecureRandom());
      PleziProtocol s = b.settings;
      OkHttpClient signing = unsigned.newBuilder()
          .addNetworkInterceptor(new SigningInterceptor(new BrainSignature(b.publicKey,
              b.secretKey, s.signatureLineBreak(), s.signatureHost(),
              s.signatureHostOverride().orElse(null)), b.clock, nonces))
          .build();
      this.brainUnsigned = retrofit(brainBaseUrl, unsigned).create(BrainApi.class);
      this.brainSigned = retrofit(brainBaseUrl, signing).create(BrainApi.class);
      String base = brainBaseUrl.encodedPath();
      this.forms = new PleziForms(brainSigned, exchange, base);
      this.keyCheckMeta = new RequestMetadata("plezi.brain.authenticate",
          base + "api_keys/authenticate", null, true);
      this.scriptMeta = new RequestMetadata("plezi.brain.analyticsScript",
          base + "analytics_script", null, true);
    } else {
      this.brainUnsigned = null;
      this.brainSigned = null;
      this.forms = null;
      this.keyCheckMeta = null;
      this.scriptMeta = null;
    }
  }

  /** The client every call shares: no redirects, no silent retry, timeouts, call logging. */
  private static OkHttpClient derive(Builder b) {
    OkHttpClient.Builder hb = b.okHttpClient.newBuilder()
        .followRedirects(false)
        .followSslRedirects(false)
        .retryOnConnectionFailure(false)
        .addNetworkInterceptor(new CallLoggingInterceptor(CALL_LOGGER));
    boolean own = b.okHttpClient == DEFAULT_HTTP;
    Duration connect = b.connectTimeout != null ? b.connectTimeout : own ? DEFAULT_CONNECT_TIMEOUT : null;
    Duration read = b.readTimeout != null ? b.readTimeout : own ? DEFAULT_READ_TIMEOUT : null;
    Duration call = b.callTimeout != null ? b.callTimeout
        : own || b.okHttpClient.callTimeoutMillis() == 0 ? DEFAULT_CALL_TIMEOUT : null;
    if (connect != null) {
      hb.connectTimeout(connect);
    }
    if (read != null) {
      hb.readTimeout(read);
    }
    if (call != null) {
      hb.callTimeout(call);
    }
    return hb.build();
  }

  /** Adds the credentials and, innermost of the application interceptors, the body limit. */
  private static OkHttpClient withInnermost(OkHttpClient http, LegacyHeadersInterceptor headers,
      long maxResponseBytes) {
    return http.newBuilder()
        .addInterceptor(headers)
        .addInterceptor(new BodyLimitInterceptor(maxResponseBytes))
        .build();
  }

  private static Retrofit retrofit(HttpUrl baseUrl, OkHttpClient client) {
    return new Retrofit.Builder().baseUrl(baseUrl).client(client)
        .addConverterFactory(new DecodingConverterFactory())
        .addConverterFactory(JacksonConverterFactory.create(MAPPER))
        .build();
  }

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * @return the contact operations of the legacy API
   * @throws IllegalStateException when no API key and tenant company were configured
   */
  public PleziContacts contacts() {
    return legacy(contacts);
  }

  /**
   * @return the read-only contact-list operations of the legacy API
   * @throws IllegalStateException when no API key and tenant company were configured
   */
  public PleziContactLists contactLists() {
    return legacy(contactLists);
  }

  /**
   * @return the published forms of the brain API
   * @throws IllegalStateException when no brain keys were configured
   */
  public PleziForms forms() {
    return brain(forms);
  }

  /**
   * Checks the brain key pair: {@code POST api_keys/authenticate} with {@code client_id} and
   * {@code client_secret} as a form (unsigned; a read, so repeatable).
   *
   * @return true when Plezi accepts the pair (HTTP 200 by default), false when it refuses it (any
   *     other status from 400 to 499 except rate limiting)
   * @throws PleziApiException for rate limiting, server errors, redirects and transport failures,
   *     where the answer is unknown
   * @throws IllegalStateException when no brain keys were configured
   */
  public boolean authenticateBrainKeys() {
    BrainApi api = brain(brainUnsigned);
    int status;
    try {
      status = exchange.executeForStatus(api.authenticate(publicKey, secretKey, keyCheckMeta),
          "key check");
    } catch (PleziRateLimitedException | PleziServerException | PleziTransportException
        | PleziRedirectException | PleziUnexpectedResponseException e) {
      throw e;
    } catch (PleziApiException e) {
      if (e.status() >= 400 && e.status() < 500) {
        return false;
      }
      throw e;
    }
    return exchange.settings().keyCheckValidStatuses().contains(status);
  }

  /**
   * Reads the web-tracking script to embed in pages: signed {@code GET analytics_script}.
   *
   * @return the script markup ({@code data.script})
   * @throws PleziApiException when Plezi refuses the request or the body has no script
   * @throws IllegalStateException when no brain keys were configured
   */
  public String analyticsScript() {
    String op = "analytics script";
    Exchange.Reply<Wire.ScriptAnswer> reply = exchange.execute(
        brain(brainSigned).analyticsScript(scriptMeta), op);
    Wire.ScriptAnswer answer = reply.value();
    if (answer.data() == null || answer.data().script() == null) {
      throw new PleziUnexpectedResponseException("Plezi " + op + " answered HTTP " + reply.status()
          + " without data.script", reply.status(), reply.requestId(), null);
    }
    return answer.data().script();
  }

  /** @return the OkHttp client the services share (before credentials and body limit) */
  OkHttpClient http() {
    return http;
  }

  private <T> T legacy(T service) {
    if (service == null) {
      throw new IllegalStateException(
          "the legacy API needs apiKey and tenantCompany; set them on PleziClient.builder()");
    }
    return service;
  }

  private <T> T brain(T service) {
    if (service == null) {
      throw new IllegalStateException(
          "the brain API needs publicKey and secretKey; set them on PleziClient.builder()");
    }
    return service;
  }

  @Override
  public String toString() {
    return "PleziClient{legacyBaseUrl=" + legacyBaseUrl + ", tenantCompany=" + tenantCompany
        + ", brainBaseUrl=" + brainBaseUrl + ", publicKey=" + publicKey
        + ", apiKey=[REDACTED], secretKey=[REDACTED]}";
  }

  /**
   * Builder of {@link PleziClient}. Configure the legacy credentials ({@code apiKey} and
   * {@code tenantCompany}), the brain keys ({@code publicKey} and {@code secretKey}), or both.
   */
  public static final class Builder {
    private HttpUrl legacyBaseUrl = baseUrl("legacyBaseUrl", DEFAULT_LEGACY_BASE_URL);
    private HttpUrl brainBaseUrl = baseUrl("brainBaseUrl", DEFAULT_BRAIN_BASE_URL);
    private String apiKey;
    private String tenantCompany;
    private String publicKey;
    private String secretKey;
    private OkHttpClient okHttpClient = DEFAULT_HTTP;
    private String userAgent = DEFAULT_USER_AGENT;
    private PleziProtocol settings = PleziProtocol.defaults();
    private Duration connectTimeout;
    private Duration readTimeout;
    private Duration callTimeout;
    private long maxResponseBytes = BodyLimitInterceptor.DEFAULT_LIMIT_BYTES;
    private Clock clock = Clock.systemUTC();
    private RandomGenerator random;
    private Supplier<String> nonces;

    private Builder() {
    }

    /**
     * @param url the legacy API root, default {@link #DEFAULT_LEGACY_BASE_URL} (a missing final
     *     slash is added)
     * @return this builder
     */
    public Builder legacyBaseUrl(String url) {
      this.legacyBaseUrl = baseUrl("legacyBaseUrl", url);
      return this;
    }

    /**
     * @param url the brain API root, default {@link #DEFAULT_BRAIN_BASE_URL} (a missing final slash
     *     is added)
     * @return this builder
     */
    public Builder brainBaseUrl(String url) {
      this.brainBaseUrl = baseUrl("brainBaseUrl", url);
      return this;
    }

    /**

     * @param apiKey the legacy API key, sent as {@code X-API-Key} (never logged)

     * @return this builder

     */
    public Builder apiKey(String apiKey) {
      this.apiKey = apiKey;
      return this;
    }

    /**
     * @param tenantCompany the tenant company (name or slug, not the tenant UUID), sent as
     *     {@code X-Tenant-Company}
     * @return this builder
     */
    public Builder tenantCompany(String tenantCompany) {
      this.tenantCompany = tenantCompany;
      return this;
    }

    /**

     * @param publicKey the brain public key ({@code client_id}, {@code id})

     * @return this builder

     */
    public Builder publicKey(String publicKey) {
      this.publicKey = publicKey;
      return this;
    }

    /**

     * @param secretKey the brain secret key (never sent in a header, never logged)

     * @return this builder

     */
    public Builder secretKey(String secretKey) {
      this.secretKey = secretKey;
      return this;
    }

    /**
     * The client derived from it shares its pool and dispatcher, keeps its interceptors (e.g.
     * {@code ResilientHttp}'s), and changes what is listed in the class documentation. Its connect
     * and read timeouts are kept unless set here; a call timeout of 0 (none) becomes
     * {@link #DEFAULT_CALL_TIMEOUT}.
     *
     * @param client the HTTP client to derive from
     * @return this builder
     */
    public Builder okHttpClient(OkHttpClient client) {
      this.okHttpClient = Objects.requireNonNull(client, "okHttpClient");
      return this;
    }

    /**

     * @param userAgent the {@code User-Agent} header (printable ASCII)

     * @return this builder

     */
    public Builder userAgent(String userAgent) {
      this.userAgent = headerValue("userAgent", userAgent, 512);
      return this;
    }

    /**
     * @param protocol the protocol choices Plezi does not document, default
     *     {@link PleziProtocol#defaults()}
     * @return this builder
     */
    public Builder protocol(PleziProtocol protocol) {
      this.settings = Objects.requireNonNull(protocol, "protocol");
      return this;
    }

    /**
     * @param timeout the connect timeout, default {@link #DEFAULT_CONNECT_TIMEOUT} (or the given
     *     client's)
     * @return this builder
     */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = positive("connectTimeout", timeout);
      return this;
    }

    /**
     * @param timeout the read timeout, default {@link #DEFAULT_READ_TIMEOUT} (or the given
     *     client's)
     * @return this builder
     */
    public Builder readTimeout(Duration timeout) {
      this.readTimeout = positive("readTimeout", timeout);
      return this;
    }

    /**
     * @param timeout the whole-call timeout, default {@link #DEFAULT_CALL_TIMEOUT} (or the given
     *     client's when it has one)
     * @return this builder
     */
    public Builder callTimeout(Duration timeout) {
      this.callTimeout = positive("callTimeout", timeout);
      return this;
    }

    /**
     * @param limit the largest decoded response body accepted, in bytes, default
     *     {@link BodyLimitInterceptor#DEFAULT_LIMIT_BYTES}
     * @return this builder
     */
    public Builder maxResponseBytes(long limit) {
      if (limit < 1) {
        throw new IllegalArgumentException("maxResponseBytes must be at least 1, got " + limit);
      }
      this.maxResponseBytes = limit;
      return this;
    }

    /**

     * @param clock reads {@code Retry-After} dates and stamps signatures

     * @return this builder

     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * @param random the source of signature nonces (16 random bytes in hexadecimal), default a
     *     {@link SecureRandom}
     * @return this builder
     */
    public Builder random(RandomGenerator random) {
      this.random = Objects.requireNonNull(random, "random");
      return this;
    }

    /**
     * Replaces random nonces, e.g. {@code () -> "WP-PLEZI"} to send what Plezi's WordPress plugin
     * sends.
     *
     * @param nonces the source of nonces (no comma, no equals sign)
     * @return this builder
     */
    public Builder nonceSupplier(Supplier<String> nonces) {
      this.nonces = Objects.requireNonNull(nonces, "nonceSupplier");
      return this;
    }

    /**
     * @return the client
     * @throws IllegalArgumentException when no credential pair is complete, or one is malformed
     */
    public PleziClient build() {
      boolean legacy = apiKey != null || tenantCompany != null;
      boolean brain = publicKey != null || secretKey != null;
      if (!legacy && !brain) {
        throw new IllegalArgumentException(
            "apiKey and tenantCompany (legacy API) or publicKey and secretKey (brain API) are required");
      }
      if (legacy) {
        headerValue("apiKey", apiKey, MAX_CREDENTIAL);
        headerValue("tenantCompany", tenantCompany, 255);
      }
      if (brain) {
        headerValue("publicKey", publicKey, MAX_CREDENTIAL);
        if (publicKey.contains(",") || publicKey.contains("=")) {
          throw new IllegalArgumentException("publicKey must not contain ',' or '='");
        }
        headerValue("secretKey", secretKey, MAX_CREDENTIAL);
      }
      return new PleziClient(this);
    }

    private static HttpUrl baseUrl(String name, String url) {
      Objects.requireNonNull(url, name);
      HttpUrl parsed = HttpUrl.parse(url.endsWith("/") ? url : url + "/");
      if (parsed == null) {
        throw new IllegalArgumentException(name + " is not an http(s) URL: " + url);
      }
      return parsed;
    }

    /** Checks a value sent in a header; the message never shows the value (it may be a secret). */
    private static String headerValue(String name, String value, int maxLength) {
      if (value == null || value.isBlank()) {
        throw new IllegalArgumentException(name + " is required");
      }
      if (value.length() > maxLength) {
        throw new IllegalArgumentException(name + " must be at most " + maxLength
            + " characters (got " + value.length() + ")");
      }
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        if (c < ' ' || c > '~') {
          throw new IllegalArgumentException(name
              + " must be printable ASCII (a header value); character at index " + i + " is not");
        }
      }
      return value;
    }

    private static Duration positive(String name, Duration d) {
      Objects.requireNonNull(d, name);
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException(name + " must be positive, got " + d);
      }
      return d;
    }
  }
}
