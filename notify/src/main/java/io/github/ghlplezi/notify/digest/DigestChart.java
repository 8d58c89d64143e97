package io.github.ghlplezi.notify.digest;

import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.Styler;

/**
 * Draws a location's chart: the charted metric per day, this week's bars beside last week's, Monday
 * to Sunday, as a PNG (XChart). Needs no display: on a server without one the JDK runs AWT
 * headless by itself (or start it with {@code -Djava.awt.headless=true}); it needs a font installed.
 */
public final class DigestChart {

  private static final Color THIS_WEEK = new Color(0x2B, 0x6C, 0xB0);
  private static final Color LAST_WEEK = new Color(0xB8, 0xC4, 0xD6);

  private final int width;
  private final int height;

  /**
   * A chart of 552 × 220 pixels (the width of the default HTML template's content).
   */
  public DigestChart() {
    this(552, 220);
  }

  /**
   * A chart of a chosen size.
   *
   * @param width pixels
   * @param height pixels
   */
  public DigestChart(int width, int height) {
    if (width < 100 || height < 80) {
      throw new IllegalArgumentException("a chart needs at least 100 × 80 pixels");
    }
    this.width = width;
    this.height = height;
  }

  /**
   * Renders one location's chart.
   *
   * @param location the location's part of the digest
   * @param locale the language of the day names
   * @param thisWeekLabel the legend of the current week's bars
   * @param lastWeekLabel the legend of the previous week's bars
   * @return the PNG bytes
   */
  public byte[] png(LocationDigest location, Locale locale, String thisWeekLabel, String lastWeekLabel) {
    CategoryChart chart = new CategoryChartBuilder().width(width).height(height)
        .title(location.chartLabel() + " per day").build();
    Styler styler = chart.getStyler();
    chart.getStyler().setOverlapped(false);
    chart.getStyler().setAvailableSpaceFill(0.7);
    chart.getStyler().setPlotGridVerticalLinesVisible(false);
    chart.getStyler().setYAxisMin(0.0);
    chart.getStyler().setYAxisDecimalPattern("#,##0");
    chart.getStyler().setAxisTitlesVisible(false);
    chart.getStyler().setXAxisTickMarkSpacingHint(30);
    styler.setLegendPosition(Styler.LegendPosition.OutsideS);
    styler.setLegendLayout(Styler.LegendLayout.Horizontal);
    styler.setLegendBorderColor(Color.WHITE);
    styler.setChartBackgroundColor(Color.WHITE);
    styler.setPlotBackgroundColor(Color.WHITE);
    styler.setPlotBorderVisible(false);
    styler.setSeriesColors(new Color[] {LAST_WEEK, THIS_WEEK});
    styler.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
    styler.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
    chart.getStyler().setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
    styler.setLocale(locale);
    styler.setAntiAlias(true);
    List<String> days = new ArrayList<>();
    for (DayOfWeek day : DayOfWeek.values()) {
      days.add(day.getDisplayName(TextStyle.SHORT, locale));
    }
    chart.addSeries(lastWeekLabel, days, location.chartLastWeek());
    chart.addSeries(thisWeekLabel, days, location.chartThisWeek());
    try {
      return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot encode the chart of " + location.location().id(), e);
    }
  }
}
