package io.github.ghlplezi.sync.deliver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ghlplezi.sync.ledger.LedgerEntry;
import io.github.ghlplezi.sync.store.internal.FieldCodec;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class FieldWriteTest {

  private static FieldWrite number(String text) {
    return new FieldWrite("plz_score", FieldWrite.Kind.NUMBER, List.of(text));
  }

  @Test
  void equal_numbers_are_one_canonical_text_with_one_ledger_hash() {
    List<String> spellings = List.of("1.5", "1.50", "1.500", "1.5E0", "0.15e1", " 1.5 ", "+1.5");
    for (String s : spellings) {
      assertEquals("1.5", number(s).values().get(0), s);
      assertEquals(LedgerEntry.hashOf(number("1.5")), LedgerEntry.hashOf(number(s)), s);
    }
    assertEquals(number("1.5"), FieldWrite.number("plz_score", new BigDecimal("1.50")));
    assertNotEquals(LedgerEntry.hashOf(number("1.5")), LedgerEntry.hashOf(number("1.51")));
  }

  @Test
  void numbers_have_a_dot_no_exponent_and_no_trailing_zero() {
    assertEquals("1000", number("1E+3").values().get(0));
    assertEquals("1000", number("1000.00").values().get(0));
    assertEquals("-73.53", number("-73.53").values().get(0));
    assertEquals("0.00001", number("1E-5").values().get(0));
    assertEquals("0", number("-0.00").values().get(0));
    assertEquals("12345678901234567890.12", number("12345678901234567890.12").values().get(0));
    for (String bad : List.of("1,5", "NaN", "Infinity", "", "12 345", "0x10")) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> number(bad), bad);
      assertTrue(e.getMessage().contains("plz_score") && e.getMessage().contains("not a decimal number"), e.getMessage());
    }
  }

  @Test
  void dates_are_iso_days() {
    assertEquals(List.of("2026-09-01"), FieldWrite.date("plz_day", LocalDate.of(2026, 9, 1)).values());
    assertEquals(FieldWrite.date("plz_day", LocalDate.of(2026, 9, 1)),
        new FieldWrite("plz_day", FieldWrite.Kind.DATE, List.of(" 2026-09-01 ")));
    for (String bad : List.of("01/09/2026", "2026-9-1", "2026-02-30", "2026-09-01T10:00:00Z")) {
      assertThrows(IllegalArgumentException.class, () -> new FieldWrite("plz_day", FieldWrite.Kind.DATE, List.of(bad)),
          bad);
    }
  }

  @Test
  void typed_values_survive_the_store_codec_with_the_same_hash() {
    for (FieldWrite f : List.of(number("-439.68"), FieldWrite.date("plz_day", LocalDate.of(2026, 9, 1)),
        FieldWrite.text("plz_t", "a=b"), FieldWrite.multiSelect("plz_m", List.of("x", "y")))) {
      FieldWrite back = FieldCodec.decode(FieldCodec.encode(f));
      assertEquals(f, back);
      assertEquals(LedgerEntry.hashOf(f), LedgerEntry.hashOf(back));
    }
  }
}
