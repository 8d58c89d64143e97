package io.github.ghlplezi.sync.tags;

import io.github.ghlplezi.sync.fetch.SourceTag;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The pure catalog diff of one location: the catalog and what a run fetched in, the changes and the
 * catalog to store once the location's write is confirmed out.
 *
 * <p>A tag first seen already deleted enters the catalog as deleted without a change: nothing that
 * Plezi ever held changed.
 *
 * @param changes the changes, in fetch order, then tags no longer listed
 * @param next the catalog entries to store (every fetched tag, and tags that just disappeared)
 */
public record CatalogDiff(List<CatalogChange> changes, List<CatalogEntry> next) {

  /**
   * Copies the lists.
   *
   * @param changes the changes, in fetch order, then tags no longer listed
   * @param next the catalog entries to store (every fetched tag, and tags that just disappeared)
   */
  public CatalogDiff {
    changes = List.copyOf(changes);
    next = List.copyOf(next);
  }

  /**
   * Compares.
   *
   * @param locationId the location
   * @param catalog the stored catalog, by tag id
   * @param fetched what the run fetched
   * @param now the run's time, for first and last seen
   * @return the changes and the next catalog
   */
  public static CatalogDiff of(String locationId, Map<String, CatalogEntry> catalog, List<SourceTag> fetched,
      Instant now) {
    List<CatalogChange> changes = new ArrayList<>();
    Map<String, CatalogEntry> next = new LinkedHashMap<>();
    Set<String> listed = new HashSet<>();
    for (SourceTag tag : fetched) {
      if (!listed.add(tag.id())) {
        continue;
      }
      CatalogEntry known = catalog.get(tag.id());
      String slug = OptionSlugs.of(tag.name());
      if (known == null) {
        if (!tag.deleted()) {
          changes.add(new CatalogChange(locationId, tag.id(), CatalogChange.Kind.CREATED, "", tag.name()));
        }
      } else if (known.deleted() && !tag.deleted()) {
        changes.add(new CatalogChange(locationId, tag.id(), CatalogChange.Kind.RESTORED, known.name(), tag.name()));
        if (!known.name().equals(tag.name())) {
          changes.add(new CatalogChange(locationId, tag.id(), CatalogChange.Kind.RENAMED, known.name(), tag.name()));
        }
      } else if (!known.deleted() && tag.deleted()) {
        changes.add(new CatalogChange(locationId, tag.id(), CatalogChange.Kind.DELETED, known.name(), known.name()));
      } else if (!known.deleted() && !known.name().equals(tag.name())) {
        changes.add(new CatalogChange(locationId, tag.id(), CatalogChange.Kind.RENAMED, known.name(), tag.name()));
      }
      Instant firstSeen = known == null ? now : known.firstSeen();
      next.put(tag.id(), new CatalogEntry(locationId, tag.id(), tag.name(), slug, tag.deleted(), firstSeen, now));
    }
    for (CatalogEntry known : catalog.values()) {
      if (!listed.contains(known.tagId()) && !known.deleted()) {
        changes.add(new CatalogChange(locationId, known.tagId(), CatalogChange.Kind.DELETED, known.name(), known.name()));
        next.put(known.tagId(), new CatalogEntry(locationId, known.tagId(), known.name(), known.slug(), true,
            known.firstSeen(), known.lastSeen()));
      }
    }
    return new CatalogDiff(changes, List.copyOf(next.values()));
  }
}
