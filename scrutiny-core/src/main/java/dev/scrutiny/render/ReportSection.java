package dev.scrutiny.render;

import dev.scrutiny.article.Analysis;
import java.util.List;

/**
 * An extra panel of an article's page in the HTML report, for layers that deserve more than the generic
 * highlight and table (a map of places, statements grouped by speaker, a timeline). Implementations
 * must escape every piece of article text with {@link Html#escape}.
 */
public interface ReportSection {

  /** Where the panel goes on the article's page. */
  enum Position { BEFORE_TEXT, AFTER_TEXT }

  Position position();

  /**
   * Appends the panel's HTML; appends nothing when the analysis lacks what the panel shows.
   *
   * @param page the article page's anchor id; {@link #itemAnchor} links to a highlighted item on it
   */
  void render(Analysis analysis, String page, StringBuilder html);

  /** The anchor id of item {@code item} of layer {@code layer} where it is highlighted in the text. */
  static String itemAnchor(String page, String layer, int item) {
    return page + "-" + Html.cssToken(layer) + "-" + item;
  }

  /** True when this panel replaces the generic table of the named layer. */
  default boolean replacesTable(String layerName) {
    return false;
  }

  /** The panels the default renderer shows. */
  static List<ReportSection> builtIn() {
    return List.of(new PersuasionSection.Overview(), new ChecksSection(), new ClaimsSection(), new EntitiesSection(),
        new PlacesSection(), new TimelineSection(), new PersuasionSection.Legend(), new SourcingSection());
  }
}
