package io.github.ghlplezi.notify.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ghlplezi.sync.store.InMemoryStatisticsStore;
import io.github.ghlplezi.sync.store.InMemorySyncStore;
import java.io.ByteArrayInputStream;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DigestRenderingTest {

  private static final DigestWeek WEEK = DigestWeek.parse("2026-W47");

  private final InMemoryStatisticsStore stats = new InMemoryStatisticsStore();
  private final InMemorySyncStore events = new InMemorySyncStore();
  private final DigestRecipient alice = DigestRecipient.builder("alice", "alice@agency.example")
      .location("loc-a", "Client One").location("loc-b", "<b>Bold & Co</b>").zone(ZoneId.of("Europe/Paris")).build();

  @BeforeEach
  void fill() {
    assertEquals(LocalDate.of(2026, 11, 16), WEEK.monday());
    Fixtures.fill(stats, events, List.of("loc-a", "loc-b"), WEEK.sunday(), 14);
    Fixtures.tagCreated(events, "loc-a", WEEK.monday().plusDays(2), "Spring Sale");
    Fixtures.alert(events, "loc-b", WEEK.monday().plusDays(3), "threshold:loc-b:likes Engagement fell below 100");
    Fixtures.deadLetter(events, "loc-b", WEEK.monday().plusDays(4));
    Fixtures.tagCreated(events, "loc-a", WEEK.monday().minusDays(1), "Last Week Tag");
  }

  private RenderedDigest render(DigestRenderer renderer, DigestRecipient recipient) {
    Digest digest = new DigestAssembler(stats, events).assemble(recipient, WEEK, Instant.parse("2026-11-23T07:00:00Z"));
    return renderer.render(digest);
  }

  @Test
  void the_numbers_compare_this_week_with_last_for_every_metric() {
    Digest digest = new DigestAssembler(stats, events).assemble(alice, WEEK, Instant.EPOCH);
    LocationDigest a = digest.locations().get(0);
    MetricLine likes = a.metrics().get(1);
    assertEquals(70 + (16 + 17 + 18 + 19 + 20 + 21 + 22), likes.thisWeek());
    assertEquals(70 + (9 + 10 + 11 + 12 + 13 + 14 + 15), likes.lastWeek());
    assertEquals(20 * likes.thisWeek(), a.metrics().get(0).thisWeek());
    assertEquals(7, a.metrics().get(2).thisWeek());
    assertEquals(1014, a.metrics().get(3).thisWeek(), "followers: the week's last value");
    assertEquals(1007, a.metrics().get(3).lastWeek());
    assertEquals(List.of(26.0, 27.0, 28.0, 29.0, 30.0, 31.0, 32.0), a.chartThisWeek());
    assertEquals(1, a.tagChanges().size(), "last week's tag change is not this week's");
    assertEquals("'Spring Sale'", a.tagChanges().get(0).text());
    LocationDigest b = digest.locations().get(1);
    assertEquals(1, b.alerts().size());
    assertEquals(SyncHealth.Status.FAILING, b.health().status(), "an open dead letter");
    assertEquals(SyncHealth.Status.HEALTHY, a.health().status());
    assertEquals(7, a.health().syncs());
    assertEquals(1, b.health().failures());
    assertEquals(1, b.health().deadLetters());
  }

  @Test
  void the_text_rendering_names_each_location_with_its_numbers_changes_and_health() {
    RenderedDigest rendered = render(new DigestRenderer(), alice);
    String text = rendered.text();
    assertTrue(text.contains("== Client One (loc-a) =="), text);
    assertTrue(text.contains("== <b>Bold & Co</b> (loc-b) =="), "text is not HTML-escaped:\n" + text);
    assertTrue(text.contains("Engagement (likes): 203 (last week 154, +31.8 %)"), text);
    assertTrue(text.contains("Impressions: 4,060 (last week 3,080, +31.8 %)"), text);
    assertTrue(text.contains("created 'Spring Sale'"), text);
    assertTrue(text.contains("Engagement fell below 100 [threshold:loc-b:likes]"), text);
    assertTrue(text.contains("Sync: failing; 7 successful, 1 failed, 1 dead letter(s) this week, 1 waiting for a replay."),
        text);
    assertFalse(text.contains("Last Week Tag"), text);
    assertEquals("Weekly social digest 2026-W47 (16 Nov – 22 Nov 2026): 2 locations, 1 alert, 1 to check",
        rendered.subject());
  }

  @Test
  void the_html_escapes_names_and_shows_one_chart_per_location() throws Exception {
    RenderedDigest rendered = render(new DigestRenderer(), alice);
    assertFalse(rendered.html().contains("<b>Bold"), "location names are escaped");
    Document html = Jsoup.parse(rendered.html());
    List<String> names = html.select("td.location h2").eachText();
    assertEquals(List.of("Client One", "<b>Bold & Co</b>"), names);
    List<String> sources = html.select("img").eachAttr("src");
    assertEquals(2, sources.size());
    for (int i = 0; i < 2; i++) {
      InlineImage image = rendered.images().get(i);
      assertEquals("cid:" + image.contentId(), sources.get(i));
      BufferedImage png = ImageIO.read(new ByteArrayInputStream(image.bytes()));
      assertNotNull(png, "decodes as an image");
      assertEquals(552, png.getWidth());
    }
    Element row = html.selectFirst("td.location[data-location-id=loc-a] tr:contains(Engagement)");
    assertNotNull(row);
    assertTrue(row.text().contains("+31.8"), row.text());
  }

  @Test
  void a_template_in_the_override_directory_replaces_the_default_and_the_others_stay(@TempDir Path dir)
      throws Exception {
    Files.writeString(dir.resolve("subject.txt.peb"), "Custom {{ digest.week }} for {{ digest.recipient.id }}");
    Files.writeString(dir.resolve("subject_fr.txt.peb"), "Résumé {{ digest.week }}");
    DigestRenderer renderer = new DigestRenderer(DigestTemplates.overriddenBy(dir), new DigestChart(), "This week",
        "Last week");
    RenderedDigest rendered = render(renderer, alice);
    assertEquals("Custom 2026-W47 for alice", rendered.subject());
    assertTrue(rendered.html().contains("Weekly social digest"), "the default HTML template stays");
    DigestRecipient french = DigestRecipient.builder("amelie", "amelie@agency.example").location("loc-a", "Client One")
        .locale(Locale.FRENCH).build();
    assertEquals("Résumé 2026-W47", render(renderer, french).subject(), "the language's template is preferred");
  }

  @Test
  void a_template_on_the_class_path_replaces_the_default() {
    DigestRenderer renderer = new DigestRenderer(
        DigestTemplates.overriddenBy("custom-templates", getClass().getClassLoader()), new DigestChart(),
        "This week", "Last week");
    RenderedDigest rendered = render(renderer, alice);
    assertEquals("TEXT OVERRIDE for alice: 2 locations\n", rendered.text());
    assertTrue(rendered.subject().startsWith("Weekly social digest"));
  }
}
