package io.github.ghlplezi.sync;

import io.github.ghlplezi.ghl.GhlClient;
import io.github.ghlplezi.ghl.model.Tag;
import io.github.ghlplezi.plezi.PleziClient;
import io.github.ghlplezi.plezi.model.ContactFields;
import io.github.ghlplezi.plezi.model.UpsertResult;
import io.github.ghlplezi.plezi.model.WebformContact;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Copies each configured location's Social Planner tags into its Plezi contact's multi-select
 * field.
 *
 * <p>For every {@link LocationMapping} it reads all tags of the location (fetch), maps their names
 * to option slugs (transform, pure) and replaces the contact's field values with them (deliver).
 * One location failing does not stop the others; the {@link SyncReport} says which failed and why.
 * Writing the full current set, replacing what the field held, makes a repeated run harmless.
 *
 * @deprecated keeps no catalog or ledger and fails a whole location on one unknown option; use
 *     {@link io.github.ghlplezi.sync.run.SyncEngine} (see README-engine.md).
 */
@Deprecated
public final class TagSync {

  private static final Logger LOG = LoggerFactory.getLogger(TagSync.class);

  private final GhlClient ghl;
  private final PleziClient plezi;
  private final TagSyncSettings settings;
  private final Clock clock;
  private final TagMapper mapper = new TagMapper();

  /**
   * @param ghl the HighLevel client the tags are read with
   * @param plezi the Plezi client the contacts are written with
   * @param settings where in Plezi the tags go
   * @param clock the clock the report's times come from
   */
  public TagSync(GhlClient ghl, PleziClient plezi, TagSyncSettings settings, Clock clock) {
    this.ghl = Objects.requireNonNull(ghl, "ghl");
    this.plezi = Objects.requireNonNull(plezi, "plezi");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Syncs every mapping, one after the other.
   *
   * @param mappings the configured pairs; a location may appear only once
   * @return one result per mapping, in the same order
   * @throws IllegalArgumentException when a location id appears twice, before anything is sent
   */
  public SyncReport run(List<LocationMapping> mappings) {
    requireDistinctLocations(mappings);
    Instant startedAt = clock.instant();
    List<LocationSyncResult> results = new ArrayList<>(mappings.size());
    for (LocationMapping mapping : mappings) {
      results.add(syncOne(mapping));
    }
    SyncReport report = new SyncReport(startedAt, clock.instant(), results);
    LOG.info("tag sync finished: {} locations, {} synced, {} failed, {} ms",
        results.size(), report.succeeded(), report.failed(), report.duration().toMillis());
    return report;
  }

  /**
   * Syncs one location.
   *
   * @param mapping the configured pair
   * @return what happened; never throws for a remote failure
   */
  public LocationSyncResult syncOne(LocationMapping mapping) {
    Objects.requireNonNull(mapping, "mapping");
    MDC.put("locationId", mapping.locationId());
    try {
      List<Tag> tags;
      try (Stream<Tag> stream = ghl.socialPlanner(mapping.locationId()).tags().stream()) {
        tags = stream.collect(Collectors.toList());
      } catch (RuntimeException e) {
        LOG.warn("reading tags failed: {}", e.getMessage());
        return new LocationSyncResult.Failed(mapping, SyncFailure.of(SyncFailure.Stage.FETCH, e));
      }
      List<String> slugs = mapper.toOptionSlugs(tags);
      UpsertResult written;
      try {
        written = plezi.contacts().upsertFromWebform(WebformContact.builder()
            .email(mapping.contactEmail())
            .formId(settings.formId())
            .contentWebFormId(settings.contentWebFormId())
            .fields(ContactFields.builder().multiSelect(settings.tagFieldKey(), slugs).build())
            .keepMultipleSelectValues(false)
            .build());
      } catch (RuntimeException e) {
        LOG.warn("writing the contact failed: {}", e.getMessage());
        return new LocationSyncResult.Failed(mapping, SyncFailure.of(SyncFailure.Stage.DELIVER, e));
      }
      LOG.debug("synced {} tags as {} options", tags.size(), slugs.size());
      return new LocationSyncResult.Synced(mapping, tags.size(), slugs, written.created());
    } finally {
      MDC.remove("locationId");
    }
  }

  private static void requireDistinctLocations(List<LocationMapping> mappings) {
    long distinct = mappings.stream().map(LocationMapping::locationId).distinct().count();
    if (distinct != mappings.size()) {
      throw new IllegalArgumentException("mappings name the same locationId more than once");
    }
  }
}
