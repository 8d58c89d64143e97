package io.github.ghlplezi.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LocationMappingTest {

  @Test
  void keeps_a_valid_pair() {
    LocationMapping mapping = new LocationMapping("ve9EPM428h8vShlRW1KT", "owner@client.example");
    assertEquals("ve9EPM428h8vShlRW1KT", mapping.locationId());
    assertEquals("owner@client.example", mapping.contactEmail());
  }

  @Test
  void refuses_a_blank_location_naming_the_field() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new LocationMapping(" ", "owner@client.example"));
    assertTrue(e.getMessage().contains("locationId"), e.getMessage());
  }

  @Test
  void refuses_an_address_without_domain_naming_the_field() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new LocationMapping("loc", "owner@localhost"));
    assertTrue(e.getMessage().contains("contactEmail"), e.getMessage());
  }

  @Test
  void settings_refuse_a_form_id_that_is_not_24_hex_characters() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new TagSyncSettings("plz_social_tags", "not-a-form", "f0e1d2c3-0000-4000-8000-000000000000"));
    assertTrue(e.getMessage().contains("formId"), e.getMessage());
  }

  @Test
  void settings_refuse_a_field_key_with_capitals_naming_the_field() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new TagSyncSettings("Plz_Tags", "5d5188d4f420874ad39371d6", "cwf"));
    assertTrue(e.getMessage().contains("tagFieldKey"), e.getMessage());
  }
}
