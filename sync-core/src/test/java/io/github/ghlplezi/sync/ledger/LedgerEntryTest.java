package io.github.ghlplezi.sync.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.ghlplezi.sync.deliver.FieldWrite;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the ledger remembers of a confirmed write, and when two writes count as the same value. */
class LedgerEntryTest {

  private static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");

  @Test
  void the_same_full_value_always_has_the_same_hash_and_any_change_another() {
    FieldWrite tags = FieldWrite.multiSelect("plz_tags", List.of("spring-sale", "vip"));
    String hash = LedgerEntry.hashOf(tags);
    assertEquals(64, hash.length());
    assertEquals(hash, LedgerEntry.hashOf(FieldWrite.multiSelect("plz_tags", List.of("spring-sale", "vip"))));
    assertNotEquals(hash, LedgerEntry.hashOf(FieldWrite.multiSelect("plz_tags", List.of("vip", "spring-sale"))),
        "order is part of the value");
    assertNotEquals(hash, LedgerEntry.hashOf(FieldWrite.multiSelect("plz_other", List.of("spring-sale", "vip"))));
    assertNotEquals(hash, LedgerEntry.hashOf(FieldWrite.multiSelect("plz_tags", List.of("spring-salevip"))),
        "values are separated, not glued");
    assertNotEquals(LedgerEntry.hashOf(FieldWrite.multiSelect("plz_tags", List.of("vip"))),
        LedgerEntry.hashOf(new FieldWrite("plz_tags", FieldWrite.Kind.TEXT, List.of("vip"))),
        "the kind is part of the value");
  }

  @Test
  void a_confirmed_entry_carries_the_hash_of_its_value_and_its_field_key() {
    FieldWrite tags = FieldWrite.multiSelect("plz_tags", List.of("vip"));
    LedgerEntry e = LedgerEntry.confirmed("ada@example.com", tags, "run-1", NOW);
    assertEquals(LedgerEntry.hashOf(tags), e.hash());
    assertEquals("plz_tags", e.fieldKey());
    assertEquals("run-1", e.runId());
    assertEquals(NOW, e.confirmedAt());
    assertThrows(NullPointerException.class, () -> new LedgerEntry(null, tags, "h", "r", NOW));
    assertThrows(NullPointerException.class, () -> new LedgerEntry("a", null, "h", "r", NOW));
    assertThrows(NullPointerException.class, () -> new LedgerEntry("a", tags, null, "r", NOW));
    assertThrows(NullPointerException.class, () -> new LedgerEntry("a", tags, "h", null, NOW));
    assertThrows(NullPointerException.class, () -> new LedgerEntry("a", tags, "h", "r", null));
  }

  @Test
  void a_pending_write_keeps_its_own_copy_of_the_fields() {
    List<FieldWrite> fields = new ArrayList<>(List.of(FieldWrite.multiSelect("plz_tags", List.of("vip"))));
    PendingWrite w = new PendingWrite("ada@example.com", "loc-1", "run-1", fields, NOW);
    fields.clear();
    assertEquals(1, w.fields().size());
    assertThrows(UnsupportedOperationException.class, () -> w.fields().clear());
    assertThrows(NullPointerException.class, () -> new PendingWrite(null, "l", "r", List.of(), NOW));
    assertThrows(NullPointerException.class, () -> new PendingWrite("a", null, "r", List.of(), NOW));
    assertThrows(NullPointerException.class, () -> new PendingWrite("a", "l", null, List.of(), NOW));
    assertThrows(NullPointerException.class, () -> new PendingWrite("a", "l", "r", List.of(), null));
  }
}
