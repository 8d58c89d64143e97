package io.github.ghlplezi.notify.digest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Renders a {@link Digest}: the subject, the plain text and the HTML from {@link DigestTemplates},
 * and one PNG chart per location that the HTML shows by {@code cid:} reference.
 */
public final class DigestRenderer {

  private final DigestTemplates templates;
  private final DigestChart chart;
  private final String thisWeekLabel;
  private final String lastWeekLabel;

  /**
   * The default templates and chart.
   */
  public DigestRenderer() {
    this(DigestTemplates.defaults(), new DigestChart(), "This week", "Last week");
  }

  /**
   * Chosen templates and chart.
   *
   * @param templates the templates
   * @param chart the chart size
   * @param thisWeekLabel the chart legend of the current week
   * @param lastWeekLabel the chart legend of the previous week
   */
  public DigestRenderer(DigestTemplates templates, DigestChart chart, String thisWeekLabel, String lastWeekLabel) {
    this.templates = Objects.requireNonNull(templates, "templates");
    this.chart = Objects.requireNonNull(chart, "chart");
    this.thisWeekLabel = Objects.requireNonNull(thisWeekLabel, "thisWeekLabel");
    this.lastWeekLabel = Objects.requireNonNull(lastWeekLabel, "lastWeekLabel");
  }

  /**
   * Renders a digest.
   *
   * @param digest the content
   * @return subject, text, HTML and charts
   */
  public RenderedDigest render(Digest digest) {
    List<InlineImage> images = new ArrayList<>();
    Map<String, String> charts = new LinkedHashMap<>();
    int n = 0;
    for (LocationDigest location : digest.locations()) {
      n++;
      String cid = "chart-" + n + "." + digest.week() + "@ghl-plezi";
      charts.put(location.location().id(), cid);
      images.add(new InlineImage(cid, "chart-" + n + ".png", "image/png",
          chart.png(location, digest.recipient().locale(), thisWeekLabel, lastWeekLabel)));
    }
    Map<String, Object> context = new LinkedHashMap<>();
    context.put("digest", digest);
    context.put("charts", charts);
    String subject = templates.render("subject.txt", context, digest.recipient().locale()).strip()
        .replaceAll("\\s+", " ");
    String text = templates.render("digest.txt", context, digest.recipient().locale());
    String html = templates.render("digest.html", context, digest.recipient().locale());
    return new RenderedDigest(digest, subject, text, html, images);
  }
}
