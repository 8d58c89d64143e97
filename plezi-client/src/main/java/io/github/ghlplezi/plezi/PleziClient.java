package io.github.ghlplezi.plezi;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.ghlplezi.plezi.internal.CallLoggingInterceptor;
import io.github.ghlplezi.plezi.internal.LegacyApi;
import io.github.ghlplezi.plezi.internal.LegacyHeadersInterceptor;
import io.github.ghlplezi.plezi.internal.Redactor;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import retrofit2.Retrofit;

/**
 * Client of Plezi's legacy application API ({@code https://app.plezi.co/api/v1/}), authenticated by
 * the {@code X-API-Key} and {@code X-Tenant-Company} headers. Thread-safe; build one per account and
 * share it.
 *
 * <pre>{@code
 * PleziClient plezi = PleziClient.builder()
 *     .apiKey(apiKey)
 *     .tenantCompany("Acme")
 *     .build();
 * UpsertResult r = plezi.contacts().upsertFromWebform(WebformContact.builder()
 *     .email("owner@example.com").formId(formId).contentWebFormId(contentWebFormId)
 *     .fields(ContactFields.builder().multiSelect("plz_social_tags", "spring-sale").build())
 *     .build());
 * }</pre>
 *
 * <p>For the signed "brain" API of the current platform, see {@link PleziBrainClient}.
 */
public final class PleziClient {

  /** The legacy API's base URL. */
  public static final String DEFAULT_LEGACY_BASE_URL = "https://app.plezi.co/api/v1/";

  /** The default {@code User-Agent}. */
  public static final String DEFAULT_USER_AGENT = "ghl-plezi/0.1 (plezi-client)";

  private final HttpUrl legacyBaseUrl;
  private final String tenantCompany;
  private final PleziContacts contacts;
  private final PleziContactLists contactLists;

  private PleziClient(Builder b) {
    this.legacyBaseUrl = b.legacyBaseUrl;
    this.tenantCompany = b.tenantCompany;
    // A web-form GET is not safe (each one counts as a form submission): never let OkHttp repeat
    // it silently; the caller decides about retries from PleziApiException.retriable().
    OkHttpClient http = b.okHttpClient.newBuilder()
        .retryOnConnectionFailure(false)
        .addInterceptor(new LegacyHeadersInterceptor(b.apiKey, b.tenantCompany, b.userAgent))
        .addInterceptor(new CallLoggingInterceptor())
        .build();
    LegacyApi api = new Retrofit.Builder().baseUrl(legacyBaseUrl).client(http).build()
        .create(LegacyApi.class);
    Exchange exchange = new Exchange(Shared.MAPPER, b.statusCodes,
        new Redactor(List.of(b.apiKey)), b.clock);
    this.contacts = new PleziContacts(api, exchange, legacyBaseUrl, b.fieldEncoding, b.paths,
        b.contactWriteFormat, b.listingPaging);
    this.contactLists = new PleziContactLists(api, exchange, b.paths, b.listingPaging);
  }

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the contact operations */
  public PleziContacts contacts() {
    return contacts;
  }

  /** @return the read-only contact-list operations */
  public PleziContactLists contactLists() {
    return contactLists;
  }

  @Override
  public String toString() {
    return "PleziClient{legacyBaseUrl=" + legacyBaseUrl + ", tenantCompany=" + tenantCompany
        + ", apiKey=[REDACTED]}";
  }

  /** Things shared by every client. */
  static final class Shared {
    static final ObjectMapper MAPPER = new ObjectMapper()
        .registerModule(new JavaTimeModule())
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    static final OkHttpClient DEFAULT_HTTP = new OkHttpClient.Builder()
        .connectTimeout(Duration.ofSeconds(10))
        .readTimeout(Duration.ofSeconds(30))
        .callTimeout(Duration.ofSeconds(60))
        .build();

    private Shared() {
    }

    static HttpUrl baseUrl(String name, String url) {
      Objects.requireNonNull(url, name);
      HttpUrl parsed = HttpUrl.parse(url.endsWith("/") ? url : url + "/");
      if (parsed == null) {
        throw new IllegalArgumentException(name + " is not an http(s) URL: " + url);
      }
      return parsed;
    }

    static String required(String name, String value) {
      if (value == null || value.isBlank()) {
        throw new IllegalArgumentException(name + " is required");
      }
      return value;
    }
  }

  /** Builder of {@link PleziClient}. {@code apiKey} and {@code tenantCompany} are required. */
  public static final class Builder {
    private HttpUrl legacyBaseUrl = Shared.baseUrl("legacyBaseUrl", DEFAULT_LEGACY_BASE_URL);
    private String apiKey;
    private String tenantCompany;
    private OkHttpClient okHttpClient = Shared.DEFAULT_HTTP;
    private String userAgent = DEFAULT_USER_AGENT;
    private FieldEncoding fieldEncoding = FieldEncoding.defaults();
    private PleziStatusCodes statusCodes = PleziStatusCodes.defaults();
    private LegacyPaths paths = LegacyPaths.defaults();
    private ContactWriteFormat contactWriteFormat = ContactWriteFormat.FORM;
    private ListingPaging listingPaging = ListingPaging.LIMIT_OFFSET;
    private Clock clock = Clock.systemUTC();

    private Builder() {
    }

    /**
     * @param url the legacy API root, default {@link #DEFAULT_LEGACY_BASE_URL} (a missing final
     *     slash is added)
     * @return this builder
     */
    public Builder legacyBaseUrl(String url) {
      this.legacyBaseUrl = Shared.baseUrl("legacyBaseUrl", url);
      return this;
    }

    /** @param apiKey the API key, sent as {@code X-API-Key} (never logged) @return this builder */
    public Builder apiKey(String apiKey) {
      this.apiKey = apiKey;
      return this;
    }

    /**
     * @param tenantCompany the tenant company (name or slug), sent as {@code X-Tenant-Company}
     * @return this builder
     */
    public Builder tenantCompany(String tenantCompany) {
      this.tenantCompany = tenantCompany;
      return this;
    }

    /**
     * The client derived from it never retries on its own ({@code retryOnConnectionFailure} is
     * turned off): a repeated web-form submission is not harmless, and retry policy belongs to the
     * caller.
     *
     * @param client the HTTP client to derive from (its pool, dispatcher and timeouts are shared)
     * @return this builder
     */
    public Builder okHttpClient(OkHttpClient client) {
      this.okHttpClient = Objects.requireNonNull(client, "okHttpClient");
      return this;
    }

    /** @param userAgent the {@code User-Agent} header @return this builder */
    public Builder userAgent(String userAgent) {
      this.userAgent = Shared.required("userAgent", userAgent);
      return this;
    }

    /**
     * Changes only the multi-select encoding of the current {@link #fieldEncoding}.
     *
     * @param encoding how multi-select values are written, default BRACKETS
     * @return this builder
     */
    public Builder multiSelectEncoding(MultiSelectEncoding encoding) {
      this.fieldEncoding = fieldEncoding.toBuilder().multiSelect(encoding).build();
      return this;
    }

    /** @param encoding how field values are written @return this builder */
    public Builder fieldEncoding(FieldEncoding encoding) {
      this.fieldEncoding = Objects.requireNonNull(encoding, "fieldEncoding");
      return this;
    }

    /** @param statusCodes how HTTP statuses are read @return this builder */
    public Builder statusCodes(PleziStatusCodes statusCodes) {
      this.statusCodes = Objects.requireNonNull(statusCodes, "statusCodes");
      return this;
    }

    /** @param paths the endpoint paths, relative to the base URL @return this builder */
    public Builder paths(LegacyPaths paths) {
      this.paths = Objects.requireNonNull(paths, "paths");
      return this;
    }

    /** @param format the body format of {@code POST contacts}, default FORM @return this builder */
    public Builder contactWriteFormat(ContactWriteFormat format) {
      this.contactWriteFormat = Objects.requireNonNull(format, "contactWriteFormat");
      return this;
    }

    /**
     * @param paging the paging parameters of the contact and list listings, default
     *     {@link ListingPaging#LIMIT_OFFSET}
     * @return this builder
     */
    public Builder listingPaging(ListingPaging paging) {
      this.listingPaging = Objects.requireNonNull(paging, "listingPaging");
      return this;
    }

    /** @param clock the clock (reads {@code Retry-After} dates) @return this builder */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * @return the client
     * @throws IllegalArgumentException when the API key or tenant company is missing
     */
    public PleziClient build() {
      Shared.required("apiKey", apiKey);
      Shared.required("tenantCompany", tenantCompany);
      return new PleziClient(this);
    }
  }
}
