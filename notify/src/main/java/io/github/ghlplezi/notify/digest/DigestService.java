package io.github.ghlplezi.notify.digest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the weekly digests. Call {@link #sendDue(Instant)} often (every few minutes, from any
 * number of replicas): for each recipient whose send time of the current week has passed, in their
 * time zone, it sends the digest of the week that ended through each sink, exactly once per
 * recipient, week and sink, because a replica sends only what it claimed in the
 * {@link DigestClaimStore}. A claim left {@code SENDING} by a replica that died is taken again once
 * its lease has run out; a retriable failure is tried again by the next call; a permanent one is
 * logged and not repeated. {@link #preview} renders without claiming or sending.
 */
public final class DigestService {

  private static final Logger LOG = LoggerFactory.getLogger(DigestService.class);

  private final DigestAssembler assembler;
  private final DigestRenderer renderer;
  private final DigestClaimStore claims;
  private final List<DigestRecipient> recipients;
  private final List<DigestSink> sinks;
  private final DigestSchedule schedule;
  private final Duration lease;
  private final String owner;
  private final Clock clock;

  private DigestService(Builder b) {
    this.assembler = b.assembler;
    this.renderer = b.renderer;
    this.claims = b.claims;
    this.recipients = List.copyOf(b.recipients);
    this.sinks = List.copyOf(b.sinks);
    this.schedule = b.schedule;
    this.lease = b.lease;
    this.owner = b.owner;
    this.clock = b.clock;
  }

  /**
   * A builder.
   *
   * @param assembler reads the digests' content from the engine's stores
   * @param claims where the once-per-week claims are kept (shared by the replicas)
   * @return the builder
   */
  public static Builder builder(DigestAssembler assembler, DigestClaimStore claims) {
    return new Builder(assembler, claims);
  }

  /**
   * The configured recipients.
   *
   * @return the recipients, in order
   */
  public List<DigestRecipient> recipients() {
    return recipients;
  }

  /**
   * The week whose digest is due for a recipient at a moment.
   *
   * @param recipient the recipient
   * @param now the moment
   * @return the week that ended, once this week's send time (in the recipient's zone) has passed
   */
  public Optional<DigestWeek> dueWeek(DigestRecipient recipient, Instant now) {
    return schedule.dueWeek(now, recipient.zone());
  }

  /**
   * Sends every digest that is due and not yet claimed.
   *
   * @param now the current time
   * @return one outcome per recipient due and sink, in order
   */
  public List<DigestOutcome> sendDue(Instant now) {
    List<DigestOutcome> outcomes = new ArrayList<>();
    for (DigestRecipient recipient : recipients) {
      Optional<DigestWeek> due = dueWeek(recipient, now);
      if (due.isPresent()) {
        send(recipient, due.get(), now, outcomes);
      }
    }
    return outcomes;
  }

  private void send(DigestRecipient recipient, DigestWeek week, Instant now, List<DigestOutcome> outcomes) {
    RenderedDigest rendered = null;
    for (DigestSink sink : sinks) {
      DigestClaim claim = new DigestClaim(recipient.id(), week, sink.name());
      if (!claims.claim(claim, owner, now, lease)) {
        outcomes.add(new DigestOutcome(recipient.id(), week, sink.name(), DigestOutcome.Result.ALREADY_CLAIMED, ""));
        continue;
      }
      try {
        if (rendered == null) {
          rendered = render(recipient, week);
        }
        sink.deliver(rendered);
        claims.markSent(claim, owner, clock.instant());
        LOG.info("digest {} {} sent through {}: {} location(s), {} alert(s)", recipient.id(), week, sink.name(),
            rendered.digest().locations().size(), rendered.digest().alertCount());
        outcomes.add(new DigestOutcome(recipient.id(), week, sink.name(), DigestOutcome.Result.SENT, ""));
      } catch (DigestDeliveryException e) {
        failed(claim, e.retriable(), e.getMessage(), outcomes);
      } catch (RuntimeException e) {
        failed(claim, true, e.toString(), outcomes);
      }
    }
  }

  private void failed(DigestClaim claim, boolean retriable, String message, List<DigestOutcome> outcomes) {
    claims.markFailed(claim, owner, retriable, clock.instant());
    LOG.warn("digest {} {} through {} failed ({}): {}", claim.recipientId(), claim.week(), claim.sink(),
        retriable ? "will retry" : "permanent, not retried", message);
    outcomes.add(new DigestOutcome(claim.recipientId(), claim.week(), claim.sink(),
        retriable ? DigestOutcome.Result.FAILED_RETRIABLE : DigestOutcome.Result.FAILED_PERMANENT, message));
  }

  /**
   * Renders a recipient's digest of any week without claiming or sending it (give the result to
   * a {@link FileDigestSink} to look at it).
   *
   * @param recipient the recipient (need not be configured)
   * @param week the week
   * @return the rendered digest
   */
  public RenderedDigest preview(DigestRecipient recipient, DigestWeek week) {
    return render(recipient, week);
  }

  private RenderedDigest render(DigestRecipient recipient, DigestWeek week) {
    return renderer.render(assembler.assemble(recipient, week, clock.instant()));
  }

  /** Builds a {@link DigestService}. */
  public static final class Builder {

    private final DigestAssembler assembler;
    private final DigestClaimStore claims;
    private final List<DigestRecipient> recipients = new ArrayList<>();
    private final List<DigestSink> sinks = new ArrayList<>();
    private DigestRenderer renderer;
    private DigestSchedule schedule = DigestSchedule.mondayMorning();
    private Duration lease = Duration.ofMinutes(15);
    private String owner = "replica-" + UUID.randomUUID();
    private Clock clock = Clock.systemUTC();

    private Builder(DigestAssembler assembler, DigestClaimStore claims) {
      this.assembler = Objects.requireNonNull(assembler, "assembler");
      this.claims = Objects.requireNonNull(claims, "claims");
    }

    /**
     * Adds a recipient.
     *
     * @param recipient who gets which locations
     * @return this builder
     */
    public Builder recipient(DigestRecipient recipient) {
      recipients.add(Objects.requireNonNull(recipient, "recipient"));
      return this;
    }

    /**
     * Adds recipients.
     *
     * @param all who gets which locations
     * @return this builder
     */
    public Builder recipients(List<DigestRecipient> all) {
      all.forEach(this::recipient);
      return this;
    }

    /**
     * Adds a sink; each recipient's digest goes through every sink.
     *
     * @param sink where digests go (names must differ)
     * @return this builder
     */
    public Builder sink(DigestSink sink) {
      sinks.add(Objects.requireNonNull(sink, "sink"));
      return this;
    }

    /**
     * Sets the templates and chart (default: {@code new DigestRenderer()}).
     *
     * @param value the renderer
     * @return this builder
     */
    public Builder renderer(DigestRenderer value) {
      this.renderer = Objects.requireNonNull(value, "renderer");
      return this;
    }

    /**
     * Sets the send time (default: Monday 08:00 in each recipient's zone).
     *
     * @param value the day and hour
     * @return this builder
     */
    public Builder schedule(DigestSchedule value) {
      this.schedule = Objects.requireNonNull(value, "schedule");
      return this;
    }

    /**
     * Sets how long a claim holds before another replica may take it over (default 15 minutes;
     * longer than rendering and sending one digest can take).
     *
     * @param value the lease
     * @return this builder
     */
    public Builder lease(Duration value) {
      if (value.isNegative() || value.isZero()) {
        throw new IllegalArgumentException("lease must be positive");
      }
      this.lease = value;
      return this;
    }

    /**
     * Sets this replica's id, recorded with its claims (default: a random one per instance).
     *
     * @param value the id, at most 128 characters
     * @return this builder
     */
    public Builder owner(String value) {
      if (value.isBlank() || value.length() > 128) {
        throw new IllegalArgumentException("owner must be 1 to 128 characters");
      }
      this.owner = value;
      return this;
    }

    /**
     * Sets the clock of the digests' "generated at" and of the claims' marks (default: UTC system clock).
     *
     * @param value the clock
     * @return this builder
     */
    public Builder clock(Clock value) {
      this.clock = Objects.requireNonNull(value, "clock");
      return this;
    }

    /**
     * Builds the service.
     *
     * @return the service
     */
    public DigestService build() {
      if (sinks.isEmpty()) {
        throw new IllegalStateException("a digest service needs at least one sink");
      }
      Set<String> names = new HashSet<>();
      for (DigestSink sink : sinks) {
        if (!names.add(sink.name())) {
          throw new IllegalStateException("two sinks are named " + sink.name() + "; claims are kept per sink name");
        }
      }
      Set<String> ids = new HashSet<>();
      for (DigestRecipient recipient : recipients) {
        if (!ids.add(recipient.id())) {
          throw new IllegalStateException("two recipients have the id " + recipient.id());
        }
      }
      if (renderer == null) {
        renderer = new DigestRenderer();
      }
      return new DigestService(this);
    }
  }
}
