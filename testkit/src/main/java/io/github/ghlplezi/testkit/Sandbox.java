package io.github.ghlplezi.testkit;

import io.github.ghlplezi.testkit.internal.DefaultSeed;
import io.github.ghlplezi.testkit.internal.FakeServer;
import io.github.ghlplezi.testkit.internal.GhlService;
import io.github.ghlplezi.testkit.internal.GhlSettings;
import io.github.ghlplezi.testkit.internal.HttpResponse;
import io.github.ghlplezi.testkit.internal.PleziService;
import io.github.ghlplezi.testkit.internal.PleziSettings;
import io.github.ghlplezi.testkit.internal.SeedData;
import io.github.ghlplezi.testkit.internal.SeedFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Both fakes (HighLevel and Plezi) on loopback ports, sharing one {@link TestClock} and one seed.
 *
 * <pre>{@code
 * try (Sandbox sandbox = Sandbox.start()) {
 *   String base = sandbox.ghl().baseUrl();
 *   String pit = sandbox.ghl().privateIntegrationToken(sandbox.ghl().locations().get(0).id());
 * }
 * }</pre>
 */
public final class Sandbox implements AutoCloseable {

  /** The seed used by {@link #start()}. */
  public static final long DEFAULT_SEED = 20261127L;

  private final TestClock clock;
  private final FakeGhl ghl;
  private final FakePlezi plezi;
  private final FakeServer ghlServer;
  private final FakeServer legacyServer;
  private final FakeServer brainServer;
  private final long seed;
  private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

  private Sandbox(Builder b) throws IOException {
    this.clock = b.clock != null ? b.clock
        : b.ticking ? TestClock.tickingFrom(b.clockStart) : TestClock.frozenAt(b.clockStart);
    SeedData data = b.seedFile != null ? SeedFiles.read(b.seedFile, b.seed)
        : b.seedData != null ? b.seedData : DefaultSeed.build(b.seed, b.locations);
    this.seed = data.seed();
    GhlService ghlService = new GhlService(data, clock, b.ghlSettings);
    PleziService pleziService = new PleziService(data, clock, b.pleziSettings);
    Faults ghlFaults = new Faults(seed ^ 0x6A09E667L);
    Faults pleziFaults = new Faults(seed ^ 0xBB67AE85L);
    FakeServer g = null;
    FakeServer l = null;
    FakeServer br = null;
    try {
      g = new FakeServer("ghl", b.ghlPort, ghlService::handle, ghlFaults::pick,
          (status, fault) -> ghlFault(ghlService, status, fault));
      l = new FakeServer("plezi", b.pleziPort, pleziService::handle, pleziFaults::pick,
          (status, fault) -> pleziFault(status, fault));
      br = new FakeServer("plezi-brain", b.brainPort, pleziService::handleBrain, pleziFaults::pick,
          (status, fault) -> pleziFault(status, fault));
    } catch (IOException | RuntimeException e) {
      for (FakeServer s : new FakeServer[] {g, l, br}) {
        if (s != null) {
          s.close();
        }
      }
      throw e;
    }
    this.ghlServer = g;
    this.legacyServer = l;
    this.brainServer = br;
    this.ghl = new FakeGhl(ghlService, g, ghlFaults, clock, seed);
    this.plezi = new FakePlezi(pleziService, l, br, pleziFaults);
  }

  /** Reason phrases of the statuses a fault may carry. */
  static String reason(int status) {
    switch (status) {
      case 400: return "Bad Request";
      case 401: return "Unauthorized";
      case 403: return "Forbidden";
      case 404: return "Not Found";
      case 408: return "Request Timeout";
      case 409: return "Conflict";
      case 422: return "Unprocessable Entity";
      case 429: return "Too Many Requests";
      case 500: return "Internal Server Error";
      case 502: return "Bad Gateway";
      case 503: return "Service Unavailable";
      case 504: return "Gateway Timeout";
      default: return status >= 500 ? "Server Error" : "Client Error";
    }
  }

  private static HttpResponse ghlFault(GhlService service, int status, Fault fault) {
    Object message = status == 401 ? "Invalid token: access token is invalid"
        : status == 422 ? java.util.List.of(reason(status)) : reason(status);
    HttpResponse r = service.withFullLimitHeaders(service.error(status, message, reason(status)));
    if (fault.duration() != null) {
      r.header("Retry-After", Long.toString(Math.max(1, fault.duration().toSeconds())));
    }
    return r;
  }

  private static HttpResponse pleziFault(int status, Fault fault) {
    HttpResponse r = PleziService.jsonApiError(status, reason(status), "Injected by the testkit");
    if (fault.duration() != null) {
      r.header("Retry-After", Long.toString(Math.max(1, fault.duration().toSeconds())));
    }
    return r;
  }

  /**
   * Starts both fakes with the default seed on ephemeral ports and a frozen clock at now.
   *
   * @return the running sandbox; close it to stop the servers
   */
  public static Sandbox start() {
    return builder().start();
  }

  /**
   * A builder for non-default settings.
   *
   * @return a builder with the defaults
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The fake HighLevel.
   *
   * @return the HighLevel fake
   */
  public FakeGhl ghl() {
    return ghl;
  }

  /**
   * The fake Plezi.
   *
   * @return the Plezi fake
   */
  public FakePlezi plezi() {
    return plezi;
  }

  /**
   * The clock both fakes read.
   *
   * @return the sandbox clock
   */
  public TestClock clock() {
    return clock;
  }

  /**
   * The seed the data was generated from.
   *
   * @return the seed
   */
  public long seed() {
    return seed;
  }

  /** Stops every server; later calls do nothing. */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    // The JDK server's stop() can wait up to a second for its dispatcher: stop all three at once.
    Thread[] stoppers = {
      new Thread(ghlServer::close), new Thread(legacyServer::close), new Thread(brainServer::close)
    };
    for (Thread t : stoppers) {
      t.start();
    }
    for (Thread t : stoppers) {
      try {
        t.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  /** Settings of a {@link Sandbox}. Every setting has a default; see each method. */
  public static final class Builder {
    private long seed = DEFAULT_SEED;
    private int locations = 3;
    private int ghlPort;
    private int pleziPort;
    private int brainPort;
    private Instant clockStart = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private boolean ticking;
    private TestClock clock;
    private SeedData seedData;
    private java.nio.file.Path seedFile;
    private GhlSettings ghlSettings = GhlSettings.defaults();
    private PleziSettings pleziSettings = PleziSettings.defaults();

    private Builder() {}

    /**
     * Seed of the generated data and of fault draws; default {@link #DEFAULT_SEED}.
     *
     * @param seed the seed
     * @return this builder
     */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /**
     * Number of seeded locations, 1..6; default 3.
     *
     * @param count the number of locations, 1 to 6
     * @return this builder
     */
    public Builder locations(int count) {
      if (count < 1 || count > 6) {
        throw new IllegalArgumentException("locations must be 1..6: " + count);
      }
      this.locations = count;
      return this;
    }

    /**
     * Port of the GHL fake; default 0 (ephemeral).
     *
     * @param port the port, 0 for any free one
     * @return this builder
     */
    public Builder ghlPort(int port) {
      this.ghlPort = requirePort(port);
      return this;
    }

    /**
     * Port of the Plezi legacy API fake; default 0 (ephemeral).
     *
     * @param port the port, 0 for any free one
     * @return this builder
     */
    public Builder pleziPort(int port) {
      this.pleziPort = requirePort(port);
      return this;
    }

    /**
     * Port of the Plezi brain API fake; default 0 (ephemeral).
     *
     * @param port the port, 0 for any free one
     * @return this builder
     */
    public Builder brainPort(int port) {
      this.brainPort = requirePort(port);
      return this;
    }

    /**
     * Where the clock starts; default now, truncated to seconds.
     *
     * @param start the clock's first instant
     * @return this builder
     */
    public Builder clockStart(Instant start) {
      this.clockStart = Objects.requireNonNull(start, "start");
      return this;
    }

    /**
     * Whether the clock also follows the wall clock; default false (frozen until advanced).
     *
     * @param ticking whether the clock moves on its own
     * @return this builder
     */
    public Builder tickingClock(boolean ticking) {
      this.ticking = ticking;
      return this;
    }

    /**
     * Uses this clock instead of creating one (clockStart and tickingClock are then ignored).
     *
     * @param clock the clock both fakes read
     * @return this builder
     */
    public Builder clock(TestClock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Meaning of {@code count} in the GHL tags listing; default {@link TagCountMode#TOTAL}.
     *
     * @param mode the meaning of {@code count}
     * @return this builder
     */
    public Builder tagCountMode(TagCountMode mode) {
      GhlSettings s = ghlSettings;
      ghlSettings = new GhlSettings(Objects.requireNonNull(mode, "mode"), s.tagDefaultLimit(), s.tagMaxLimit(),
          s.statisticsChangeAsString(), s.burstMax(), s.burstInterval(), s.dailyMax(), s.retryAfterOn429(),
          s.pitOverlap(), s.codeLifetime(), s.invalidTokenMessage(), s.locationTokenStatus());
      return this;
    }

    /**
     * Page size when {@code limit} is absent (default 10) and the cap on {@code limit} (default 100).
     *
     * @param defaultLimit the page size without {@code limit}
     * @param maxLimit the largest {@code limit} honoured
     * @return this builder
     */
    public Builder tagPaging(int defaultLimit, int maxLimit) {
      if (defaultLimit < 1 || maxLimit < defaultLimit) {
        throw new IllegalArgumentException("need 1 <= defaultLimit <= maxLimit");
      }
      GhlSettings s = ghlSettings;
      ghlSettings = new GhlSettings(s.tagCountMode(), defaultLimit, maxLimit,
          s.statisticsChangeAsString(), s.burstMax(), s.burstInterval(), s.dailyMax(), s.retryAfterOn429(),
          s.pitOverlap(), s.codeLifetime(), s.invalidTokenMessage(), s.locationTokenStatus());
      return this;
    }

    /**
     * Whether statistics {@code change}/{@code totalChange} come back as two-decimal strings when
     * non-zero (a quirk seen live); default false (numbers, as the spec says).
     *
     * @param asString whether non-zero changes are strings
     * @return this builder
     */
    public Builder statisticsChangeAsString(boolean asString) {
      GhlSettings s = ghlSettings;
      ghlSettings = new GhlSettings(s.tagCountMode(), s.tagDefaultLimit(), s.tagMaxLimit(),
          asString, s.burstMax(), s.burstInterval(), s.dailyMax(), s.retryAfterOn429(),
          s.pitOverlap(), s.codeLifetime(), s.invalidTokenMessage(), s.locationTokenStatus());
      return this;
    }

    /**
     * GHL rate limits per (client, location); default 100 per 10 s and 200,000 per day.
     *
     * @param burstMax requests allowed per interval
     * @param interval the burst interval
     * @param dailyMax requests allowed per day
     * @return this builder
     */
    public Builder ghlRateLimits(int burstMax, Duration interval, int dailyMax) {
      GhlSettings s = ghlSettings;
      ghlSettings = new GhlSettings(s.tagCountMode(), s.tagDefaultLimit(), s.tagMaxLimit(),
          s.statisticsChangeAsString(), burstMax, interval, dailyMax, s.retryAfterOn429(),
          s.pitOverlap(), s.codeLifetime(), s.invalidTokenMessage(), s.locationTokenStatus());
      return this;
    }

    /**
     * The limits third parties measured on sandbox (app test) accounts: 25 per 10 s and 10,000 per day.
     *
     * @return this builder
     */
    public Builder ghlSandboxAccountRateLimits() {
      return ghlRateLimits(25, Duration.ofSeconds(10), 10_000);
    }

    /**
     * Whether a GHL 429 carries {@code Retry-After} (undocumented); default true.
     *
     * @param send whether to send {@code Retry-After}
     * @return this builder
     */
    public Builder ghlRetryAfterOn429(boolean send) {
      GhlSettings s = ghlSettings;
      ghlSettings = new GhlSettings(s.tagCountMode(), s.tagDefaultLimit(), s.tagMaxLimit(),
          s.statisticsChangeAsString(), s.burstMax(), s.burstInterval(), s.dailyMax(), send,
          s.pitOverlap(), s.codeLifetime(), s.invalidTokenMessage(), s.locationTokenStatus());
      return this;
    }

    /**
     * How long a rotated PIT keeps working ("rotate and expire later"); default 7 days.
     *
     * @param overlap how long the old token keeps working
     * @return this builder
     */
    public Builder pitOverlap(Duration overlap) {
      GhlSettings s = ghlSettings;
      ghlSettings = new GhlSettings(s.tagCountMode(), s.tagDefaultLimit(), s.tagMaxLimit(),
          s.statisticsChangeAsString(), s.burstMax(), s.burstInterval(), s.dailyMax(), s.retryAfterOn429(),
          Objects.requireNonNull(overlap, "overlap"), s.codeLifetime(), s.invalidTokenMessage(), s.locationTokenStatus());
      return this;
    }

    /**
     * Lifetime of an authorization code; default 10 minutes.
     *
     * @param lifetime the code's lifetime
     * @return this builder
     */
    public Builder authorizationCodeLifetime(Duration lifetime) {
      GhlSettings s = ghlSettings;
      ghlSettings = new GhlSettings(s.tagCountMode(), s.tagDefaultLimit(), s.tagMaxLimit(),
          s.statisticsChangeAsString(), s.burstMax(), s.burstInterval(), s.dailyMax(), s.retryAfterOn429(),
          s.pitOverlap(), Objects.requireNonNull(lifetime, "lifetime"), s.invalidTokenMessage(), s.locationTokenStatus());
      return this;
    }

    /**
     * Message of the 401 for an expired or unknown token; default "Invalid token: access token is invalid" (alternative "Invalid JWT").
     *
     * @param message the 401 message
     * @return this builder
     */
    public Builder invalidTokenMessage(String message) {
      GhlSettings s = ghlSettings;
      ghlSettings = new GhlSettings(s.tagCountMode(), s.tagDefaultLimit(), s.tagMaxLimit(),
          s.statisticsChangeAsString(), s.burstMax(), s.burstInterval(), s.dailyMax(), s.retryAfterOn429(),
          s.pitOverlap(), s.codeLifetime(), Objects.requireNonNull(message, "message"), s.locationTokenStatus());
      return this;
    }

    /**
     * Status of a successful {@code POST /oauth/locationToken}: 200 (spec, default) or 201 (observed).
     *
     * @param status 200 or 201
     * @return this builder
     */
    public Builder locationTokenStatus(int status) {
      if (status != 200 && status != 201) {
        throw new IllegalArgumentException("status must be 200 or 201");
      }
      GhlSettings s = ghlSettings;
      ghlSettings = new GhlSettings(s.tagCountMode(), s.tagDefaultLimit(), s.tagMaxLimit(),
          s.statisticsChangeAsString(), s.burstMax(), s.burstInterval(), s.dailyMax(), s.retryAfterOn429(),
          s.pitOverlap(), s.codeLifetime(), s.invalidTokenMessage(), status);
      return this;
    }

    /**
     * How Plezi treats unknown field keys and options; default {@link UnknownValueMode#IGNORE}.
     *
     * @param mode the treatment of unknown keys and options
     * @return this builder
     */
    public Builder unknownValueMode(UnknownValueMode mode) {
      PleziSettings s = pleziSettings;
      pleziSettings = new PleziSettings(Objects.requireNonNull(mode, "mode"), s.legacyAuthStatus(), s.unknownFormStatus(),
          s.brainTimestampWindow(), s.brainSigningHost(), s.postContactsUpsert());
      return this;
    }

    /**
     * Status of a Plezi legacy call with a missing or wrong key/tenant: 401 (default) or 403.
     *
     * @param status 401 or 403
     * @return this builder
     */
    public Builder pleziAuthFailureStatus(int status) {
      if (status != 401 && status != 403) {
        throw new IllegalArgumentException("status must be 401 or 403");
      }
      PleziSettings s = pleziSettings;
      pleziSettings = new PleziSettings(s.unknownValueMode(), status, s.unknownFormStatus(),
          s.brainTimestampWindow(), s.brainSigningHost(), s.postContactsUpsert());
      return this;
    }

    /**
     * Status for an unknown {@code form_id}/{@code content_web_form_id}: 404 (default) or 422.
     *
     * @param status 404 or 422
     * @return this builder
     */
    public Builder pleziUnknownFormStatus(int status) {
      if (status != 404 && status != 422) {
        throw new IllegalArgumentException("status must be 404 or 422");
      }
      PleziSettings s = pleziSettings;
      pleziSettings = new PleziSettings(s.unknownValueMode(), s.legacyAuthStatus(), status,
          s.brainTimestampWindow(), s.brainSigningHost(), s.postContactsUpsert());
      return this;
    }

    /**
     * Maximum age (either way) of a brain request's {@code ts}; default 5 minutes.
     *
     * @param window the largest accepted age
     * @return this builder
     */
    public Builder brainTimestampWindow(Duration window) {
      PleziSettings s = pleziSettings;
      pleziSettings = new PleziSettings(s.unknownValueMode(), s.legacyAuthStatus(), s.unknownFormStatus(),
          Objects.requireNonNull(window, "window"), s.brainSigningHost(), s.postContactsUpsert());
      return this;
    }

    /**
     * Reads the locations, tags and accounts from a JSON seed file instead of the default data (see
     * the module README for the format). Its {@code seed} field, when present, replaces {@link #seed(long)}.
     *
     * @param file the JSON seed file
     * @return this builder
     */
    public Builder seedFile(java.nio.file.Path file) {
      this.seedFile = Objects.requireNonNull(file, "file");
      return this;
    }

    Builder seedData(SeedData data) {
      this.seedData = data;
      return this;
    }

    private static int requirePort(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be 0..65535: " + port);
      }
      return port;
    }

    /**
     * Starts the servers.
     *
     * @return the running sandbox; close it to stop the servers
     */
    public Sandbox start() {
      try {
        return new Sandbox(this);
      } catch (IOException e) {
        throw new UncheckedIOException("could not start the sandbox: " + e.getMessage(), e);
      }
    }
  }
}
