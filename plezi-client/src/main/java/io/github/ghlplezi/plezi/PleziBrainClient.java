package io.github.ghlplezi.plezi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ghlplezi.plezi.PleziRequestInvalidException.Violation;
import io.github.ghlplezi.plezi.internal.BrainApi;
import io.github.ghlplezi.plezi.internal.BrainSignature;
import io.github.ghlplezi.plezi.internal.CallLoggingInterceptor;
import io.github.ghlplezi.plezi.internal.ContentWebFormQueryCheck;
import io.github.ghlplezi.plezi.internal.Paging;
import io.github.ghlplezi.plezi.internal.Redactor;
import io.github.ghlplezi.plezi.internal.RequestValidator;
import io.github.ghlplezi.plezi.internal.Resources;
import io.github.ghlplezi.plezi.internal.SigningInterceptor;
import io.github.ghlplezi.plezi.model.ContentWebForm;
import io.github.ghlplezi.plezi.model.ContentWebFormPage;
import io.github.ghlplezi.plezi.model.ContentWebFormQuery;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import retrofit2.Retrofit;

/**
 * Client of the "brain" API of Plezi's current platform ({@code https://brain.plezi.co/api/v1/}),
 * authenticated by a public API key and a secret key. Every call but the key check is signed with
 * an HMAC-SHA256 {@code X-AUTHORIZATION} header (nonce from the injected random source, timestamp
 * from the injected clock). Thread-safe.
 *
 * <pre>{@code
 * PleziBrainClient brain = PleziBrainClient.builder()
 *     .publicKey(publicKey).secretKey(secretKey)
 *     .build();
 * if (brain.authenticate()) {
 *   brain.streamContentWebForms().forEach(f -> System.out.println(f.id() + " " + f.title()));
 * }
 * }</pre>
 */
public final class PleziBrainClient {

  /** The brain API's base URL. */
  public static final String DEFAULT_BASE_URL = "https://brain.plezi.co/api/v1/";

  private final HttpUrl baseUrl;
  private final String publicKey;
  private final String secretKey;
  private final BrainApi unsigned;
  private final BrainApi signed;
  private final Exchange exchange;

  private PleziBrainClient(Builder b) {
    this.baseUrl = b.baseUrl;
    this.publicKey = b.publicKey;
    this.secretKey = b.secretKey;
    OkHttpClient base = b.okHttpClient.newBuilder()
        .retryOnConnectionFailure(false)
        .addInterceptor(chain -> chain.proceed(chain.request().newBuilder()
            .header("Accept", "application/json").header("User-Agent", b.userAgent).build()))
        .addInterceptor(new CallLoggingInterceptor())
        .build();
    Supplier<String> nonces = b.nonces != null ? b.nonces : SigningInterceptor.randomNonces(b.random);
    OkHttpClient signing = base.newBuilder()
        .addNetworkInterceptor(new SigningInterceptor(
            new BrainSignature(b.publicKey, b.secretKey, b.lineBreak, b.signatureHost,
                b.signatureHostOverride), b.clock,
            nonces))
        .build();
    this.unsigned = retrofit(base);
    this.signed = retrofit(signing);
    this.exchange = new Exchange(PleziClient.Shared.MAPPER, b.statusCodes,
        new Redactor(List.of(b.secretKey)), b.clock);
  }

  private BrainApi retrofit(OkHttpClient http) {
    return new Retrofit.Builder().baseUrl(baseUrl).client(http).build().create(BrainApi.class);
  }

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Checks the key pair: {@code POST api_keys/authenticate} with {@code client_id} and
   * {@code client_secret} as a form (unsigned).
   *
   * @return true when Plezi accepts the pair (HTTP 200 by default), false when it refuses it (any
   *     other status below 500 except rate limiting)
   * @throws PleziApiException for rate limiting, server errors and transport failures, where the
   *     answer is unknown
   */
  public boolean authenticate() {
    Exchange.Reply reply;
    try {
      reply = exchange.execute(unsigned.authenticate(publicKey, secretKey), "key check");
    } catch (PleziAuthenticationException | PleziValidationException | PleziNotFoundException e) {
      return false;
    } catch (PleziRateLimitedException | PleziServerException | PleziTransportException e) {
      throw e;
    } catch (PleziApiException e) {
      if (e.status() >= 400 && e.status() < 500) {
        return false;
      }
      throw e;
    }
    return exchange.statusCodes().keyCheckValid().contains(reply.status());
  }

  /**
   * Reads one page of published forms: signed
   * {@code GET content_web_forms?sort_by=&sort_dir=&page=&per_page=}.
   *
   * @param query the page, size and order
   * @return the page, with {@code meta.total_results}
   * @throws PleziRequestInvalidException for a query out of range, before any call
   * @throws PleziApiException when Plezi refuses the request or the body lacks {@code data}
   */
  public ContentWebFormPage contentWebForms(ContentWebFormQuery query) {
    validate(query);
    String op = "content web form listing";
    Exchange.Reply reply = exchange.execute(signed.contentWebForms(query.sortBy(),
        query.sortDirection().wire(), query.page(), query.perPage()), op);
    JsonNode json = reply.json(exchange.mapper(), op);
    if (!json.path("data").isArray()) {
      throw new PleziApiException("Plezi " + op + " returned HTTP " + reply.status()
          + " without a data array", reply.status(), null, reply.requestId(), List.of(), null);
    }
    List<ContentWebForm> forms = new ArrayList<>();
    for (ObjectNode item : Resources.items(json, "data")) {
      Resources.contentWebForm(item).ifPresent(forms::add);
    }
    return ContentWebFormPage.builder().forms(forms).page(query.page()).perPage(query.perPage())
        .totalResults(Resources.total(json)).build();
  }

  private static void validate(ContentWebFormQuery query) {
    Objects.requireNonNull(query, "query");
    List<Violation> violations = RequestValidator.validate(
        new ContentWebFormQueryCheck(query.page(), query.perPage(), query.sortBy()));
    if (!violations.isEmpty()) {
      throw new PleziRequestInvalidException("content web form listing", violations);
    }
  }

  /**
   * Every published form, 20 per request, by title ascending; fetched lazily.
   *
   * @return the forms
   */
  public Stream<ContentWebForm> streamContentWebForms() {
    return streamContentWebForms(ContentWebFormQuery.defaults());
  }

  /**
   * Every published form from {@code first.page()} on, fetched lazily page by page until
   * {@code meta.total_results} is reached or a page is empty.
   *
   * @param first the first page to read, its size and the order
   * @return the forms
   */
  public Stream<ContentWebForm> streamContentWebForms(ContentWebFormQuery first) {
    Objects.requireNonNull(first, "first");
    // Checked now, not when the lazy stream asks for its first page far from this call.
    validate(first);
    return Paging.stream(index -> {
      ContentWebFormPage page = contentWebForms(ContentWebFormQuery.builder().from(first)
          .page(first.page() + index).build());
      return new Paging.Chunk<>(page.forms(), page.last());
    });
  }

  /**
   * Reads the web-tracking script to embed in pages: signed {@code GET analytics_script}.
   *
   * @return the script markup ({@code data.script})
   * @throws PleziApiException when Plezi refuses the request or the body has no script
   */
  public String analyticsScript() {
    String op = "analytics script";
    Exchange.Reply reply = exchange.execute(signed.analyticsScript(), op);
    JsonNode script = reply.json(exchange.mapper(), op).path("data").path("script");
    if (!script.isTextual()) {
      throw new PleziApiException("Plezi " + op + " returned HTTP " + reply.status()
          + " without data.script", reply.status(), null, reply.requestId(), List.of(), null);
    }
    return script.asText();
  }

  @Override
  public String toString() {
    return "PleziBrainClient{baseUrl=" + baseUrl + ", publicKey=" + publicKey
        + ", secretKey=[REDACTED]}";
  }

  /** Builder of {@link PleziBrainClient}. {@code publicKey} and {@code secretKey} are required. */
  public static final class Builder {
    private HttpUrl baseUrl = PleziClient.Shared.baseUrl("baseUrl", DEFAULT_BASE_URL);
    private String publicKey;
    private String secretKey;
    private OkHttpClient okHttpClient = PleziClient.Shared.DEFAULT_HTTP;
    private String userAgent = PleziClient.DEFAULT_USER_AGENT;
    private PleziStatusCodes statusCodes = PleziStatusCodes.defaults();
    private SignatureLineBreak lineBreak = SignatureLineBreak.LITERAL_BACKSLASH_N;
    private SignatureHost signatureHost = SignatureHost.HOST_HEADER;
    private String signatureHostOverride;
    private Clock clock = Clock.systemUTC();
    private RandomGenerator random;
    private Supplier<String> nonces;

    private Builder() {
    }

    /**
     * @param url the brain API root, default {@link #DEFAULT_BASE_URL} (a missing final slash is
     *     added)
     * @return this builder
     */
    public Builder baseUrl(String url) {
      this.baseUrl = PleziClient.Shared.baseUrl("baseUrl", url);
      return this;
    }

    /** @param publicKey the public API key ({@code client_id}, {@code id}) @return this builder */
    public Builder publicKey(String publicKey) {
      this.publicKey = publicKey;
      return this;
    }

    /** @param secretKey the secret key (never sent in a header, never logged) @return this builder */
    public Builder secretKey(String secretKey) {
      this.secretKey = secretKey;
      return this;
    }

    /** @param client the HTTP client to derive from @return this builder */
    public Builder okHttpClient(OkHttpClient client) {
      this.okHttpClient = Objects.requireNonNull(client, "okHttpClient");
      return this;
    }

    /** @param userAgent the {@code User-Agent} header @return this builder */
    public Builder userAgent(String userAgent) {
      this.userAgent = PleziClient.Shared.required("userAgent", userAgent);
      return this;
    }

    /** @param statusCodes how HTTP statuses are read @return this builder */
    public Builder statusCodes(PleziStatusCodes statusCodes) {
      this.statusCodes = Objects.requireNonNull(statusCodes, "statusCodes");
      return this;
    }

    /**
     * @param lineBreak the separator of the string to sign, default
     *     {@link SignatureLineBreak#LITERAL_BACKSLASH_N}
     * @return this builder
     */
    public Builder signatureLineBreak(SignatureLineBreak lineBreak) {
      this.lineBreak = Objects.requireNonNull(lineBreak, "signatureLineBreak");
      return this;
    }

    /**
     * @param host how the host line of the string to sign is written, default
     *     {@link SignatureHost#HOST_HEADER}
     * @return this builder
     */
    public Builder signatureHost(SignatureHost host) {
      this.signatureHost = Objects.requireNonNull(host, "signatureHost");
      return this;
    }

    /**
     * Signs a fixed host name instead of the one in the request URL: for requests that reach
     * {@code brain.plezi.co} through a proxy or tunnel under another name, or a local fake that
     * verifies against the real host name. Unset by default (the URL's host is signed).
     *
     * @param host the host line to sign, e.g. {@code brain.plezi.co}
     * @return this builder
     */
    public Builder signatureHostOverride(String host) {
      this.signatureHostOverride = PleziClient.Shared.required("signatureHostOverride", host);
      return this;
    }

    /** @param clock the source of signature timestamps @return this builder */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * @param random the source of nonces (16 random bytes in hexadecimal), default a
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
     * @throws IllegalArgumentException when a key is missing
     */
    public PleziBrainClient build() {
      PleziClient.Shared.required("publicKey", publicKey);
      PleziClient.Shared.required("secretKey", secretKey);
      if (random == null) {
        random = new SecureRandom();
      }
      return new PleziBrainClient(this);
    }
  }
}
