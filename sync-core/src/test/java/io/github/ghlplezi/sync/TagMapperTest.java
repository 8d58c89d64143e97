package io.github.ghlplezi.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ghlplezi.ghl.model.Tag;
import java.util.List;
import org.junit.jupiter.api.Test;

class TagMapperTest {

  private final TagMapper mapper = new TagMapper();

  private static Tag tag(String id, String name, boolean deleted) {
    return Tag.builder().id(id).name(name).deleted(deleted).build();
  }

  @Test
  void maps_names_to_slugs_in_order_of_first_appearance() {
    List<Tag> tags = List.of(
        tag("65fbdcfecc884f07e645ea01", "Spring Sale", false),
        tag("65fbdcfecc884f07e645ea02", "Case Study", false),
        tag("65fbdcfecc884f07e645ea03", "Behind the Scenes", false));

    assertEquals(List.of("spring-sale", "case-study", "behind-the-scenes"), mapper.toOptionSlugs(tags));
  }

  @Test
  void drops_deleted_tags() {
    List<Tag> tags = List.of(
        tag("65fbdcfecc884f07e645ea01", "Kept", false),
        tag("65fbdcfecc884f07e645ea02", "Gone", true));

    assertEquals(List.of("kept"), mapper.toOptionSlugs(tags));
  }

  @Test
  void names_sharing_a_slug_count_once() {
    List<Tag> tags = List.of(
        tag("65fbdcfecc884f07e645ea01", "Sale", false),
        tag("65fbdcfecc884f07e645ea02", "Promo", false),
        tag("65fbdcfecc884f07e645ea03", "SALE!", false));

    assertEquals(List.of("sale", "promo"), mapper.toOptionSlugs(tags));
  }

  @Test
  void names_without_a_letter_or_digit_are_dropped() {
    List<Tag> tags = List.of(
        tag("65fbdcfecc884f07e645ea01", "🎉", false),
        tag("65fbdcfecc884f07e645ea02", "Launch", false));

    assertEquals(List.of("launch"), mapper.toOptionSlugs(tags));
  }

  @Test
  void no_tags_map_to_no_options() {
    assertEquals(List.of(), mapper.toOptionSlugs(List.of()));
  }
}
